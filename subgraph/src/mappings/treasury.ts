import { ethereum } from "@graphprotocol/graph-ts";
import { Inflow, Outflow, Treasury } from "../../generated/CompanyReserve/Treasury";
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
}
