import { BigInt } from "@graphprotocol/graph-ts";
import {
  StakeLock,
  StakeLockDay,
  StakePosition,
  StakingDay,
  StakingTotals,
} from "../../generated/schema";
import { SECONDS_PER_DAY, ZERO } from "./constants";
import { dayIdOf } from "./time";

// Staking aggregates for the dashboard: the vault's running state, one row per day, and
// positions grouped by lock length. A group accrues the stakers' fee share lazily, as the
// vault does per position: only when the group itself changes, never per notification.

const TOTALS_ID = "vault";
const ACC_SCALE = BigInt.fromString("1000000000000000000");

function stakingTotals(): StakingTotals {
  let t = StakingTotals.load(TOTALS_ID);
  if (t == null) {
    t = new StakingTotals(TOTALS_ID);
    t.staked = ZERO;
    t.weight = ZERO;
    t.accRewardPerWeight = ZERO;
    t.openPositions = 0;
    t.rewardsNotified = ZERO;
    t.rewardsClaimed = ZERO;
    t.slashed = ZERO;
  }
  return t;
}

/** The day's row, created empty; the caller adds to it and calls closeStakingDay. */
function stakingDay(timestamp: BigInt): StakingDay {
  const dayId = dayIdOf(timestamp);
  let day = StakingDay.load(dayId.toString());
  if (day == null) {
    day = new StakingDay(dayId.toString());
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.staked = ZERO;
    day.unstaked = ZERO;
    day.rewardsNotified = ZERO;
    day.rewardsClaimed = ZERO;
    day.payoutCount = 0;
    day.slashed = ZERO;
    day.slashedBurned = ZERO;
    day.slashCount = 0;
    day.stakedTotal = ZERO;
    day.weightTotal = ZERO;
    day.accRewardPerWeight = ZERO;
  }
  return day;
}

/** Saves the totals and the day, the day carrying the totals as its end-of-day state. */
function closeStakingDay(day: StakingDay, t: StakingTotals): void {
  t.save();
  day.stakedTotal = t.staked;
  day.weightTotal = t.weight;
  day.accRewardPerWeight = t.accRewardPerWeight;
  day.save();
}

function lockDaysOf(position: StakePosition): i32 {
  return i32(position.lockDuration.toI64() / SECONDS_PER_DAY);
}

function loadLock(lockDays: i32): StakeLock {
  let lock = StakeLock.load(lockDays.toString());
  if (lock == null) {
    lock = new StakeLock(lockDays.toString());
    lock.lockDays = lockDays;
    lock.positionCount = 0;
    lock.openPositions = 0;
    lock.amount = ZERO;
    lock.weight = ZERO;
    lock.initialAmount = ZERO;
    lock.initialWeight = ZERO;
    lock.slashed = ZERO;
    lock.rewardEarned = ZERO;
    lock.stakeSeconds = ZERO;
    lock.accRewardPerWeight = ZERO;
    lock.updatedAt = ZERO;
  }
  return lock;
}

/** Brings the group's rewards and stake × time up to `now`, before its weight changes. */
function accrue(lock: StakeLock, acc: BigInt, now: BigInt): void {
  lock.rewardEarned = lock.rewardEarned.plus(
    lock.weight.times(acc.minus(lock.accRewardPerWeight)).div(ACC_SCALE),
  );
  lock.stakeSeconds = lock.stakeSeconds.plus(lock.amount.times(now.minus(lock.updatedAt)));
  lock.accRewardPerWeight = acc;
  lock.updatedAt = now;
}

function saveLock(
  lock: StakeLock,
  now: BigInt,
  staked: BigInt,
  unstaked: BigInt,
  slashed: BigInt,
): void {
  lock.save();
  const dayId = dayIdOf(now);
  const id = lock.id + "-" + dayId.toString();
  let day = StakeLockDay.load(id);
  if (day == null) {
    day = new StakeLockDay(id);
    day.lock = lock.id;
    day.dayId = dayId;
    day.staked = ZERO;
    day.unstaked = ZERO;
    day.slashed = ZERO;
  }
  day.amount = lock.amount;
  day.weight = lock.weight;
  day.openPositions = lock.openPositions;
  day.rewardEarned = lock.rewardEarned;
  day.stakeSeconds = lock.stakeSeconds;
  day.accRewardPerWeight = lock.accRewardPerWeight;
  day.updatedAt = lock.updatedAt;
  day.staked = day.staked.plus(staked);
  day.unstaked = day.unstaked.plus(unstaked);
  day.slashed = day.slashed.plus(slashed);
  day.save();
}

