import { Address } from "../../../components/address.tsx";
import { Amount } from "../../../components/amount.tsx";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import { stockName } from "../../../lib/labels.ts";
import { formatSignedPercent } from "../../../lib/percent.ts";
import type { BalanceRow } from "../api/overview-model.ts";

export interface StockBalancesProps {
  rows: BalanceRow[];
  /** e.g. "7 d" */
  rangeLabel: string;
  explorerUrl?: string;
}

/** Each stock's balance per asset now, and how it moved over the range. */
export function StockBalances({ rows, rangeLabel, explorerUrl }: StockBalancesProps) {
  const stocks = [...new Set(rows.map((r) => r.stock))];
  if (stocks.length === 0) {
    return (
      <div className="card state-box">
        <p>No stock has been indexed yet: the treasury contracts have recorded no flow.</p>
      </div>
    );
  }
  return (
    <div className="grid grid-stats">
      {stocks.map((stock) => {
        const assets = rows.filter((r) => r.stock === stock);
        return (
          <section key={stock} className="card stat-card" aria-label={stockName(stock)}>
            <h2>{stockName(stock)}</h2>
            <p className="subtitle">
              <Address address={assets[0]?.address ?? ""} known={{}} explorerUrl={explorerUrl} />
            </p>
            {assets.map((r) => (
              <div key={r.asset.address}>
                <p className="stat-value">
                  <Amount value={r.balance} decimals={r.asset.decimals} symbol={r.asset.symbol} />
                </p>
                <p
                  className="stat-detail"
                  title={`${formatExact(r.start, r.asset.decimals)} → ${formatExact(r.end, r.asset.decimals)} ${r.asset.symbol}`}
                >
                  {r.change === 0n
                    ? `unchanged in ${rangeLabel}`
                    : `${r.change > 0n ? "+" : "−"}${formatCompact(r.change < 0n ? -r.change : r.change, r.asset.decimals)} ${r.asset.symbol} (${formatSignedPercent(r.changeFraction)}) in ${rangeLabel}`}
                </p>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
