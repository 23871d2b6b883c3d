// Pure derivations for the staking half of the view. A lock group's rewards and stake × time
// are read at both ends of the range from its day snapshots, extrapolated to the boundary
// exactly as the subgraph accrues them (weight × Δ accRewardPerWeight); every sum is a bigint
// and a number appears only as a ratio or chart geometry.
import type { StakingViewQuery } from "../../../gql/graphql.ts";
import { ratio, toBigInt } from "../../../lib/amount.ts";

export const ACC_SCALE = 10n ** 18n;
export const YEAR_SECONDS = 365n * 86_400n;

export const APR_FORMULA =
  "APR = fee rewards the lock length earned in the range ÷ (stake × seconds staked in the range) × 365 days";
export const FEE_SHARE_FORMULA =
  "fee share = fee rewards the lock length earned ÷ fee rewards all lock lengths earned, in the range";
export const STAKE_SHARE_FORMULA =
  "stake share = stake × seconds of the lock length ÷ stake × seconds of all lock lengths, in the range";
export const MULTIPLIER_FORMULA =
  "lock multiplier = weight ÷ stake = 1 + maximum boost × (lock length ÷ longest lock)^exponent";
export const EARNED_FORMULA =
  "earned by a lock length up to time T = earned at its last change + its weight × (accRewardPerWeight(T) − accRewardPerWeight at that change) ÷ 10¹⁸";

/** What a lock group's day row holds after its last change of the day. */
export interface LockSnapshot {
  openPositions: number;
  amount: bigint;
  weight: bigint;
  rewardEarned: bigint;
  stakeSeconds: bigint;
  accRewardPerWeight: bigint;
  updatedAt: bigint;
}

type WireSnapshot = StakingViewQuery["stakeLocks"][number]["atEnd"][number];

export function toSnapshot(row: WireSnapshot | undefined): LockSnapshot | null {
  if (!row) return null;
  return {
    openPositions: row.openPositions,
    amount: toBigInt(row.amount),
    weight: toBigInt(row.weight),
    rewardEarned: toBigInt(row.rewardEarned),
    stakeSeconds: toBigInt(row.stakeSeconds),
    accRewardPerWeight: toBigInt(row.accRewardPerWeight),
    updatedAt: toBigInt(row.updatedAt),
  };
}

/** Rewards the group had earned once the vault's accumulator reached `acc`. */
export function earnedAt(s: LockSnapshot | null, acc: bigint): bigint {
  if (!s) return 0n;
  return s.rewardEarned + (s.weight * (acc - s.accRewardPerWeight)) / ACC_SCALE;
}

/** The group's stake × seconds up to time `t` (unix seconds, not before its last change). */
export function stakeSecondsAt(s: LockSnapshot | null, t: bigint): bigint {
  if (!s) return 0n;
  return s.stakeSeconds + s.amount * (t - s.updatedAt);
}

export interface LockGroup {
  /** lock lengths in whole days the group covers (one, unless groups were merged) */
  lockDays: number[];
  label: string;
  positionCount: number;
  /** open positions and their stake at the end of the range */
  openPositions: number;
  staked: bigint;
  weight: bigint;
  /** Σ amount and Σ weight at staking: their ratio is the group's lock multiplier */
  initialAmount: bigint;
  initialWeight: bigint;
  /** fee rewards earned within the range */
  earned: bigint;
  /** stake × seconds within the range */
  stakeSeconds: bigint;
}

export interface RangeBounds {
  /** start of the range (unix seconds, a UTC day start) */
  start: bigint;
  /** end of the range: its last second + 1, or the indexed head if earlier */
  end: bigint;
}

export function lockLabel(days: number): string {
  if (days === 0) return "no lock";
  if (days % 365 === 0) return `${days / 365} y`;
  return `${days} d`;
}

/** Each lock length's figures over the range, from the StakingView answer. */
export function lockGroups(data: StakingViewQuery, bounds: RangeBounds): LockGroup[] {
  const accStart = toBigInt(data.dayBefore[0]?.accRewardPerWeight ?? "0");
  const accEnd = data.dayAtEnd[0] ? toBigInt(data.dayAtEnd[0].accRewardPerWeight) : accStart;
  return data.stakeLocks
    .map((lock) => {
      const start = toSnapshot(lock.atStart[0]);
      const end = toSnapshot(lock.atEnd[0]);
      return {
        lockDays: [lock.lockDays],
        label: lockLabel(lock.lockDays),
        positionCount: lock.positionCount,
        openPositions: end?.openPositions ?? 0,
        staked: end?.amount ?? 0n,
        weight: end?.weight ?? 0n,
        initialAmount: toBigInt(lock.initialAmount),
        initialWeight: toBigInt(lock.initialWeight),
        earned: earnedAt(end, accEnd) - earnedAt(start, accStart),
        stakeSeconds: stakeSecondsAt(end, bounds.end) - stakeSecondsAt(start, bounds.start),
      };
    })
    .filter((g) => g.staked > 0n || g.earned > 0n || g.stakeSeconds > 0n);
}

/** Fee-reward APR of a stake: rewards ÷ (stake × seconds) × one year; null with no stake. */
export function apr(earned: bigint, stakeSeconds: bigint): number | null {
  if (stakeSeconds <= 0n) return null;
  return ratio(earned * YEAR_SECONDS, stakeSeconds);
}

export function share(part: bigint, whole: bigint): number {
  return ratio(part, whole);
}

/** weight ÷ stake at staking; 1 for a group with nothing staked. */
export function multiplier(weight: bigint, amount: bigint): number {
  return amount === 0n ? 1 : ratio(weight, amount);
}

// Bins for when too many distinct lock lengths would make unreadable bars: upper bounds in days.
const BIN_EDGES = [0, 7, 30, 90, 180, 270, 365];

function binOf(days: number): number {
  const i = BIN_EDGES.findIndex((edge) => days <= edge);
  return i === -1 ? BIN_EDGES.length : i;
}

function binLabel(bin: number): string {
  if (bin === 0) return "no lock";
  if (bin === BIN_EDGES.length) return `> ${lockLabel(BIN_EDGES.at(-1) ?? 0)}`;
  return `${BIN_EDGES[bin - 1]! + 1}–${BIN_EDGES[bin]} d`;
}

/**
 * Groups to draw: one per lock length while there are at most `max`, otherwise merged into
 * bins of lock length. Merging only adds: every total is kept.
 */
export function displayGroups(groups: LockGroup[], max = 12): LockGroup[] {
  const sorted = [...groups].sort((a, b) => a.lockDays[0]! - b.lockDays[0]!);
  if (sorted.length <= max) return sorted;
  const bins = new Map<number, LockGroup>();
  for (const g of sorted) {
    const bin = binOf(g.lockDays[0]!);
    const into = bins.get(bin);
    if (!into) {
      bins.set(bin, { ...g, lockDays: [...g.lockDays], label: binLabel(bin) });
      continue;
    }
    into.lockDays.push(...g.lockDays);
    into.positionCount += g.positionCount;
    into.openPositions += g.openPositions;
    into.staked += g.staked;
    into.weight += g.weight;
    into.initialAmount += g.initialAmount;
    into.initialWeight += g.initialWeight;
    into.earned += g.earned;
    into.stakeSeconds += g.stakeSeconds;
  }
  return [...bins.entries()].sort(([a], [b]) => a - b).map(([, g]) => g);
}

export function sumOf<T>(rows: T[], pick: (row: T) => bigint): bigint {
  return rows.reduce((total, row) => total + pick(row), 0n);
}
