import type { AssetInfo } from "../../../../lib/config.ts";
import { formatSignedPercent } from "../../../../lib/percent.ts";
import type { Backtest, BacktestStock } from "../api/backtest-model.ts";
import { rangeText, signedAmount, signedBps } from "./impact-format.ts";
import { RangeVerdict } from "./range-verdict.tsx";

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
              <th scope="col" className="wraps">
                Predicted change (≈95 % range)
              </th>
              <th scope="col" className="wraps">
                Indexed change
              </th>
              <th scope="col" className="wraps">
                Others' grants, buybacks
              </th>
              <th
                scope="col"
                title="(predicted − indexed without others' grants and buybacks) ÷ |that|"
              >
                Error
              </th>
              <th scope="col" className="wraps">
                In the range
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => {
              const a = assetOf(r.stock);
              return (
                <tr key={r.stock}>
                  <th scope="row" className="wraps">
                    {LABELS[r.stock]}
                  </th>
                  <td title={rangeText(r.predicted, r.range, a, true)}>
                    {rangeText(r.predicted, r.range, a)}
                  </td>
                  <td title={signedAmount(r.actual, a, true)}>{signedAmount(r.actual, a)}</td>
                  <td title={signedAmount(r.otherGovernance, a, true)}>
                    {r.otherGovernance === 0n ? "none" : signedAmount(r.otherGovernance, a)}
                  </td>
                  <td title={`with them: ${signedBps(r.errorBps)}`}>
                    {signedBps(r.steadyErrorBps)}
                  </td>
                  <td>{r.within === null ? "n/a" : r.within ? "yes" : "no"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <RangeVerdict result={result} native={native} />
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
          Error = (predicted − indexed) ÷ |indexed|, other proposals' grants and buybacks taken out
          of the indexed change (hover a cell for the error with them). {WHY[result.forecast]} The
          treasury in tokens is a small difference of large flows (rewards out of the company
          reserve, fees into the community treasury), so its error reads larger than either stock's;
          rare events (a slash sends a tenth of a node's stake, half of it to the community
          treasury) weigh on a few days.{" "}
          {other > 0
            ? `${other} grant or buyback flow${other === 1 ? "" : "s"} of other proposals executed in these days: they are governance decisions no activity measure predicts, so the last column takes them out.`
            : "No other proposal moved these stocks in these days."}{" "}
          The range: each count (generations, shares, mints, sales, downloads, slashes) scatters
          from day to day around its forecast; over the horizon its total has a standard deviation
          s·√(h + h²/n + lever²/Sxx) (s its residual scatter over the n days measured, the last term
          only for a fitted line), the future days' own scatter plus the error of the level
          measured. A run with the count raised shows what that moves each stock; the counts are
          taken as independent (their effects add in quadrature) and each effect is multiplied by
          Student's t at 95 %. It covers activity noise only: a new trend or a change in behaviour
          after the execution is not in it. The balances are read at the end of the last whole hour
          before the horizon (hourly snapshots), up to an hour short of it.
        </p>
      </details>
    </section>
  );
}
