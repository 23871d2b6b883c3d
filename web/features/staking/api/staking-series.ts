// The vault's day rows as chart series: fees arriving for stakers and rewards claimed.
import type { SeriesPoint } from "../../../components/chart/series.ts";
import type { StakingViewQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { DAY } from "../../../lib/time-range.ts";

type Day = StakingViewQuery["stakingDays"][number];

export const PAYOUT_SERIES = ["rewardsNotified", "rewardsClaimed"] as const;

export function payoutPoints(days: Day[], buckets: number[], asset: AssetInfo): SeriesPoint[] {
  const byDay = new Map(days.map((d) => [d.dayId, d]));
  return buckets.map((id) => {
    const day = byDay.get(id);
    const values: Record<string, number> = {};
    const exact: Record<string, string> = {};
    for (const key of PAYOUT_SERIES) {
      const amount = day ? toBigInt(day[key]) : 0n;
      values[key] = toChartNumber(amount, asset.decimals);
      exact[key] = `${formatExact(amount, asset.decimals)} ${asset.symbol}`;
    }
    const claims = day?.payoutCount ?? 0;
    exact.rewardsClaimed += ` in ${claims} claim${claims === 1 ? "" : "s"}`;
    return { t: id * DAY, values, exact };
  });
}

export function dayTotals(days: Day[]) {
  const total = (key: "rewardsNotified" | "rewardsClaimed" | "slashed" | "staked" | "unstaked") =>
    days.reduce((s, d) => s + toBigInt(d[key]), 0n);
  return {
    rewardsNotified: total("rewardsNotified"),
    rewardsClaimed: total("rewardsClaimed"),
    slashed: total("slashed"),
    staked: total("staked"),
    unstaked: total("unstaked"),
    payouts: days.reduce((s, d) => s + d.payoutCount, 0),
    slashCount: days.reduce((s, d) => s + d.slashCount, 0),
  };
}
