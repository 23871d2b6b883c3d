import type { Hex } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newSaturationSampledEvent = (
  p: {
    datumId: Hex;
    window: bigint;
    demand: bigint;
    capacity: bigint;
    saturationBps: bigint;
    surgeBps: bigint;
  },
  meta?: EventMeta,
) => eventLog("SaturationOracle", "SaturationSampled", p, meta);
