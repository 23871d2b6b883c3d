import {
  Emission as EmissionEvent,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
} from "../../generated/EmissionSchedule/EmissionSchedule";
import { Emission } from "../../generated/schema";
import { emissionKind, emissionSource } from "../common/codes";
import { CREATORS, HOSTS, SHARERS } from "../common/constants";
import { addFlowEdge } from "../common/edges";
import { getEmissionTotals } from "../common/emission-activity";
import { carryIntoLaterEpochs, getEmissionEpoch } from "../common/emission-curve";
import { recordPayerIncome } from "../common/payer-days";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import { eventId } from "../common/time";
import { tokenAddress } from "../common/token";

function recipientsNode(kind: string): string {
  if (kind == "GENERATION") return CREATORS;
  if (kind == "SHARE") return SHARERS;
  return HOSTS;
}

export function handleEmission(event: EmissionEvent): void {
  const p = event.params;
  const kind = emissionKind(p.kind);
  const source = emissionSource(p.source);
  const totals = getEmissionTotals();
  // the epoch's running cumulative is read before the totals take in this emission
  const epoch = getEmissionEpoch(p.epoch, totals);
  carryIntoLaterEpochs(p.epoch, p.amount, totals);
  totals.cumulative = totals.cumulative.plus(p.amount);
  if (kind == "GENERATION") totals.generation = totals.generation.plus(p.amount);
  else if (kind == "SHARE") totals.share = totals.share.plus(p.amount);
  else totals.hosting = totals.hosting.plus(p.amount);
  totals.save();

  const emission = new Emission(eventId(event));
  emission.recipient = p.recipient;
  emission.kind = kind;
  emission.source = source;
  emission.amount = p.amount;
  emission.epoch = p.epoch;
  emission.cumulative = totals.cumulative;
  emission.timestamp = event.block.timestamp;
  emission.blockNumber = event.block.number;
  emission.txHash = event.transaction.hash;
  emission.save();
  if (kind == "GENERATION") recordPayerIncome(p.recipient, p.amount, event.block.timestamp, false);

  epoch.total = epoch.total.plus(p.amount);
  if (kind == "GENERATION") epoch.generation = epoch.generation.plus(p.amount);
  else if (kind == "SHARE") epoch.share = epoch.share.plus(p.amount);
  else epoch.hosting = epoch.hosting.plus(p.amount);
  if (source == "COMPANY_RESERVE")
    epoch.fromCompanyReserve = epoch.fromCompanyReserve.plus(p.amount);
  else if (source == "COMMUNITY_TREASURY")
    epoch.fromCommunityTreasury = epoch.fromCommunityTreasury.plus(p.amount);
  else epoch.fromInflation = epoch.fromInflation.plus(p.amount);
  epoch.cumulative = epoch.cumulative.plus(p.amount);
  epoch.count += 1;
  epoch.save();

  addFlowEdge(source, recipientsNode(kind), tokenAddress(), p.amount, event.block.timestamp);
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
