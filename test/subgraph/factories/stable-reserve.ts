import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newStableInflowEvent = (
  p: { asset: Address; from: Address; amount: bigint; flow: number },
  meta?: EventMeta,
) => eventLog("StableReserve", "Inflow", p, meta);

export const newStableOutflowEvent = (
  p: { asset: Address; to: Address; amount: bigint; flow: number },
  meta?: EventMeta,
) => eventLog("StableReserve", "Outflow", p, meta);

export const newDiversifiedEvent = (
  p: { tokensIn: bigint; stableOut: bigint; price: bigint },
  meta?: EventMeta,
) => eventLog("StableReserve", "Diversified", p, meta);

export const newBuybackEvent = (
  p: { stableSpent: bigint; tokensBurned: bigint; price: bigint },
  meta?: EventMeta,
) => eventLog("StableReserve", "Buyback", p, meta);
