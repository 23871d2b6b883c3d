// Mirrors StakingVault.slash: a share of the stake, part burned, the rest to the treasury.
import { BPS, type Parameters } from "./parameters.ts";

export interface SlashParts {
  amount: bigint;
  burned: bigint;
  toTreasury: bigint;
}

export function slashSplit(stake: bigint, p: Parameters): SlashParts {
  const amount = (stake * p.SLASH_BPS) / BPS;
  const burned = (amount * p.SLASH_BURN_BPS) / BPS;
  return { amount, burned, toTreasury: amount - burned };
}

/** The position's weight shrinks in proportion to its stake. */
export function weightAfterSlash(weight: bigint, stake: bigint, slashed: bigint): bigint {
  return (weight * (stake - slashed)) / stake;
}
