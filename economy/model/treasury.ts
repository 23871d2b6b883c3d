// Mirrors Treasury.withdraw (grants), StableReserve.buyback, recordDonations and
// EconomyParameters.setParameters (range and split checks).
import { tokensForStable } from "../fee-split.ts";
import { BPS, DAY, type ParameterKey } from "../parameters.ts";
import {
  balanceOf,
  burn,
  ensure,
  mintStable,
  stableOf,
  transfer,
  transferStable,
} from "./ledger.ts";
import type { EconomyState } from "./state.ts";

export function grant(s: EconomyState, stock: string, to: string, amount: bigint) {
  ensure(amount > 0n, "ZeroAmount");
  ensure(balanceOf(s.ledger, stock) >= amount, "InsufficientBalance", stock);
  transfer(s.ledger, stock, to, amount);
}

/** Tokens sent straight to a stock and recorded by recordDonations. */
export function donate(s: EconomyState, from: string, stock: string, amount: bigint) {
  ensure(amount > 0n, "NothingToRecord");
  transfer(s.ledger, from, stock, amount);
}

export function mintStableTo(s: EconomyState, to: string, amount: bigint) {
  mintStable(s.ledger, to, amount);
}

/** Stable spent at STABLE_PRICE on the liquidity provider's tokens, which are burned. */
export function buyback(s: EconomyState, stableAmount: bigint) {
  const a = s.accounts;
  const tokensBurned = tokensForStable(stableAmount, s.params);
  ensure(stableAmount > 0n && tokensBurned > 0n, "ZeroAmount");
  ensure(stableOf(s.ledger, a.stableReserve) >= stableAmount, "InsufficientBalance", "stable");
  ensure(balanceOf(s.ledger, a.liquidityProvider) >= tokensBurned, "InsufficientBalance", "LP");
  transferStable(s.ledger, a.stableReserve, a.liquidityProvider, stableAmount);
  burn(s.ledger, a.liquidityProvider, tokensBurned);
  return tokensBurned;
}

const BPS_KEYS = new Set<ParameterKey>([
  "FEE_COMPANY_BPS",
  "FEE_COMMUNITY_BPS",
  "FEE_STAKERS_BPS",
  "DIVERSIFY_BPS",
  "GEN_REWARD_DECAY_BPS",
  "ROYALTY_BPS",
  "ROYALTY_CREATOR_BPS",
  "ROYALTY_DATASET_BPS",
  "ROYALTY_FINETUNER_BPS",
  "ROYALTY_COMMUNITY_BPS",
  "HOST_INFLATION_BPS",
  "SLASH_BPS",
  "SLASH_BURN_BPS",
  "HOT_BOOST_BPS",
  "GEO_BOOST_BPS",
  "SURGE_SLOPE_BPS",
]);

function inRange(key: ParameterKey, v: bigint): boolean {
  if (BPS_KEYS.has(key)) return v <= BPS;
  if (key === "LOCK_WEIGHT_EXPONENT") return v >= 1n && v <= 4n;
  if (key === "SURGE_CAP_BPS") return v >= BPS && v <= 10n * BPS;
  if (key === "MAX_LOCK_BOOST_BPS") return v <= 10n * BPS;
  if (key === "MAX_LOCK_DURATION") return v >= DAY && v <= 4n * 365n * DAY;
  if (key === "TARGET_GENERATIONS" || key === "STABLE_PRICE") return v > 0n;
  return true;
}

/** Applies a parameter change atomically, or refuses it as the contract would. */
export function setParameters(s: EconomyState, changes: Partial<Record<ParameterKey, bigint>>) {
  const next = { ...s.params };
  for (const [key, value] of Object.entries(changes) as [ParameterKey, bigint][]) {
    ensure(inRange(key, value), "ParameterOutOfRange", key);
    next[key] = value;
  }
  const fee = next.FEE_COMPANY_BPS + next.FEE_COMMUNITY_BPS + next.FEE_STAKERS_BPS;
  ensure(fee === BPS, "SplitMustSumToWhole", "FEE_SPLIT");
  const royalty =
    next.ROYALTY_CREATOR_BPS +
    next.ROYALTY_DATASET_BPS +
    next.ROYALTY_FINETUNER_BPS +
    next.ROYALTY_COMMUNITY_BPS;
  ensure(royalty === BPS, "SplitMustSumToWhole", "ROYALTY_SPLIT");
  s.params = next;
}
