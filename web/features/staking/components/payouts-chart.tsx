import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import type { StakingViewQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { STAKING_COLOURS } from "../../../lib/palette.ts";
import { DAY } from "../../../lib/time-range.ts";
import { payoutPoints } from "../api/staking-series.ts";
import { dayLabel } from "./day-label.ts";
import { ChartSlot, TimeSeriesChart } from "./lazy-charts.tsx";

export interface PayoutsChartProps {
  days: StakingViewQuery["stakingDays"];
  buckets: number[];
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
}

export function PayoutsChart({ days, buckets, asset, subtitle, query }: PayoutsChartProps) {
  const byDay = new Map(days.map((d) => [d.dayId, d]));
  const cell = (wire: string | undefined) => {
    const text = formatExact(toBigInt(wire ?? "0"), asset.decimals);
    return { text, csv: text.replaceAll(",", "") };
  };
  const table: TableSpec = {
    source: "StakingDay",
    columns: [
      { label: "Day (UTC)" },
      { label: `Fees to stakers (${asset.symbol})`, numeric: true },
      { label: `Rewards claimed (${asset.symbol})`, numeric: true },
      { label: "Claims", numeric: true },
    ],
    rows: buckets.map((id) => {
      const d = byDay.get(id);
      return [
        dayLabel(id * DAY),
        cell(d?.rewardsNotified),
        cell(d?.rewardsClaimed),
        String(d?.payoutCount ?? 0),
      ];
    }),
  };
  const any = days.some((d) => d.rewardsNotified !== "0" || d.rewardsClaimed !== "0");
  return (
    <ChartCard
      title="When were staking rewards earned and paid out?"
      subtitle={`${asset.symbol} per UTC day, ${subtitle}`}
      height={260}
      query={query}
      empty={any ? null : "No fee reached the stakers and no reward was claimed in this range."}
      table={table}
      csvName="staking-rewards-by-day.csv"
      note="Fees to stakers arrive with every fee (RewardNotified); stakers claim them when they like (RewardClaimed)."
    >
      <ChartSlot height={260}>
        <TimeSeriesChart
          kind="bar"
          series={[
            {
              key: "rewardsNotified",
              label: "Fees to stakers",
              colour: STAKING_COLOURS.FEE_REWARDS,
              stack: "notified",
            },
            {
              key: "rewardsClaimed",
              label: "Rewards claimed",
              colour: STAKING_COLOURS.CLAIMS,
              stack: "claimed",
            },
          ]}
          points={payoutPoints(days, buckets, asset)}
          height={260}
          bucketLabel={dayLabel}
        />
      </ChartSlot>
    </ChartCard>
  );
}
