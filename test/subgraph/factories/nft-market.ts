import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newListedEvent = (
  p: { tokenId: bigint; seller: Address; price: bigint },
  meta?: EventMeta,
) => eventLog("NftMarket", "Listed", p, meta);

export const newSoldEvent = (
  p: { tokenId: bigint; seller: Address; buyer: Address; price: bigint; royalty: bigint },
  meta?: EventMeta,
) => eventLog("NftMarket", "Sold", p, meta);

export const newRoyaltyPaidEvent = (
  p: { tokenId: bigint; role: number; payee: Address; amount: bigint },
  meta?: EventMeta,
) => eventLog("NftMarket", "RoyaltyPaid", p, meta);
