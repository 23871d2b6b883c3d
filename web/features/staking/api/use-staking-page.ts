// The view's state in one place: the range (ending at the indexed head), its two requests,
// and what the cards are drawn from. Pure derivations live in the *-model.ts files.
import { useMemo } from "react";
import { toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { headState, useIndexingStatus } from "../../../lib/indexing-status.ts";
import {
  alignWindow,
  bucketIds,
  dayId,
  describeWindow,
  RANGE_LABELS,
  resolveRange,
} from "../../../lib/time-range.ts";
import { useRangeParams } from "../../../lib/url-state.ts";
import { useRoyaltiesView } from "./royalties-query.ts";
import { royaltyTotals } from "./royalty-model.ts";
import { apr, lockGroups, sumOf } from "./staking-model.ts";
import { useStakingView } from "./staking-query.ts";
import { dayTotals } from "./staking-series.ts";

/** Parameters the view reads: the lock-weight curve's and the royalty split's. */
export const PARAMETER_KEYS = [
  "LOCK_WEIGHT_EXPONENT",
  "MAX_LOCK_DURATION",
  "MAX_LOCK_BOOST_BPS",
  "FEE_STAKERS_BPS",
  "ROYALTY_BPS",
  "ROYALTY_CREATOR_BPS",
  "ROYALTY_DATASET_BPS",
  "ROYALTY_FINETUNER_BPS",
  "ROYALTY_COMMUNITY_BPS",
];
const TOP_EARNERS = 10;

export function useStakingPage(asset: AssetInfo | undefined) {
  const status = useIndexingStatus();
  const range = useRangeParams({ range: "30d", granularity: "day" });
  const head = status.indexed;
  const window = useMemo(
    () => (head ? alignWindow(resolveRange(range.spec, head.timestamp, 0), "day") : null),
    [head, range.spec],
  );
  const days = { fromDay: dayId(window?.from ?? 0), toDay: dayId((window?.to ?? 1) - 1) };
  const staking = useStakingView(
    { ...days, keys: PARAMETER_KEYS, from: String(window?.from ?? 0), to: String(window?.to ?? 0) },
    !window || !asset,
  );
  const royalties = useRoyaltiesView({ ...days, top: TOP_EARNERS }, !window || !asset);

  // Rewards and stake × time run from the range's first second to its end or the head.
  const start = window?.from ?? 0;
  const end = Math.max(start, Math.min(window?.to ?? 0, head?.timestamp ?? 0));
  const groups = staking.data
    ? lockGroups(staking.data, { start: BigInt(start), end: BigInt(end) })
    : [];
  const stakingDays = staking.data?.stakingDays ?? [];
  const royaltyDays = royalties.data?.royaltyDays ?? [];
  // The day axis starts at the first day with data, not at 1970 for "all".
  const firstDay = Math.min(
    stakingDays[0]?.dayId ?? Number.POSITIVE_INFINITY,
    royaltyDays[0]?.dayId ?? Number.POSITIVE_INFINITY,
  );
  const buckets = window
    ? bucketIds(window, "day").filter((id) => id >= firstDay || !Number.isFinite(firstDay))
    : [];
  const totals = dayTotals(stakingDays);
  const earned = sumOf(groups, (g) => g.earned);
  const stakeSeconds = sumOf(groups, (g) => g.stakeSeconds);
  return {
    range,
    start,
    end,
    subtitle: window ? describeWindow(window) : "",
    rangeLabel: range.spec.key === "custom" ? "the range" : RANGE_LABELS[range.spec.key],
    staking,
    royalties,
    stakingQuery: window ? staking : headState(status),
    royaltiesQuery: window ? royalties : headState(status),
    groups,
    buckets,
    // graph-node answers at most 1000 rows per list: a longer range is cut at its 1000th day
    truncated: stakingDays.length >= 1000 || royaltyDays.length >= 1000,
    stakingDays,
    royaltyDays,
    totals,
    royaltySums: royaltyTotals(royaltyDays),
    governed: new Map(
      (staking.data?.parameters ?? []).map((p) => [p.id, toBigInt(p.value)] as const),
    ),
    figures: staking.data
      ? {
          staked: sumOf(groups, (g) => g.staked),
          openPositions: groups.reduce((n, g) => n + g.openPositions, 0),
          notified: totals.rewardsNotified,
          claimed: totals.rewardsClaimed,
          earned,
          stakeSeconds,
          apr: apr(earned, stakeSeconds),
          slashed: totals.slashed,
          slashCount: totals.slashCount,
        }
      : null,
  };
}
