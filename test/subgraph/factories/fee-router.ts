import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export interface FeeCollectedParams {
  kind: number;
  payer: Address;
  quantity: bigint;
  amount: bigint;
  companyPart: bigint;
  communityPart: bigint;
  stakerPart: bigint;
  stablePart: bigint;
  epoch: bigint;
}

export const newFeeCollectedEvent = (p: FeeCollectedParams, meta?: EventMeta) =>
  eventLog("FeeRouter", "FeeCollected", { ...p }, meta);

export const newBaseFeeUpdatedEvent = (
  p: { epoch: bigint; oldFee: bigint; newFee: bigint; used: bigint; target: bigint },
  meta?: EventMeta,
) => eventLog("FeeRouter", "BaseFeeUpdated", p, meta);
