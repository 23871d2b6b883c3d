// Lock groups as the charts and tables show them: exact text, and numbers for geometry only.
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { apr, type LockGroup, multiplier, share, sumOf } from "../api/staking-model.ts";

export interface LockRow {
  key: string;
  group: LockGroup;
  stakedText: string;
  earnedText: string;
  multiplier: number;
  stakeShare: number;
  feeShare: number;
  apr: number | null;
}

export const groupKey = (g: LockGroup) => g.lockDays.join("+");

export function lockRows(groups: LockGroup[], asset: AssetInfo): LockRow[] {
  const earned = sumOf(groups, (g) => g.earned);
  const stakeSeconds = sumOf(groups, (g) => g.stakeSeconds);
  return groups.map((g) => ({
    key: groupKey(g),
    group: g,
    stakedText: `${formatExact(g.staked, asset.decimals)} ${asset.symbol}`,
    earnedText: `${formatExact(g.earned, asset.decimals)} ${asset.symbol}`,
    multiplier: multiplier(g.initialWeight, g.initialAmount),
    stakeShare: share(g.stakeSeconds, stakeSeconds),
    feeShare: share(g.earned, earned),
    apr: apr(g.earned, g.stakeSeconds),
  }));
}

export const formatApr = (value: number | null) =>
  value === null ? "– (nothing staked)" : formatPercent(value, 2);

export const stakedNumber = (g: LockGroup, asset: AssetInfo) =>
  toChartNumber(g.staked, asset.decimals);
