import type { AssetInfo } from "../../../../lib/config.ts";
import { formatSignedPercent } from "../../../../lib/percent.ts";
import type { Backtest, BacktestStock } from "../api/backtest-model.ts";
import { signedAmount, signedBps } from "./impact-format.ts";

const LABELS: Record<BacktestStock, string> = {
  companyReserve: "Company reserve",
  communityTreasury: "Community treasury",
  stableReserve: "Stable reserve",
  treasuryTokens: "Treasury in tokens (company + community)",
};

/** The preview as of the execution against the indexed days after it. */
export function BacktestCard({
  result,
  native,
  stable,
}: {
  result: Backtest;
  native: AssetInfo;
  stable: AssetInfo | undefined;
}) {
  const assetOf = (s: BacktestStock) => (s === "stableReserve" && stable ? stable : native);
  const other = result.otherFlows.length;
  const g = result.generations;
  return (
    <section className="card" aria-labelledby="backtest-title">
      <h3 id="backtest-title">Did the preview hold?</h3>
      <p className="subtitle">
        Change of each stock in the {result.days} day{result.days === 1 ? "" : "s"} after the
        execution: predicted from the history before it, against the indexed history (balances at
        the last whole hour)
      </p>
      <div className="table-scroll">
        <table className="data-table" aria-label="Backtest">
          <thead>
            <tr>
              <th scope="col">Stock</th>
              <th scope="col">Predicted change</th>
              <th scope="col">Indexed change</th>
              <th scope="col">Error</th>
              <th scope="col">Others' grants, buybacks</th>
              <th scope="col">Error without them</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => {
              const a = assetOf(r.stock);
              return (
                <tr key={r.stock}>
                  <th scope="row">{LABELS[r.stock]}</th>
                  <td title={signedAmount(r.predicted, a, true)}>{signedAmount(r.predicted, a)}</td>
                  <td title={signedAmount(r.actual, a, true)}>{signedAmount(r.actual, a)}</td>
                  <td>{signedBps(r.errorBps)}</td>
                  <td title={signedAmount(r.otherGovernance, a, true)}>
                    {r.otherGovernance === 0n ? "none" : signedAmount(r.otherGovernance, a)}
                  </td>
                  <td>{signedBps(r.steadyErrorBps)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">
        Generations per day: {g.assumed.toFixed(0)} assumed (
        {result.forecast === "trend"
          ? "the mean of their fitted trend over these days"
          : "the average of the window before the execution"}
        )
        {g.after !== null
          ? `, ${g.after.toFixed(0)} indexed over the ${g.days} whole day${g.days === 1 ? "" : "s"} after (${formatSignedPercent(g.after / g.assumed - 1)})`
          : ""}
        {result.forecast === "trend"
          ? ": a departure from the trend after the execution is error the preview cannot know."
          : ": the preview holds activity steady, so a change in it after the execution is error the preview cannot know."}
      </p>
      <details className="formula">
        <summary>Where the error comes from</summary>
        <p className="note">
          Error = (predicted − indexed) ÷ |indexed|. The preview holds the window's average activity
          steady; the seeded economy grows day by day, so fees and rewards after the execution run
          above the average of the days before it.{" "}
          {other > 0
            ? `${other} grant or buyback flow${other === 1 ? "" : "s"} of other proposals executed in these days: they are governance decisions no activity measure predicts, so the last column takes them out.`
            : "No other proposal moved these stocks in these days."}{" "}
          The balances are read at the end of the last whole hour before the horizon (hourly
          snapshots), up to an hour short of it.
        </p>
      </details>
    </section>
  );
}
