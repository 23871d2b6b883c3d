// The period's statement: each stock's opening balance, inflows, outflows and closing
// balance, with the check that they reconcile.
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { stockName } from "../../../lib/labels.ts";
import type { StockStatement } from "../api/treasury-model.ts";

export function StatementTable({
  rows,
  asset,
  subtitle,
}: {
  rows: StockStatement[];
  asset: AssetInfo;
  subtitle: string;
}) {
  const fmt = (v: bigint) => formatExact(v, asset.decimals);
  return (
    <section className="card" aria-labelledby="statement-title">
      <h2 id="statement-title">Statement for the period</h2>
      <p className="subtitle">
        {asset.symbol}, {subtitle}: opening + inflows − outflows = closing
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Stock</th>
              <th scope="col" className="num">
                Opening
              </th>
              <th scope="col" className="num">
                Inflows
              </th>
              <th scope="col" className="num">
                Outflows
              </th>
              <th scope="col" className="num">
                Closing
              </th>
              <th scope="col">Reconciles</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.stock}>
                <td>{stockName(r.stock)}</td>
                <td className="num">{fmt(r.start)}</td>
                <td className="num">+{fmt(r.inflow)}</td>
                <td className="num">−{fmt(r.outflow)}</td>
                <td className="num">{fmt(r.end)}</td>
                <td>{r.reconciles ? "yes" : "NO: the index disagrees with itself"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
