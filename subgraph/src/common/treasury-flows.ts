import { Address, BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";
import { Account } from "../../generated/schema";
import { flowSource } from "./codes";
import {
  DONORS,
  FEE_PAYERS,
  GENESIS,
  GRANTEES,
  LIQUIDITY_PROVIDER,
  NFT_BUYERS,
  STAKING_VAULT,
} from "./constants";
import { addFlowEdge } from "./edges";
import { getOrCreateStock, recordStockFlow } from "./stocks";

/** The stock id already registered for a treasury address (kept on its Account), if any. */
export function knownStockId(address: Address): string | null {
  const account = Account.load(address);
  if (account != null && account.stock != null) return account.stock;
  return null;
}

/** Registers a treasury from its `stock()` (ASCII bytes32). Each data source binds its own
 * ABI to read it: a data source can only call contracts whose ABI it declares. */
export function registerStock(stock: Bytes, address: Address, timestamp: BigInt): string {
  return getOrCreateStock(stock.toString().replaceAll("\u0000", ""), address, timestamp).id;
}

/** Value-network node on the other side of an inflow; null where another handler draws it. */
function inflowNode(source: string): string | null {
  if (source == "FEE") return FEE_PAYERS;
  if (source == "ROYALTY") return NFT_BUYERS;
  if (source == "SLASH") return STAKING_VAULT;
  if (source == "DONATION") return DONORS;
  if (source == "INITIAL_ALLOCATION") return GENESIS;
  if (source == "DIVERSIFICATION") return LIQUIDITY_PROVIDER;
  return null;
}

/** Outflows of emission funding are drawn by the Emission handler, which knows the kind. */
function outflowNode(source: string): string | null {
  if (source == "GRANT") return GRANTEES;
  if (source == "BUYBACK") return LIQUIDITY_PROVIDER;
  return null;
}

export function recordTreasuryFlow(
  event: ethereum.Event,
  stockId: string,
  asset: Address,
  counterparty: Bytes,
  amount: BigInt,
  code: i32,
  incoming: boolean,
): void {
  const source = flowSource(code);
  recordStockFlow(event, stockId, asset, incoming, source, counterparty, amount);
  const node = incoming ? inflowNode(source) : outflowNode(source);
  if (node == null) return;
  if (incoming) addFlowEdge(node!, stockId, asset, amount, event.block.timestamp);
  else addFlowEdge(stockId, node!, asset, amount, event.block.timestamp);
}
