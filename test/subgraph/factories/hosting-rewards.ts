import type { Address, Hex } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export const newNodeRegisteredEvent = (
  p: { node: Address; positionId: bigint; region: number },
  meta?: EventMeta,
) => eventLog("HostingRewards", "NodeRegistered", p, meta);

export const newHostingReportedEvent = (
  p: { node: Address; epoch: bigint; hostedUnits: bigint; hotUnits: bigint; weight: bigint },
  meta?: EventMeta,
) => eventLog("HostingRewards", "HostingReported", p, meta);

export const newHostingRewardPaidEvent = (
  p: { node: Address; epoch: bigint; amount: bigint; weight: bigint; totalWeight: bigint },
  meta?: EventMeta,
) => eventLog("HostingRewards", "HostingRewardPaid", p, meta);

export const newAvailabilitySampledEvent = (
  p: { node: Address; datumId: Hex; window: bigint; passed: boolean; slashed: bigint },
  meta?: EventMeta,
) => eventLog("HostingRewards", "AvailabilitySampled", p, meta);
