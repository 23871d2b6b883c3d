import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { TimeSeriesChart } from "../../../components/chart/time-series-chart.tsx";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { stockName } from "../../../lib/labels.ts";
import { colourOf, STOCK_COLOURS } from "../../../lib/palette.ts";
import { bucketSeconds, type Granularity } from "../../../lib/time-range.ts";
import { balancePoints, type StockStatement } from "../api/treasury-model.ts";
import { bucketLabel } from "./bucket-label.ts";

export interface StocksChartProps {
  rows: StockStatement[];
  buckets: number[];
  granularity: Granularity;
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
}

export function StocksChart({
  rows,
  buckets,
  granularity,
  asset,
  subtitle,
  query,
}: StocksChartProps) {
  const held = rows.filter((r) => r.end !== 0n || r.start !== 0n || r.inflow !== 0n);
  const size = bucketSeconds(granularity);
  const table: TableSpec = {
    source: granularity === "hour" ? "StockHourSnapshot" : "StockDaySnapshot",
    columns: [
      { label: `${granularity === "hour" ? "Hour" : "Day"} (UTC)` },
      ...held.map((r) => ({ label: `${stockName(r.stock)} (${asset.symbol})`, numeric: true })),
    ],
    rows: buckets.map((id) => [
      bucketLabel(id * size, granularity),
      ...held.map((r) => {
        const text = formatExact(r.byBucket.get(id) ?? 0n, asset.decimals);
        return { text, csv: text.replaceAll(",", "") };
      }),
    ]),
  };
  return (
    <ChartCard
      title={`How much ${asset.symbol} does each stock hold?`}
      subtitle={`${asset.symbol} balance at the end of each ${granularity} (UTC), ${subtitle}`}
      height={300}
      query={query}
      empty={held.length === 0 ? `No stock has held ${asset.symbol} in this range.` : null}
      table={table}
      csvName={`stocks-${asset.symbol}-${granularity}.csv`}
      note="A stock is a contract that holds value for the community; the staking vault holds stakers' tokens."
    >
      <TimeSeriesChart
        kind="area"
        series={held.map((r) => ({
          key: r.stock,
          label: stockName(r.stock),
          colour: colourOf(STOCK_COLOURS, r.stock),
        }))}
        points={balancePoints(held, buckets, granularity, asset)}
        height={300}
        bucketLabel={(t) => bucketLabel(t, granularity)}
      />
    </ChartCard>
  );
}
