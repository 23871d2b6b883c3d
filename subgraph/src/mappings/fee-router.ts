import { BigInt } from "@graphprotocol/graph-ts";
import {
  BaseFeeUpdated,
  FeeCollected,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
} from "../../generated/FeeRouter/FeeRouter";
import { BaseFeeUpdate, FeeCollection, FeeDay } from "../../generated/schema";
import { feeKind } from "../common/codes";
import { FEE_PAYERS, LIQUIDITY_PROVIDER, SECONDS_PER_DAY, ZERO } from "../common/constants";
import { ratio } from "../common/decimals";
import { addFlowEdge } from "../common/edges";
import { getEmissionActivity } from "../common/emission-activity";
import { recordPayerGeneration } from "../common/payer-days";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import { dayIdOf, eventId } from "../common/time";
import { getAccount, tokenAddress } from "../common/token";

function getFeeDay(kind: string, timestamp: BigInt): FeeDay {
  const dayId = dayIdOf(timestamp);
  const id = kind + "-" + dayId.toString();
  let day = FeeDay.load(id);
  if (day == null) {
    day = new FeeDay(id);
    day.kind = kind;
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.count = 0;
    day.quantity = ZERO;
    day.amount = ZERO;
    day.companyPart = ZERO;
    day.communityPart = ZERO;
    day.stakerPart = ZERO;
    day.stablePart = ZERO;
  }
  return day;
}

export function handleFeeCollected(event: FeeCollected): void {
  const p = event.params;
  const kind = feeKind(p.kind);
  const fee = new FeeCollection(eventId(event));
  fee.kind = kind;
  fee.payer = p.payer;
  fee.quantity = p.quantity;
  fee.amount = p.amount;
  fee.companyPart = p.companyPart;
  fee.communityPart = p.communityPart;
  fee.stakerPart = p.stakerPart;
  fee.stablePart = p.stablePart;
  fee.epoch = p.epoch;
  fee.timestamp = event.block.timestamp;
  fee.dayId = dayIdOf(event.block.timestamp);
  fee.blockNumber = event.block.number;
  fee.txHash = event.transaction.hash;
  fee.save();

  const day = getFeeDay(kind, event.block.timestamp);
  day.count += 1;
  day.quantity = day.quantity.plus(p.quantity);
  day.amount = day.amount.plus(p.amount);
  day.companyPart = day.companyPart.plus(p.companyPart);
  day.communityPart = day.communityPart.plus(p.communityPart);
  day.stakerPart = day.stakerPart.plus(p.stakerPart);
  day.stablePart = day.stablePart.plus(p.stablePart);
  day.save();

  if (kind == "GENERATION") {
    const activity = getEmissionActivity(p.epoch);
    activity.generations = activity.generations.plus(p.quantity);
    activity.save();
    const ts = event.block.timestamp;
    recordPayerGeneration(getAccount(p.payer, ts), p.quantity, p.amount, ts);
  }

  // The diversified part leaves as tokens sold to the market maker; the stablecoin it
  // buys enters the stable reserve as a DIVERSIFICATION inflow.
  addFlowEdge(FEE_PAYERS, LIQUIDITY_PROVIDER, tokenAddress(), p.stablePart, event.block.timestamp);
}

export function handleBaseFeeUpdated(event: BaseFeeUpdated): void {
  const p = event.params;
  const update = new BaseFeeUpdate(p.epoch.toString());
  update.epoch = p.epoch;
  update.oldFee = p.oldFee;
  update.newFee = p.newFee;
  update.used = p.used;
  update.target = p.target;
  update.utilisation = ratio(p.used, p.target);
  update.timestamp = event.block.timestamp;
  update.txHash = event.transaction.hash;
  update.save();
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
