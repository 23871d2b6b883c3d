// Mirrors LockWeight.weight: amount × (1 + maxBoost × (lock / maxLock)^k), fixed point 1e18,
// rounding down at each step in the contract's order.
import { BPS, type Parameters } from "./parameters.ts";

const ONE = 10n ** 18n;

export function lockWeight(
  amount: bigint,
  lockDuration: bigint,
  maxLock: bigint,
  exponent: bigint,
  maxBoostBps: bigint,
): bigint {
  const ratio = (lockDuration * ONE) / maxLock;
  let power = ONE;
  for (let i = 0n; i < exponent; i++) power = (power * ratio) / ONE;
  return amount + (amount * maxBoostBps * power) / (BPS * ONE);
}

export function lockWeightFor(p: Parameters, amount: bigint, lockDuration: bigint): bigint {
  return lockWeight(
    amount,
    lockDuration,
    p.MAX_LOCK_DURATION,
    p.LOCK_WEIGHT_EXPONENT,
    p.MAX_LOCK_BOOST_BPS,
  );
}
