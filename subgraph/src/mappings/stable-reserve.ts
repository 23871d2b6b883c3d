import { ethereum } from "@graphprotocol/graph-ts";
import {
  Buyback as BuybackEvent,
  Diversified,
  Inflow,
  Outflow,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
  StableReserve,
} from "../../generated/StableReserve/StableReserve";
import { Buyback, Diversification } from "../../generated/schema";
import { BURNED, LIQUIDITY_PROVIDER } from "../common/constants";
import { addFlowEdge } from "../common/edges";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import { eventId } from "../common/time";
import { tokenAddress } from "../common/token";
import { knownStockId, recordTreasuryFlow, registerStock } from "../common/treasury-flows";

/** Its own binding: this data source declares the StableReserve ABI, not Treasury's. */
function stockIdOf(event: ethereum.Event): string {
  const known = knownStockId(event.address);
  if (known != null) return known!;
  return registerStock(
    StableReserve.bind(event.address).stock(),
    event.address,
    event.block.timestamp,
  );
}

export function handleInflow(event: Inflow): void {
  const p = event.params;
  recordTreasuryFlow(event, stockIdOf(event), p.asset, p.from, p.amount, p.flow, true);
}

export function handleOutflow(event: Outflow): void {
  const p = event.params;
  recordTreasuryFlow(event, stockIdOf(event), p.asset, p.to, p.amount, p.flow, false);
}

export function handleDiversified(event: Diversified): void {
  const d = new Diversification(eventId(event));
  d.tokensIn = event.params.tokensIn;
  d.stableOut = event.params.stableOut;
  d.price = event.params.price;
  d.timestamp = event.block.timestamp;
  d.txHash = event.transaction.hash;
  d.save();
}

export function handleBuyback(event: BuybackEvent): void {
  const b = new Buyback(eventId(event));
  b.stableSpent = event.params.stableSpent;
  b.tokensBurned = event.params.tokensBurned;
  b.price = event.params.price;
  b.timestamp = event.block.timestamp;
  b.txHash = event.transaction.hash;
  b.save();
  addFlowEdge(
    LIQUIDITY_PROVIDER,
    BURNED,
    tokenAddress(),
    event.params.tokensBurned,
    event.block.timestamp,
  );
}

export function handleRoleGranted(event: RoleGranted): void {
  const p = event.params;
  recordRoleGranted(event, p.role, p.account, p.sender);
}

export function handleRoleRevoked(event: RoleRevoked): void {
  const p = event.params;
  recordRoleRevoked(event, p.role, p.account, p.sender);
}

export function handleRoleAdminChanged(event: RoleAdminChanged): void {
  const p = event.params;
  recordRoleAdminChanged(event, p.role, p.previousAdminRole, p.newAdminRole);
}
