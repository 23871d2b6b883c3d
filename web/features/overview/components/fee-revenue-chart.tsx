import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { SeriesPoint } from "../../../components/chart/series.ts";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { TimeSeriesChart } from "../../../components/chart/time-series-chart.tsx";
import { formatCompact, formatExact, toBigInt, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { feeKindName } from "../../../lib/labels.ts";
import { colourOf, FEE_KIND_COLOURS } from "../../../lib/palette.ts";
import { DAY, unixToDate } from "../../../lib/time-range.ts";

const KINDS = ["GENERATION", "MINT", "DOWNLOAD"];

export interface FeeDayRow {
  kind: string;
  dayId: number;
  amount: string;
  count: number;
}

export interface FeeRevenueChartProps {
  feeDays: FeeDayRow[];
  days: number[];
  native: AssetInfo;
  subtitle: string;
  query: QueryState;
}

export function feeRevenue(feeDays: FeeDayRow[], days: number[], native: AssetInfo) {
  const byDay = new Map<number, Map<string, bigint>>(days.map((d) => [d, new Map()]));
  const totals = new Map<string, bigint>();
  for (const row of feeDays) {
    const amount = toBigInt(row.amount);
    byDay.get(row.dayId)?.set(row.kind, (byDay.get(row.dayId)?.get(row.kind) ?? 0n) + amount);
    totals.set(row.kind, (totals.get(row.kind) ?? 0n) + amount);
  }
  const points: SeriesPoint[] = days.map((d) => {
    const kinds = byDay.get(d) ?? new Map<string, bigint>();
    return {
      t: d * DAY,
      values: Object.fromEntries(
        KINDS.map((k) => [k, toChartNumber(kinds.get(k) ?? 0n, native.decimals)]),
      ),
      exact: Object.fromEntries(
        KINDS.map((k) => [
          k,
          `${formatExact(kinds.get(k) ?? 0n, native.decimals)} ${native.symbol}`,
        ]),
      ),
    };
  });
  const table: TableSpec = {
    source: "FeeDay",
    columns: [
      { label: "Day (UTC)" },
      ...KINDS.map((k) => ({ label: `${feeKindName(k)} (${native.symbol})`, numeric: true })),
    ],
    rows: days.map((d) => [
      unixToDate(d * DAY),
      ...KINDS.map((k) => {
        const v = byDay.get(d)?.get(k) ?? 0n;
        const text = formatExact(v, native.decimals);
        return { text, csv: text.replaceAll(",", "") };
      }),
    ]),
  };
  return { points, table, totals };
}

export function FeeRevenueChart({ feeDays, days, native, subtitle, query }: FeeRevenueChartProps) {
  const { points, table, totals } = feeRevenue(feeDays, days, native);
  const series = KINDS.map((k) => ({
    key: k,
    label: feeKindName(k),
    colour: colourOf(FEE_KIND_COLOURS, k),
  }));
  const summary = KINDS.map(
    (k) => `${feeKindName(k)} ${formatCompact(totals.get(k) ?? 0n, native.decimals)}`,
  ).join(" · ");
  return (
    <ChartCard
      title="What did fees bring in?"
      subtitle={`${native.symbol} per UTC day, ${subtitle}`}
      height={240}
      query={query}
      empty={
        feeDays.length === 0
          ? "No fee was collected in this range. Fees arrive with generations, NFT mints and downloads."
          : null
      }
      table={table}
      csvName="fee-revenue.csv"
      note={feeDays.length > 0 ? `In the range: ${summary} ${native.symbol}` : undefined}
    >
      <TimeSeriesChart
        kind="bar"
        series={series}
        points={points}
        height={240}
        bucketLabel={(t) => `${unixToDate(t)} (UTC)`}
      />
    </ChartCard>
  );
}
