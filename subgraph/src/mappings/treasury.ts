import { Inflow, Outflow } from "../../generated/CompanyReserve/Treasury";
import { recordTreasuryFlow } from "../common/treasury-flows";

export function handleInflow(event: Inflow): void {
  const p = event.params;
  recordTreasuryFlow(event, p.asset, p.from, p.amount, p.flow, true);
}

export function handleOutflow(event: Outflow): void {
  const p = event.params;
  recordTreasuryFlow(event, p.asset, p.to, p.amount, p.flow, false);
}