/** A new position joins its lock group. */
function lockStaked(position: StakePosition, acc: BigInt, now: BigInt): void {
  const lock = loadLock(lockDaysOf(position));
  accrue(lock, acc, now);
  lock.positionCount = lock.positionCount + 1;
  lock.openPositions = lock.openPositions + 1;
  lock.amount = lock.amount.plus(position.amount);
  lock.weight = lock.weight.plus(position.weight);
  lock.initialAmount = lock.initialAmount.plus(position.amount);
  lock.initialWeight = lock.initialWeight.plus(position.weight);
  saveLock(lock, now, position.amount, ZERO, ZERO);
}

/** A position leaves its group with its stake and weight as they are now. */
function lockUnstaked(position: StakePosition, acc: BigInt, now: BigInt): void {
  const lock = loadLock(lockDaysOf(position));
  accrue(lock, acc, now);
  lock.openPositions = lock.openPositions - 1;
  lock.amount = lock.amount.minus(position.amount);
  lock.weight = lock.weight.minus(position.weight);
  saveLock(lock, now, ZERO, position.amount, ZERO);
}

/** A slash shrinks the group's stake and weight (position holds the values before it). */
function lockSlashed(
  position: StakePosition,
  amount: BigInt,
  weightLost: BigInt,
  acc: BigInt,
  now: BigInt,
): void {
  const lock = loadLock(lockDaysOf(position));
  accrue(lock, acc, now);
  lock.amount = lock.amount.minus(amount);
  lock.weight = lock.weight.minus(weightLost);
  lock.slashed = lock.slashed.plus(amount);
  saveLock(lock, now, ZERO, ZERO, amount);
}

/** Staked: the position (just created) joins the totals, the day and its lock group. */
export function recordStake(position: StakePosition, now: BigInt): void {
  const totals = stakingTotals();
  lockStaked(position, totals.accRewardPerWeight, now);
  totals.staked = totals.staked.plus(position.amount);
  totals.weight = totals.weight.plus(position.weight);
  totals.openPositions = totals.openPositions + 1;
  const day = stakingDay(now);
  day.staked = day.staked.plus(position.amount);
  closeStakingDay(day, totals);
}

/** Unstaked: the position leaves with its stake and weight as they are now. */
export function recordUnstake(position: StakePosition, now: BigInt): void {
  const totals = stakingTotals();
  lockUnstaked(position, totals.accRewardPerWeight, now);
  totals.staked = totals.staked.minus(position.amount);
  totals.weight = totals.weight.minus(position.weight);
  totals.openPositions = totals.openPositions - 1;
  const day = stakingDay(now);
  day.unstaked = day.unstaked.plus(position.amount);
  closeStakingDay(day, totals);
}

/** RewardNotified: the vault's accumulator moves; no group is touched (they accrue lazily). */
export function recordRewardNotified(amount: BigInt, acc: BigInt, now: BigInt): void {
  const totals = stakingTotals();
  totals.accRewardPerWeight = acc;
  totals.rewardsNotified = totals.rewardsNotified.plus(amount);
  const day = stakingDay(now);
  day.rewardsNotified = day.rewardsNotified.plus(amount);
  closeStakingDay(day, totals);
}

export function recordRewardClaimed(amount: BigInt, now: BigInt): void {
  const totals = stakingTotals();
  totals.rewardsClaimed = totals.rewardsClaimed.plus(amount);
  const day = stakingDay(now);
  day.rewardsClaimed = day.rewardsClaimed.plus(amount);
  day.payoutCount = day.payoutCount + 1;
  closeStakingDay(day, totals);
}

/** Slashed: call before the position takes its new stake and weight. */
export function recordSlash(
  position: StakePosition,
  amount: BigInt,
  burned: BigInt,
  weightAfter: BigInt,
  now: BigInt,
): void {
  const totals = stakingTotals();
  const weightLost = position.weight.minus(weightAfter);
  lockSlashed(position, amount, weightLost, totals.accRewardPerWeight, now);
  totals.staked = totals.staked.minus(amount);
  totals.weight = totals.weight.minus(weightLost);
  totals.slashed = totals.slashed.plus(amount);
  const day = stakingDay(now);
  day.slashed = day.slashed.plus(amount);
  day.slashedBurned = day.slashedBurned.plus(burned);
  day.slashCount = day.slashCount + 1;
  closeStakingDay(day, totals);
}
