// Mirrors FeeRouter (fee split, diversification, the per-epoch base fee) and the reward
// payments of EmissionSchedule that settleGenerations and publish trigger.
import { effectiveBaseFee, nextBaseFee } from "../base-fee.ts";
import { payFromReserves, rewardPerGeneration } from "../emission.ts";
import { type FeeParts, feeReverts, splitFee } from "../fee-split.ts";
import { balanceOf, ensure, ModelRevert, stableOf, transfer, transferStable } from "./ledger.ts";
import { notifyReward } from "./staking.ts";
import { type EconomyState, epochAt } from "./state.ts";

export const baseFeeOf = (s: EconomyState) =>
  effectiveBaseFee(s.fees.storedBaseFee, s.params.GENERATION_FEE);

/** Checks a fee can be paid without changing anything: what the contract would revert on. */
export function checkFee(s: EconomyState, payer: string, amount: bigint): FeeParts {
  const parts = splitFee(amount, s.params);
  if (feeReverts(parts)) throw new ModelRevert("ZeroAmount", `fee ${amount}`);
  ensure(balanceOf(s.ledger, payer) >= amount, "InsufficientBalance", payer);
  const lpStable = stableOf(s.ledger, s.accounts.liquidityProvider);
  ensure(lpStable >= parts.stableOut, "InsufficientBalance", "liquidity provider stable");
  return parts;
}

/** FeeRouter._collect: pays every part out of the payer; the diversified tokens go to the LP. */
export function collectFee(s: EconomyState, payer: string, amount: bigint): FeeParts {
  const parts = checkFee(s, payer, amount);
  const a = s.accounts;
  if (parts.companyPart > 0n) transfer(s.ledger, payer, a.companyReserve, parts.companyPart);
  if (parts.communityPart > 0n) transfer(s.ledger, payer, a.communityTreasury, parts.communityPart);
  if (parts.stakerPart > 0n) notifyReward(s, payer, parts.stakerPart);
  if (parts.stablePart > 0n) {
    transfer(s.ledger, payer, a.liquidityProvider, parts.stablePart);
    transferStable(s.ledger, a.liquidityProvider, a.stableReserve, parts.stableOut);
  }
  return parts;
}

export interface BaseFeeUpdate {
  epoch: bigint;
  oldFee: bigint;
  newFee: bigint;
  used: bigint;
}

/** FeeRouter.rollEpoch as a preview: the fee state after every elapsed epoch's update. */
export function previewRoll(s: EconomyState, now: bigint) {
  const fees = { ...s.fees };
  const updates: BaseFeeUpdate[] = [];
  const epoch = epochAt(s, now);
  while (fees.currentEpoch < epoch) {
    const oldFee = effectiveBaseFee(fees.storedBaseFee, s.params.GENERATION_FEE);
    const used = fees.generationsThisEpoch;
    const newFee = nextBaseFee(oldFee, used, s.params.TARGET_GENERATIONS, s.params.GENERATION_FEE);
    fees.currentEpoch += 1n;
    updates.push({ epoch: fees.currentEpoch, oldFee, newFee, used });
    fees.storedBaseFee = newFee;
    fees.generationsThisEpoch = 0n;
  }
  return { fees, updates };
}

export function rollEpoch(s: EconomyState, now: bigint): BaseFeeUpdate[] {
  const { fees, updates } = previewRoll(s, now);
  s.fees = fees;
  return updates;
}

/** EmissionSchedule._payFromReserves: what was actually paid, by source. */
export function rewardFromReserves(s: EconomyState, to: string, wanted: bigint) {
  const a = s.accounts;
  const pay = payFromReserves(
    wanted,
    balanceOf(s.ledger, a.companyReserve),
    balanceOf(s.ledger, a.communityTreasury),
  );
  if (pay.fromCompany > 0n) transfer(s.ledger, a.companyReserve, to, pay.fromCompany);
  if (pay.fromCommunity > 0n) transfer(s.ledger, a.communityTreasury, to, pay.fromCommunity);
  return pay;
}

/** FeeRouter.settleGenerations: roll the epoch, charge count × base fee, pay the reward. */
export function settleGenerations(s: EconomyState, creator: string, count: bigint, now: bigint) {
  ensure(count > 0n, "ZeroAmount");
  const { fees, updates } = previewRoll(s, now);
  const fee = effectiveBaseFee(fees.storedBaseFee, s.params.GENERATION_FEE) * count;
  checkFee(s, creator, fee);
  s.fees = { ...fees, generationsThisEpoch: fees.generationsThisEpoch + count };
  const parts = collectFee(s, creator, fee);
  const reward = rewardPerGeneration(s.params, epochAt(s, now)) * count;
  const paid = rewardFromReserves(s, creator, reward);
  return { updates, parts, paid };
}

/** PortfolioNFT.publish: the share reward, once per content hash. */
export function publish(s: EconomyState, sharer: string, contentHash: string) {
  ensure(!s.published.has(contentHash), "AlreadyPublished");
  s.published.add(contentHash);
  return rewardFromReserves(s, sharer, s.params.SHARE_REWARD);
}
