import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import type { RoyaltiesViewQuery } from "../../../gql/graphql.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { royaltyRoleName } from "../../../lib/labels.ts";
import { colourOf, ROYALTY_ROLE_COLOURS } from "../../../lib/palette.ts";
import { ROYALTY_ROLES, royaltyPoints } from "../api/royalty-model.ts";
import { dayLabel } from "./day-label.ts";
import { ChartSlot, TimeSeriesChart } from "./lazy-charts.tsx";

export interface RoyaltiesChartProps {
  days: RoyaltiesViewQuery["royaltyDays"];
  buckets: number[];
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
}

export function RoyaltiesChart({ days, buckets, asset, subtitle, query }: RoyaltiesChartProps) {
  const points = royaltyPoints(days, buckets, asset);
  const table: TableSpec = {
    source: "RoyaltyDay",
    columns: [
      { label: "Day (UTC)" },
      ...ROYALTY_ROLES.map((r) => ({
        label: `${royaltyRoleName(r)} (${asset.symbol})`,
        numeric: true,
      })),
    ],
    rows: points.map((p) => [
      dayLabel(p.t),
      ...ROYALTY_ROLES.map((r) => {
        const text = (p.exact[r] ?? "").replace(` ${asset.symbol}`, "");
        return { text, csv: text.replaceAll(",", "") };
      }),
    ]),
  };
  const any = days.some((d) => d.paymentCount > 0);
  return (
    <ChartCard
      title="Who received the royalties of NFT sales?"
      subtitle={`${asset.symbol} per UTC day by recipient role, ${subtitle}`}
      height={260}
      query={query}
      empty={any ? null : "No portfolio NFT was sold in this range, so no royalty was paid."}
      table={table}
      csvName="royalties-by-role.csv"
      note="Every sale pays a governed royalty, split among the work's creator, the contributors of its training data, the model's fine-tuner and the community treasury."
    >
      <ChartSlot height={260}>
        <TimeSeriesChart
          kind="bar"
          series={ROYALTY_ROLES.map((r) => ({
            key: r,
            label: royaltyRoleName(r),
            colour: colourOf(ROYALTY_ROLE_COLOURS, r),
          }))}
          points={points}
          height={260}
          bucketLabel={(t) => dayLabel(t)}
        />
      </ChartSlot>
    </ChartCard>
  );
}
