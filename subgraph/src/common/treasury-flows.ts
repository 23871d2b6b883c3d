import { Address, BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";
import { Account } from "../../generated/schema";
import { Treasury } from "../../generated/CompanyReserve/Treasury";
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

/** The stock a Treasury contract is, read once from its `stock()` and kept on its Account. */
function stockIdOf(address: Address, timestamp: BigInt): string {
  const account = Account.load(address);
  if (account != null && account.stock != null) return account.stock!;
  const name = Treasury.bind(address).stock().toString().replaceAll("\u0000", "");
  return getOrCreateStock(name, address, timestamp).id;
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
  asset: Address,
  counterparty: Bytes,
  amount: BigInt,
  code: i32,
  incoming: boolean,
): void {
  const stockId = stockIdOf(event.address, event.block.timestamp);
  const source = flowSource(code);
  recordStockFlow(event, stockId, asset, incoming, source, counterparty, amount);
  const node = incoming ? inflowNode(source) : outflowNode(source);
  if (node == null) return;
  if (incoming) addFlowEdge(node!, stockId, asset, amount, event.block.timestamp);
  else addFlowEdge(stockId, node!, asset, amount, event.block.timestamp);
}

