// Mirrors StakingVault: positions, the reward accumulator and slashing, in the contract's order.
import { lockWeightFor } from "../lock-weight.ts";
import { slashSplit, weightAfterSlash } from "../slash.ts";
import { balanceOf, burn, ensure, transfer } from "./ledger.ts";
import type { EconomyState, Position } from "./state.ts";

const ACC = 10n ** 18n;

export function stake(s: EconomyState, owner: string, amount: bigint, lock: bigint, now: bigint) {
  ensure(amount > 0n, "ZeroAmount");
  ensure(lock <= s.params.MAX_LOCK_DURATION, "LockTooLong");
  ensure(balanceOf(s.ledger, owner) >= amount, "InsufficientBalance", owner);
  const v = s.vault;
  const weight = lockWeightFor(s.params, amount, lock);
  transfer(s.ledger, owner, s.accounts.stakingVault, amount);
  const id = v.positions.length;
  const rewardDebt = (weight * v.accRewardPerWeight) / ACC;
  v.positions.push({
    owner,
    amount,
    weight,
    lockEnd: now + lock,
    closed: false,
    rewardDebt,
    owed: 0n,
  });
  v.totalWeight += weight;
  v.activeStake.set(owner, activeStakeOf(s, owner) + amount);
  return { id, weight, lockEnd: now + lock };
}

export const activeStakeOf = (s: EconomyState, owner: string) =>
  s.vault.activeStake.get(owner) ?? 0n;

function position(s: EconomyState, id: number): Position {
  const p = s.vault.positions[id];
  ensure(p !== undefined, "UnknownPosition", String(id));
  return p;
}

export function pendingReward(s: EconomyState, id: number): bigint {
  const p = position(s, id);
  if (p.closed) return p.owed;
  return p.owed + (p.weight * s.vault.accRewardPerWeight) / ACC - p.rewardDebt;
}

function payReward(s: EconomyState, id: number, p: Position): bigint {
  const amount = pendingReward(s, id);
  p.owed = 0n;
  p.rewardDebt = (p.weight * s.vault.accRewardPerWeight) / ACC;
  if (amount > 0n) transfer(s.ledger, s.accounts.stakingVault, p.owner, amount);
  return amount;
}

export function claim(s: EconomyState, owner: string, id: number): bigint {
  const p = position(s, id);
  ensure(p.owner === owner, "NotPositionOwner");
  ensure(pendingReward(s, id) > 0n, "NothingToClaim");
  return payReward(s, id, p);
}

export function unstake(s: EconomyState, owner: string, id: number, now: bigint) {
  const p = position(s, id);
  ensure(p.owner === owner, "NotPositionOwner");
  ensure(!p.closed, "PositionClosed");
  ensure(now >= p.lockEnd, "LockNotExpired");
  const reward = payReward(s, id, p);
  p.closed = true;
  s.vault.totalWeight -= p.weight;
  s.vault.activeStake.set(p.owner, activeStakeOf(s, p.owner) - p.amount);
  transfer(s.ledger, s.accounts.stakingVault, p.owner, p.amount);
  return { reward, amount: p.amount };
}

/** The stakers' share of a fee, arriving from `payer` (rewards wait while nobody stakes). */
export function notifyReward(s: EconomyState, payer: string, amount: bigint): void {
  ensure(amount > 0n, "ZeroAmount");
  const v = s.vault;
  transfer(s.ledger, payer, s.accounts.stakingVault, amount);
  const toShare = amount + v.undistributed;
  if (v.totalWeight === 0n) {
    v.undistributed = toShare;
  } else {
    const increment = (toShare * ACC) / v.totalWeight;
    v.accRewardPerWeight += increment;
    v.undistributed = toShare - (increment * v.totalWeight) / ACC;
  }
}

export function slashPosition(s: EconomyState, id: number) {
  const p = position(s, id);
  ensure(!p.closed, "PositionClosed");
  const parts = slashSplit(p.amount, s.params);
  ensure(parts.amount > 0n, "ZeroAmount");
  p.owed = pendingReward(s, id);
  const newWeight = weightAfterSlash(p.weight, p.amount, parts.amount);
  s.vault.totalWeight = s.vault.totalWeight - p.weight + newWeight;
  p.weight = newWeight;
  p.amount -= parts.amount;
  p.rewardDebt = (newWeight * s.vault.accRewardPerWeight) / ACC;
  s.vault.activeStake.set(p.owner, activeStakeOf(s, p.owner) - parts.amount);
  if (parts.burned > 0n) burn(s.ledger, s.accounts.stakingVault, parts.burned);
  if (parts.toTreasury > 0n) {
    transfer(s.ledger, s.accounts.stakingVault, s.accounts.communityTreasury, parts.toTreasury);
  }
  return parts;
}
