// Mirrors FeeRouter._collect and StableReserve.diversify: same integer order, same rounding.
import { BPS, type Parameters, TOKEN } from "./parameters.ts";

/** One fee's parts as FeeCollected reports them, plus the stablecoin the diversified part buys. */
export interface FeeParts {
  amount: bigint;
  companyPart: bigint;
  /** what reaches the community treasury: the community share minus the diversified part */
  communityPart: bigint;
  stakerPart: bigint;
  /** tokens of the community share sold for stablecoin */
  stablePart: bigint;
  /** stablecoin base units the stable reserve receives for stablePart */
  stableOut: bigint;
}

/** Company and stakers round down; the community takes the remainder, so parts sum to the fee. */
export function splitFee(amount: bigint, p: Parameters): FeeParts {
  const companyPart = (amount * p.FEE_COMPANY_BPS) / BPS;
  const stakerPart = (amount * p.FEE_STAKERS_BPS) / BPS;
  const community = amount - companyPart - stakerPart;
  const stablePart = (community * p.DIVERSIFY_BPS) / BPS;
  return {
    amount,
    companyPart,
    communityPart: community - stablePart,
    stakerPart,
    stablePart,
    stableOut: stablePart > 0n ? stableForTokens(stablePart, p) : 0n,
  };
}

/** StableReserve.diversify: stable units for `tokens` at STABLE_PRICE (stable per whole token). */
export function stableForTokens(tokens: bigint, p: Parameters): bigint {
  return (tokens * p.STABLE_PRICE) / TOKEN;
}

/** StableReserve.buyback: tokens bought (and burned) with `stable` units. */
export function tokensForStable(stable: bigint, p: Parameters): bigint {
  return (stable * TOKEN) / p.STABLE_PRICE;
}

/** The contract reverts (ZeroAmount) when a non-zero diversified part buys no stablecoin. */
export function feeReverts(parts: FeeParts): boolean {
  return parts.amount === 0n || (parts.stablePart > 0n && parts.stableOut === 0n);
}
