import type { Address, Hex } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newDownloadEvent = (
  p: { downloader: Address; datumId: Hex; window: bigint; price: bigint; surgeBps: bigint },
  meta?: EventMeta,
) => eventLog("DownloadMarket", "Download", p, meta);
