import type { Address, Hex } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newMintedEvent = (
  p: {
    tokenId: bigint;
    creator: Address;
    fineTuner: Address;
    datasetContributors: Address[];
    fee: bigint;
  },
  meta?: EventMeta,
) => eventLog("PortfolioNFT", "Minted", p, meta);

export const newPublishedEvent = (
  p: { contentHash: Hex; sharer: Address; reward: bigint },
  meta?: EventMeta,
) => eventLog("PortfolioNFT", "Published", p, meta);

/** The ERC-721 Transfer (tokenId indexed), not the token's. */
export const newNftTransferEvent = (
  p: { from: Address; to: Address; tokenId: bigint },
  meta?: EventMeta,
) => eventLog("PortfolioNFT", "Transfer", p, meta);
