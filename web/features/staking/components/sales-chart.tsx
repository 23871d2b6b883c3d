import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import type { RoyaltiesViewQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { SOURCE_COLOURS } from "../../../lib/palette.ts";
import { DAY } from "../../../lib/time-range.ts";
import { salePoints } from "../api/royalty-model.ts";
import { dayLabel } from "./day-label.ts";
import { ChartSlot, TimeSeriesChart } from "./lazy-charts.tsx";

export interface SalesChartProps {
  days: RoyaltiesViewQuery["royaltyDays"];
  buckets: number[];
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
}

export function SalesChart({ days, buckets, asset, subtitle, query }: SalesChartProps) {
  const byDay = new Map(days.map((d) => [d.dayId, d]));
  const cell = (wire: string | undefined) => {
    const text = formatExact(toBigInt(wire ?? "0"), asset.decimals);
    return { text, csv: text.replaceAll(",", "") };
  };
  const table: TableSpec = {
    source: "RoyaltyDay",
    columns: [
      { label: "Day (UTC)" },
      { label: "Sales", numeric: true },
      { label: `Volume (${asset.symbol})`, numeric: true },
      { label: `Royalty (${asset.symbol})`, numeric: true },
    ],
    rows: buckets.map((id) => {
      const d = byDay.get(id);
      return [dayLabel(id * DAY), String(d?.saleCount ?? 0), cell(d?.saleVolume), cell(d?.royalty)];
    }),
  };
  return (
    <ChartCard
      title="How much did portfolio NFTs sell for?"
      subtitle={`${asset.symbol} of sale prices per UTC day, ${subtitle}`}
      height={220}
      query={query}
      empty={days.some((d) => d.saleCount > 0) ? null : "No portfolio NFT was sold in this range."}
      table={table}
      csvName="nft-sales-by-day.csv"
    >
      <ChartSlot height={220}>
        <TimeSeriesChart
          kind="bar"
          series={[{ key: "VOLUME", label: "Sale volume", colour: SOURCE_COLOURS.ROYALTY! }]}
          points={salePoints(days, buckets, asset)}
          height={220}
          bucketLabel={dayLabel}
        />
      </ChartSlot>
    </ChartCard>
  );
}
