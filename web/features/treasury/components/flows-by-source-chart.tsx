import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { TimeSeriesChart } from "../../../components/chart/time-series-chart.tsx";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { sourceName } from "../../../lib/labels.ts";
import { colourOf, SOURCE_COLOURS } from "../../../lib/palette.ts";
import { bucketSeconds, type Granularity } from "../../../lib/time-range.ts";
import { type SourceTotals, sourcePoints } from "../api/treasury-model.ts";
import { bucketLabel } from "./bucket-label.ts";

export interface FlowsBySourceChartProps {
  totals: SourceTotals;
  buckets: number[];
  granularity: Granularity;
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
}

const keyLabel = (key: string) => {
  const [direction, source = ""] = key.split(":");
  return `${sourceName(source)} ${direction === "IN" ? "in" : "out"}`;
};

export function FlowsBySourceChart({
  totals,
  buckets,
  granularity,
  asset,
  subtitle,
  query,
}: FlowsBySourceChartProps) {
  const keys = [...totals.byKey.keys()].sort();
  const size = bucketSeconds(granularity);
  const table: TableSpec = {
    source: granularity === "hour" ? "StockSourceHour" : "StockSourceDay",
    columns: [
      { label: `${granularity === "hour" ? "Hour" : "Day"} (UTC)` },
      ...keys.map((k) => ({ label: `${keyLabel(k)} (${asset.symbol})`, numeric: true })),
    ],
    rows: buckets.map((id) => [
      bucketLabel(id * size, granularity),
      ...keys.map((k) => {
        const text = formatExact(totals.byKey.get(k)?.get(id) ?? 0n, asset.decimals);
        return { text, csv: text.replaceAll(",", "") };
      }),
    ]),
  };
  const truncated = totals.rowCount >= 1000;
  return (
    <ChartCard
      title="Where did it come from, where did it go?"
      subtitle={`${asset.symbol} per ${granularity} by source, inflows above zero and outflows below, ${subtitle}`}
      height={300}
      query={query}
      empty={
        keys.length === 0
          ? `No ${asset.symbol} moved in or out of these stocks in this range.`
          : null
      }
      table={table}
      csvName={`flows-by-source-${asset.symbol}-${granularity}.csv`}
      note={
        truncated
          ? "This range has more than 1000 source rows: only the first 1000 are drawn. Pick one stock or a shorter range."
          : undefined
      }
    >
      <TimeSeriesChart
        kind="bar"
        series={keys.map((k) => ({
          key: k,
          label: keyLabel(k),
          colour: colourOf(SOURCE_COLOURS, k.split(":")[1] ?? ""),
          stack: k.startsWith("IN") ? "in" : "out",
        }))}
        points={sourcePoints(totals, buckets, granularity, asset)}
        height={300}
        bucketLabel={(t) => bucketLabel(t, granularity)}
      />
    </ChartCard>
  );
}
