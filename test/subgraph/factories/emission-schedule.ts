import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newEmissionEvent = (
  p: { recipient: Address; kind: number; source: number; amount: bigint; epoch: bigint },
  meta?: EventMeta,
) => eventLog("EmissionSchedule", "Emission", p, meta);
