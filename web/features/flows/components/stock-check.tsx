// The links against the Treasury's own figures: for each stock, links in − links out over
// the range against its balance change from its daily snapshots.
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { stockName } from "../../../lib/labels.ts";
import type { StockChange } from "../api/flows-model.ts";

export function StockCheck({
  changes,
  asset,
  subtitle,
}: {
  changes: StockChange[];
  asset: AssetInfo;
  subtitle: string;
}) {
  const fmt = (v: bigint) => formatExact(v, asset.decimals);
  const signed = (v: bigint) => (v < 0n ? `−${fmt(-v)}` : `+${fmt(v)}`);
  return (
    <section className="card" aria-labelledby="stock-check-title">
      <h2 id="stock-check-title">Do the links add up to each stock's change?</h2>
      <p className="subtitle">
        {asset.symbol}, {subtitle}: links in − links out against the closing − opening balance of
        the Treasury view (StockDaySnapshot)
      </p>
      {changes.length === 0 ? (
        <p className="state-box">No stock held or moved {asset.symbol} in this range.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Stock</th>
                <th scope="col" className="num">
                  Links in − links out
                </th>
                <th scope="col" className="num">
                  Balance change
                </th>
                <th scope="col">Adds up</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={`${c.stock}-${c.asset}`}>
                  <td>{stockName(c.stock)}</td>
                  <td className="num" title={`in +${fmt(c.linksIn)}, out −${fmt(c.linksOut)}`}>
                    {signed(c.linksIn - c.linksOut)}
                  </td>
                  <td
                    className="num"
                    title={`opening ${fmt(c.opening)}, closing ${fmt(c.closing)}`}
                  >
                    {signed(c.closing - c.opening)}
                  </td>
                  <td>{c.reconciles ? "yes" : "NO: a flow of this stock has no link"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
