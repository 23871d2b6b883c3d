import { BigInt } from "@graphprotocol/graph-ts";
import { EmissionActivity, EmissionTotals } from "../../generated/schema";
import { EMISSION_TOTALS_ID, SECONDS_PER_DAY, ZERO } from "./constants";

// The activity each epoch's emissions paid for, so the browser can run economy/'s schedule
// over what happened (the subgraph records counts and supplies, never the schedule's maths).

export function getEmissionTotals(): EmissionTotals {
  let totals = EmissionTotals.load(EMISSION_TOTALS_ID);
  if (totals == null) {
    totals = new EmissionTotals(EMISSION_TOTALS_ID);
    totals.cumulative = ZERO;
    totals.generation = ZERO;
    totals.share = ZERO;
    totals.hosting = ZERO;
    totals.latestEpoch = ZERO;
  }
  return totals;
}

/** EconomyParameters' constructor sets genesis to its block's time and emits its first
 * ParameterChanged in that block: the first one seen dates epoch 0. */
export function noteGenesis(timestamp: BigInt): void {
  const totals = getEmissionTotals();
  if (totals.genesis !== null) return;
  totals.genesis = timestamp;
  totals.save();
}

/** EconomyParameters.currentEpoch at `timestamp`; null before genesis is known. */
export function epochAt(timestamp: BigInt): BigInt | null {
  const totals = EmissionTotals.load(EMISSION_TOTALS_ID);
  if (totals == null || totals.genesis === null) return null;
  const genesis = totals.genesis as BigInt;
  if (timestamp.lt(genesis)) return null;
  return timestamp.minus(genesis).div(BigInt.fromI64(SECONDS_PER_DAY));
}

export function getEmissionActivity(epoch: BigInt): EmissionActivity {
  const id = epoch.toString();
  let activity = EmissionActivity.load(id);
  if (activity == null) {
    activity = new EmissionActivity(id);
    activity.epoch = epoch;
    activity.generations = ZERO;
    activity.shares = 0;
    activity.hostingNodes = 0;
  }
  return activity;
}
