// Event decoding per emitting contract: logs are filtered by address and decoded with that
// contract's artifact ABI. Decoding against one merged ABI would be ambiguous (ERC-20 and
// ERC-721 Transfer share a topic but differ in which fields are indexed).
import { isAddressEqual, parseEventLogs, type TransactionReceipt } from "viem";
import type { ContractName } from "../../mocks/devnet/deployment.ts";
import { artifactOf, type Chain } from "./fixture.ts";

export interface DecodedEvent {
  eventName: string;
  args: Record<string, unknown>;
  address: string;
  logIndex: number;
}

/** Events `name` emitted in the receipt, in log order, optionally only those called `eventName`. */
export function eventsOf(
  chain: Chain,
  receipt: TransactionReceipt,
  name: ContractName,
  eventName?: string,
): DecodedEvent[] {
  const address = chain.addr(name);
  const logs = receipt.logs.filter((log) => isAddressEqual(log.address, address));
  const decoded = parseEventLogs({ abi: artifactOf(name).abi, logs }) as unknown as DecodedEvent[];
  return eventName ? decoded.filter((e) => e.eventName === eventName) : decoded;
}

/** The single `eventName` event of `name` in the receipt; fails when there is not exactly one. */
export function oneEvent<T = Record<string, unknown>>(
  chain: Chain,
  receipt: TransactionReceipt,
  name: ContractName,
  eventName: string,
): T {
  const found = eventsOf(chain, receipt, name, eventName);
  if (found.length !== 1) throw new Error(`expected one ${name}.${eventName}, got ${found.length}`);
  return found[0]!.args as T;
}

/** Args of every `eventName` event of `name` in the receipt. */
export function allEvents<T = Record<string, unknown>>(
  chain: Chain,
  receipt: TransactionReceipt,
  name: ContractName,
  eventName: string,
): T[] {
  return eventsOf(chain, receipt, name, eventName).map((e) => e.args as T);
}
