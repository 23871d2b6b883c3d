// Independent bigint models of each mechanism, written from the spec (ARCHITECTURE.md and
// the contracts' doc comments), so tests compare on-chain results to numbers the chain did
// not produce. Rounding follows the documented order: floor at each fixed-point step.
import { stringToHex } from "viem";
import { BPS, type ParameterKey } from "../../economy/parameters.ts";

export const ONE = 10n ** 18n;

export const keyOf = (key: ParameterKey | string) => stringToHex(key, { size: 32 });

export function feeSplit(
  amount: bigint,
  p: { company: bigint; stakers: bigint; diversify: bigint },
) {
  const company = (amount * p.company) / BPS;
  const stakers = (amount * p.stakers) / BPS;
  // the community takes the remainder, so rounding dust never disappears
  const communityTotal = amount - company - stakers;
  const stable = (communityTotal * p.diversify) / BPS;
  return { company, stakers, community: communityTotal - stable, stable };
}

/** r_e = r0 · (1 − decay)^e, floored after every epoch's step. */
export function rewardAt(r0: bigint, decayBps: bigint, epoch: number): bigint {
  let r = r0;
  for (let e = 0; e < epoch; e++) r = (r * (BPS - decayBps)) / BPS;
  return r;
}

/** amount × (1 + boost × (lock / maxLock)^k), the ratio and each power step in 1e18 fixed point. */
export function lockWeight(
  amount: bigint,
  lock: bigint,
  maxLock: bigint,
  exponent: number,
  boostBps: bigint,
) {
  const ratio = (lock * ONE) / maxLock;
  let power = ONE;
  for (let i = 0; i < exponent; i++) power = (power * ratio) / ONE;
  return amount + (amount * boostBps * power) / (BPS * ONE);
}

/** EIP-1559 style: ± fee × min(|used − target|, target) / target / 8, floored, never zero. */
export function nextBaseFee(fee: bigint, used: bigint, target: bigint, floor: bigint) {
  let next: bigint;
  if (used > target) {
    const excess = used - target > target ? target : used - target;
    next = fee + (fee * excess) / target / 8n;
  } else {
    next = fee - (fee * (target - used)) / target / 8n;
  }
  if (next < floor) next = floor;
  return next === 0n ? 1n : next;
}

export function surgeBps(saturationBps: bigint, slopeBps: bigint, capBps: bigint) {
  if (saturationBps <= BPS) return BPS;
  const surge = BPS + ((saturationBps - BPS) * slopeBps) / BPS;
  return surge < capBps ? surge : capBps;
}

export function royaltySplit(
  price: bigint,
  p: { royalty: bigint; creator: bigint; datasets: bigint; fineTuner: bigint },
) {
  const total = (price * p.royalty) / BPS;
  const creator = (total * p.creator) / BPS;
  const datasets = (total * p.datasets) / BPS;
  const fineTuner = (total * p.fineTuner) / BPS;
  return { total, creator, datasets, fineTuner, community: total - creator - datasets - fineTuner };
}

export function hostingWeight(
  hosted: bigint,
  hot: bigint,
  underserved: boolean,
  p: { hotBoost: bigint; geoBoost: bigint },
) {
  const boosted = hosted + (hot * p.hotBoost) / BPS;
  return (boosted * (BPS + (underserved ? p.geoBoost : 0n))) / BPS;
}
