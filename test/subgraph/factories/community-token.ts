import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newTransferEvent = (
  p: { from: Address; to: Address; value: bigint },
  meta?: EventMeta,
) => eventLog("CommunityToken", "Transfer", p, meta);

export const newDelegateChangedEvent = (
  p: { delegator: Address; fromDelegate: Address; toDelegate: Address },
  meta?: EventMeta,
) => eventLog("CommunityToken", "DelegateChanged", p, meta);

export const newDelegateVotesChangedEvent = (
  p: { delegate: Address; previousVotes: bigint; newVotes: bigint },
  meta?: EventMeta,
) => eventLog("CommunityToken", "DelegateVotesChanged", p, meta);
