// The lock-weight curve the vault applies: economy/lock-weight.ts (the contract's fixed-point
// rounding) with the parameters in force, read from the indexed Parameter entities.
import { lockWeight } from "../../../../economy/lock-weight.ts";
import type { StakingViewQuery } from "../../../gql/graphql.ts";
import { ratio, toBigInt } from "../../../lib/amount.ts";

const DAY_SECONDS = 86_400n;

export interface LockCurveParameters {
  exponent: bigint;
  maxLock: bigint;
  maxBoostBps: bigint;
}

/** The lock-weight parameters in force, from the indexed Parameter entities; null if missing. */
export function curveParameters(
  parameters: StakingViewQuery["parameters"],
): LockCurveParameters | null {
  const value = (key: string) => parameters.find((p) => p.id === key)?.value;
  const exponent = value("LOCK_WEIGHT_EXPONENT");
  const maxLock = value("MAX_LOCK_DURATION");
  const maxBoostBps = value("MAX_LOCK_BOOST_BPS");
  if (exponent === undefined || maxLock === undefined || maxBoostBps === undefined) return null;
  const p = {
    exponent: toBigInt(exponent),
    maxLock: toBigInt(maxLock),
    maxBoostBps: toBigInt(maxBoostBps),
  };
  return p.maxLock > 0n ? p : null;
}

const PROBE = 10n ** 18n;

/** The multiplier economy/ computes for a lock of `seconds` (the contract's rounding). */
export function curveMultiplier(p: LockCurveParameters, seconds: bigint): number {
  const clamped = seconds > p.maxLock ? p.maxLock : seconds;
  return ratio(lockWeight(PROBE, clamped, p.maxLock, p.exponent, p.maxBoostBps), PROBE);
}

/** The curve sampled at `steps` + 1 lock lengths from none to the longest, in days. */
export function curvePoints(
  p: LockCurveParameters,
  steps = 60,
): { days: number; multiplier: number }[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const seconds = (p.maxLock * BigInt(i)) / BigInt(steps);
    return { days: Number(seconds) / Number(DAY_SECONDS), multiplier: curveMultiplier(p, seconds) };
  });
}
