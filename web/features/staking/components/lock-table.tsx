// The detail behind the lock charts: every lock length's stake, weight, rewards and APR, the
// selected one with its formulas worked out on its own numbers.
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { formatPercent } from "../../../lib/percent.ts";
import {
  APR_FORMULA,
  EARNED_FORMULA,
  FEE_SHARE_FORMULA,
  MULTIPLIER_FORMULA,
  sumOf,
} from "../api/staking-model.ts";
import { formatApr, type LockRow } from "./lock-rows.ts";

export interface LockTableProps {
  rows: LockRow[];
  asset: AssetInfo;
  subtitle: string;
  /** range length in seconds, for the average stake in the worked APR */
  rangeSeconds: number;
  /** fees notified to stakers in the range (StakingDay), to reconcile with Σ earned */
  notified: bigint;
  selected: string | null;
  onSelect: (key: string | null) => void;
}

const HEADER = [
  "lock length",
  "open positions",
  "staked",
  "stake share %",
  "fee rewards earned",
  "fee share %",
  "APR %",
];

export function LockTable({
  rows,
  asset,
  subtitle,
  rangeSeconds,
  notified,
  selected,
  onSelect,
}: LockTableProps) {
  const fmt = (v: bigint) => formatExact(v, asset.decimals);
  const chosen = rows.find((r) => r.key === selected) ?? null;
  const earned = sumOf(rows, (r) => r.group.earned);
  const csv = () =>
    downloadCsv(
      "lock-lengths.csv",
      toCsv(
        HEADER,
        rows.map((r) => [
          r.group.label,
          r.group.openPositions,
          fmt(r.group.staked).replaceAll(",", ""),
          (r.stakeShare * 100).toFixed(4),
          fmt(r.group.earned).replaceAll(",", ""),
          (r.feeShare * 100).toFixed(4),
          r.apr === null ? "" : (r.apr * 100).toFixed(4),
        ]),
      ),
    );
  return (
    <section className="card" aria-labelledby="lock-table-title">
      <header className="card-head">
        <div>
          <h2 id="lock-table-title">What did each lock length earn?</h2>
          <p className="subtitle">
            {asset.symbol} and %, {subtitle}; select a lock length to see its figures worked out
          </p>
        </div>
        <div className="card-actions">
          <button type="button" onClick={csv} disabled={rows.length === 0}>
            CSV
          </button>
        </div>
      </header>
      <details className="formula">
        <summary>How it is computed</summary>
        <p>{APR_FORMULA}. Fee rewards only: hosting rewards are paid separately.</p>
        <p>{FEE_SHARE_FORMULA}.</p>
        <p>
          {EARNED_FORMULA} (StakeLockDay at each end of the range, the vault's accumulator from
          StakingDay).
        </p>
        <p>
          Σ earned by all lock lengths {fmt(earned)} {asset.symbol}; fees notified to stakers{" "}
          {fmt(notified)} {asset.symbol}: they differ by rounding and by fees held while nobody
          staked.
        </p>
      </details>
      {rows.length === 0 ? (
        <p className="state-box">Nothing was staked in this range.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Lock length</th>
                <th scope="col" className="num">
                  Open positions
                </th>
                <th scope="col" className="num">
                  Staked ({asset.symbol})
                </th>
                <th scope="col" className="num">
                  Stake share
                </th>
                <th scope="col" className="num">
                  Fee rewards ({asset.symbol})
                </th>
                <th scope="col" className="num">
                  Fee share
                </th>
                <th scope="col" className="num">
                  APR
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.key}
                  style={r.key === selected ? { background: "var(--cursor)" } : undefined}
                >
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={r.key === selected}
                      onClick={() => onSelect(r.key === selected ? null : r.key)}
                    >
                      {r.group.label}
                    </button>
                  </td>
                  <td className="num">{r.group.openPositions}</td>
                  <td className="num">{fmt(r.group.staked)}</td>
                  <td className="num">{formatPercent(r.stakeShare, 2)}</td>
                  <td className="num">{fmt(r.group.earned)}</td>
                  <td className="num">{formatPercent(r.feeShare, 2)}</td>
                  <td className="num">{r.apr === null ? "–" : formatPercent(r.apr, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen ? <Worked row={chosen} asset={asset} rangeSeconds={rangeSeconds} /> : null}
    </section>
  );
}

function Worked({
  row,
  asset,
  rangeSeconds,
}: {
  row: LockRow;
  asset: AssetInfo;
  rangeSeconds: number;
}) {
  const g = row.group;
  const fmt = (v: bigint) => formatExact(v, asset.decimals);
  const days = rangeSeconds / 86_400;
  const averageStake = rangeSeconds > 0 ? g.stakeSeconds / BigInt(Math.round(rangeSeconds)) : 0n;
  return (
    <section className="note" aria-label={`How lock ${g.label} is computed`}>
      <h3>Lock length: {g.label}</h3>
      <p>
        {MULTIPLIER_FORMULA}: Σ weight {fmt(g.initialWeight)} ÷ Σ stake {fmt(g.initialAmount)} at
        staking = <strong>{row.multiplier.toFixed(4)}×</strong>.
      </p>
      <p>
        APR = {fmt(g.earned)} {asset.symbol} earned ÷ (average stake {fmt(averageStake)}{" "}
        {asset.symbol} × {days.toFixed(2)} days) × 365 days = <strong>{formatApr(row.apr)}</strong>.
      </p>
      <p>
        Fee share = {fmt(g.earned)} ÷ all lock lengths' rewards ={" "}
        <strong>{formatPercent(row.feeShare, 2)}</strong>; stake share ={" "}
        <strong>{formatPercent(row.stakeShare, 2)}</strong>.
      </p>
    </section>
  );
}
