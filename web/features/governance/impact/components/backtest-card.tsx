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

const ASSUMED: Record<Backtest["forecast"], string> = {
  steady: "the window's average before the execution",
  trend: "their fitted trend over these days",
  budget: "what their payers' budgets paid of their fitted trend over these days",
};

const WHY: Record<Backtest["forecast"], string> = {
  steady:
    "This forecast holds the window's average activity: growth or decline after the execution is error by construction.",
  trend:
    "This forecast continues the counts' fitted lines where they show a trend; it does not know whether creators can pay for a rising trend.",
  budget:
    "This forecast continues the counts' fitted lines and caps each payer's generations by its balance and income; a payer's spending or income that changes after the execution is error it cannot know.",
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
        Generations per day: {g.assumed.toFixed(0)} assumed ({ASSUMED[result.forecast]})
        {g.after !== null
          ? `, ${g.after.toFixed(0)} indexed over the ${g.days} whole day${g.days === 1 ? "" : "s"} after (${formatSignedPercent(g.after / g.assumed - 1)})`
          : ""}
        : a change in activity after the execution that the history before it did not show is error
        the preview cannot know.
      </p>
      <details className="formula">
        <summary>Where the error comes from</summary>
        <p className="note">
          Error = (predicted − indexed) ÷ |indexed|. {WHY[result.forecast]} The treasury in tokens
          is a small difference of large flows (rewards out of the company reserve, fees into the
          community treasury), so its error reads larger than either stock's; rare events (a slash
          sends a tenth of a node's stake, half of it to the community treasury) weigh on a few
          days.{" "}
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
