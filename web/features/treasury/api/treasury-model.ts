// Pure derivations for the Treasury view. Balances carry forward through buckets without
// flows; every sum is a bigint; numbers appear only as chart geometry.
import type { SeriesPoint } from "../../../components/chart/series.ts";
import type { TreasuryFlowsQuery, TreasuryHistoryQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { bucketSeconds, type Granularity } from "../../../lib/time-range.ts";

export interface StockStatement {
  stock: string;
  /** balance after the last flow before the first bucket */
  start: bigint;
  inflow: bigint;
  outflow: bigint;
  /** balance after the last flow of the last bucket */
  end: bigint;
  /** start + inflow − outflow === end: the figures reconcile */
  reconciles: boolean;
  /** balance per bucket id, carried forward */
  byBucket: Map<number, bigint>;
}

type HistoryBalance = TreasuryHistoryQuery["stockBalances"][number];

function bucketsOf(b: HistoryBalance, g: Granularity) {
  const rows =
    g === "hour"
      ? (b.hours ?? []).map((h) => ({ id: h.hourId, ...h }))
      : (b.days ?? []).map((d) => ({ id: d.dayId, ...d }));
  const before = g === "hour" ? b.hourBefore?.[0] : b.dayBefore?.[0];
  return { rows, start: toBigInt(before?.balance ?? "0") };
}

export function statements(
  data: TreasuryHistoryQuery,
  g: Granularity,
  buckets: number[],
): StockStatement[] {
  return data.stockBalances.map((b) => {
    const { rows, start } = bucketsOf(b, g);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const byBucket = new Map<number, bigint>();
    let balance = start;
    let inflow = 0n;
    let outflow = 0n;
    for (const id of buckets) {
      const row = byId.get(id);
      if (row) {
        balance = toBigInt(row.balance);
        inflow += toBigInt(row.inflow);
        outflow += toBigInt(row.outflow);
      }
      byBucket.set(id, balance);
    }
    return {
      stock: b.stock.id,
      start,
      inflow,
      outflow,
      end: balance,
      reconciles: start + inflow - outflow === balance,
      byBucket,
    };
  });
}

export function balancePoints(
  rows: StockStatement[],
  buckets: number[],
  g: Granularity,
  asset: AssetInfo,
): SeriesPoint[] {
  const size = bucketSeconds(g);
  return buckets.map((id) => ({
    t: id * size,
    values: Object.fromEntries(
      rows.map((r) => [r.stock, toChartNumber(r.byBucket.get(id) ?? 0n, asset.decimals)]),
    ),
    exact: Object.fromEntries(
      rows.map((r) => [
        r.stock,
        `${formatExact(r.byBucket.get(id) ?? 0n, asset.decimals)} ${asset.symbol}`,
      ]),
    ),
  }));
}

export interface SourceTotals {
  /** `IN:FEE`, `OUT:EMISSION_FUNDING`, … → amount per bucket id */
  byKey: Map<string, Map<number, bigint>>;
  rowCount: number;
}

export function sourceTotals(data: TreasuryFlowsQuery, g: Granularity): SourceTotals {
  const rows =
    g === "hour"
      ? (data.stockSourceHours ?? []).map((r) => ({ ...r, bucket: r.hourId }))
      : (data.stockSourceDays ?? []).map((r) => ({ ...r, bucket: r.dayId }));
  const byKey = new Map<string, Map<number, bigint>>();
  for (const row of rows) {
    const key = `${row.direction}:${row.source}`;
    const series = byKey.get(key) ?? new Map<number, bigint>();
    series.set(row.bucket, (series.get(row.bucket) ?? 0n) + toBigInt(row.amount));
    byKey.set(key, series);
  }
  return { byKey, rowCount: rows.length };
}

export function sourcePoints(
  totals: SourceTotals,
  buckets: number[],
  g: Granularity,
  asset: AssetInfo,
): SeriesPoint[] {
  const size = bucketSeconds(g);
  const keys = [...totals.byKey.keys()];
  return buckets.map((id) => {
    const values: Record<string, number> = {};
    const exact: Record<string, string> = {};
    for (const key of keys) {
      const amount = totals.byKey.get(key)?.get(id) ?? 0n;
      // Outflows draw below zero; the tooltip keeps them positive with their direction named.
      values[key] = (key.startsWith("OUT") ? -1 : 1) * toChartNumber(amount, asset.decimals);
      exact[key] = `${formatExact(amount, asset.decimals)} ${asset.symbol}`;
    }
    return { t: id * size, values, exact };
  });
}
