import { ethereum } from "@graphprotocol/graph-ts";
import {
  Inflow,
  Outflow,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
  Treasury,
} from "../../generated/CompanyReserve/Treasury";
import { recordPayerGrant } from "../common/payer-days";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import { knownStockId, recordTreasuryFlow, registerStock } from "../common/treasury-flows";

function stockIdOf(event: ethereum.Event): string {
  const known = knownStockId(event.address);
  if (known != null) return known!;
  return registerStock(Treasury.bind(event.address).stock(), event.address, event.block.timestamp);
}

export function handleInflow(event: Inflow): void {
  const p = event.params;
  recordTreasuryFlow(event, stockIdOf(event), p.asset, p.from, p.amount, p.flow, true);
}

export function handleOutflow(event: Outflow): void {
  const p = event.params;
  recordTreasuryFlow(event, stockIdOf(event), p.asset, p.to, p.amount, p.flow, false);
  recordPayerGrant(p.asset, p.to, p.amount, p.flow, event.block.timestamp);
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
