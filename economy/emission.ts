// Mirrors EmissionSchedule: the generation reward decays per epoch, flooring after every step.
import { BPS, type Parameters } from "./parameters.ts";

/** Curves computed so far, by `r0:decay`: a projection asks for every epoch many times a day. */
const curves = new Map<string, bigint[]>();

/** r_e = r0 · (1 − decay)^e, rounded down after each epoch's step exactly as the contract loops. */
export function rewardPerGeneration(p: Parameters, epoch: bigint): bigint {
  const keep = BPS - p.GEN_REWARD_DECAY_BPS;
  if (keep === BPS || epoch <= 0n) return p.GEN_REWARD_INITIAL;
  const key = `${p.GEN_REWARD_INITIAL}:${p.GEN_REWARD_DECAY_BPS}`;
  let curve = curves.get(key);
  if (!curve) {
    if (curves.size >= 16) curves.clear();
    curve = [p.GEN_REWARD_INITIAL];
    curves.set(key, curve);
  }
  // once the reward is 0 it stays 0; the curve stops growing there
  while (BigInt(curve.length) <= epoch && curve[curve.length - 1]! > 0n)
    curve.push((curve[curve.length - 1]! * keep) / BPS);
  return BigInt(curve.length) > epoch ? curve[Number(epoch)]! : 0n;
}

/** Rewards for epochs 0..epochs−1 in one pass (the curve a chart draws), same rounding. */
export function emissionCurve(p: Parameters, epochs: number): bigint[] {
  const keep = BPS - p.GEN_REWARD_DECAY_BPS;
  const curve: bigint[] = [];
  let reward = p.GEN_REWARD_INITIAL;
  for (let e = 0; e < epochs; e++) {
    curve.push(reward);
    if (keep !== BPS && reward > 0n) reward = (reward * keep) / BPS;
  }
  return curve;
}

export interface ReservePayment {
  fromCompany: bigint;
  fromCommunity: bigint;
}

/** _payFromReserves: the company reserve pays first, the community treasury the rest it can. */
export function payFromReserves(
  wanted: bigint,
  companyBalance: bigint,
  communityBalance: bigint,
): ReservePayment {
  const fromCompany = wanted < companyBalance ? wanted : companyBalance;
  const rest = wanted - fromCompany;
  const fromCommunity = rest < communityBalance ? rest : communityBalance;
  return { fromCompany, fromCommunity };
}
