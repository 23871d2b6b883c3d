import { Bytes } from "@graphprotocol/graph-ts";
import {
  GovernanceActivated,
  ParameterChanged,
} from "../../generated/EconomyParameters/EconomyParameters";
import { Parameter, ParameterChange, PendingParameterChanges } from "../../generated/schema";
import { noteGenesis } from "../common/emission-activity";
import { eventId } from "../common/time";
import { getGovernance } from "../common/token";

/** Parameter keys are ASCII names left-aligned in bytes32. */
export function keyName(key: Bytes): string {
  return key.toString().replaceAll("\u0000", "");
}

export function handleParameterChanged(event: ParameterChanged): void {
  const p = event.params;
  noteGenesis(event.block.timestamp);
  const key = keyName(p.key);
  let parameter = Parameter.load(key);
  if (parameter == null) {
    parameter = new Parameter(key);
    parameter.changeCount = 0;
  }
  parameter.value = p.newValue;
  parameter.updatedAt = event.block.timestamp;
  parameter.changeCount += 1;
  parameter.save();

  const change = new ParameterChange(eventId(event));
  change.parameter = key;
  change.oldValue = p.oldValue;
  change.newValue = p.newValue;
  change.changedBy = p.by;
  change.timestamp = event.block.timestamp;
  change.blockNumber = event.block.number;
  change.txHash = event.transaction.hash;
  change.save();

  // Under governance a change comes from a proposal whose ProposalExecuted event follows
  // later in this transaction; remember the change so that handler can link it.
  if (!getGovernance().active) return;
  let pending = PendingParameterChanges.load(event.transaction.hash);
  if (pending == null) {
    pending = new PendingParameterChanges(event.transaction.hash);
    pending.changeIds = [];
  }
  const ids = pending.changeIds;
  ids.push(change.id);
  pending.changeIds = ids;
  pending.save();
}

export function handleGovernanceActivated(event: GovernanceActivated): void {
  const governance = getGovernance();
  governance.active = true;
  governance.activationDistributedSupply = event.params.distributedSupply;
  governance.activatedAt = event.block.timestamp;
  governance.save();
}
