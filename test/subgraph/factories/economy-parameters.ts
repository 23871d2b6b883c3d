import { type Address, stringToHex } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

/** Parameter keys travel as left-aligned ASCII bytes32. */
export const parameterKey = (name: string) => stringToHex(name, { size: 32 });

export const newParameterChangedEvent = (
  p: { key: string; oldValue: bigint; newValue: bigint; by: Address },
  meta?: EventMeta,
) => eventLog("EconomyParameters", "ParameterChanged", { ...p, key: parameterKey(p.key) }, meta);

export const newGovernanceActivatedEvent = (
  p: { governance: Address; distributedSupply: bigint; threshold: bigint },
  meta?: EventMeta,
) => eventLog("EconomyParameters", "GovernanceActivated", p, meta);
