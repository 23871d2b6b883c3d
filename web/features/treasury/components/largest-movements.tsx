import { Address, TxLink } from "../../../components/address.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { sourceName, stockName } from "../../../lib/labels.ts";
import { formatAbsolute } from "../../../lib/relative-time.ts";

export interface MovementRow {
  id: string;
  stock: { id: string };
  direction: string;
  source: string;
  counterparty: string;
  amount: string;
  balanceAfter: string;
  timestamp: string;
  txHash: string;
}

export interface LargestMovementsProps {
  rows: MovementRow[];
  asset: AssetInfo;
  contracts: Record<string, string>;
  explorerUrl?: string;
  subtitle: string;
  query: QueryState;
}

const HEADER = [
  "time (UTC)",
  "stock",
  "direction",
  "source",
  "counterparty",
  "amount",
  "balance after",
  "transaction",
];

export function LargestMovements({
  rows,
  asset,
  contracts,
  explorerUrl,
  subtitle,
  query,
}: LargestMovementsProps) {
  const csv = () =>
    downloadCsv(
      `largest-movements-${asset.symbol}.csv`,
      toCsv(
        HEADER,
        rows.map((r) => [
          new Date(Number(r.timestamp) * 1000).toISOString(),
          r.stock.id,
          r.direction,
          r.source,
          r.counterparty,
          formatExact(BigInt(r.amount), asset.decimals).replaceAll(",", ""),
          formatExact(BigInt(r.balanceAfter), asset.decimals).replaceAll(",", ""),
          r.txHash,
        ]),
      ),
    );
  return (
    <section className="card" aria-labelledby="largest-title">
      <header className="card-head">
        <div>
          <h2 id="largest-title">What were the largest movements?</h2>
          <p className="subtitle">
            The 25 largest {asset.symbol} flows in or out of the stocks (StockFlow), {subtitle}
          </p>
        </div>
        <button type="button" onClick={csv} disabled={rows.length === 0}>
          CSV
        </button>
      </header>
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 240 }}
          role="status"
          aria-label="Loading the largest movements"
        />
      ) : rows.length === 0 ? (
        <p className="state-box">No {asset.symbol} moved in this range.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Stock</th>
                <th scope="col">Flow</th>
                <th scope="col">Counterparty</th>
                <th scope="col" className="num">
                  Amount ({asset.symbol})
                </th>
                <th scope="col">Transaction</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatAbsolute(Number(r.timestamp))}</td>
                  <td>{stockName(r.stock.id)}</td>
                  <td>
                    {r.direction === "IN" ? "in" : "out"}: {sourceName(r.source).toLowerCase()}
                  </td>
                  <td>
                    <Address address={r.counterparty} known={contracts} explorerUrl={explorerUrl} />
                  </td>
                  <td
                    className="num"
                    title={`balance after: ${formatExact(BigInt(r.balanceAfter), asset.decimals)} ${asset.symbol}`}
                  >
                    {r.direction === "IN" ? "+" : "−"}
                    {formatExact(BigInt(r.amount), asset.decimals)}
                  </td>
                  <td>
                    <TxLink hash={r.txHash} explorerUrl={explorerUrl} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
