// Inflow/Outflow of the two Treasury data sources (company reserve, community treasury).
import type { Address } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export type TreasuryName = "CompanyReserve" | "CommunityTreasury";

export type FlowParams = {
  asset: Address;
  amount: bigint;
  flow: number;
};

export const newInflowEvent = (
  treasury: TreasuryName,
  p: FlowParams & { from: Address },
  meta?: EventMeta,
) => eventLog(treasury, "Inflow", p, meta);

export const newOutflowEvent = (
  treasury: TreasuryName,
  p: FlowParams & { to: Address },
  meta?: EventMeta,
) => eventLog(treasury, "Outflow", p, meta);
