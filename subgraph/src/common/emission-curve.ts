import { BigInt } from "@graphprotocol/graph-ts";
import { EmissionEpoch, EmissionTotals } from "../../generated/schema";
import { ZERO } from "./constants";

/** Cumulative emissions of the nearest epoch below `epoch` that has any (0 when none). */
function cumulativeBefore(epoch: BigInt): BigInt {
  for (let k = epoch.toI64() - 1; k >= 0; k--) {
    const earlier = EmissionEpoch.load(k.toString());
    if (earlier != null) return earlier.cumulative;
  }
  return ZERO;
}

export function getEmissionEpoch(epoch: BigInt, totals: EmissionTotals): EmissionEpoch {
  const id = epoch.toString();
  let e = EmissionEpoch.load(id);
  if (e != null) return e;
  e = new EmissionEpoch(id);
  e.epoch = epoch;
  e.total = ZERO;
  e.generation = ZERO;
  e.share = ZERO;
  e.hosting = ZERO;
  e.fromCompanyReserve = ZERO;
  e.fromCommunityTreasury = ZERO;
  e.fromInflation = ZERO;
  e.count = 0;
  // Past the latest epoch every emission so far is earlier: no need to search.
  e.cumulative = epoch.gt(totals.latestEpoch) ? totals.cumulative : cumulativeBefore(epoch);
  return e;
}

/**
 * Hosting rewards are paid for an epoch already over, after later epochs have emitted:
 * their amount also belongs to the cumulative of every later epoch. Call before `totals`
 * takes in the amount.
 */
export function carryIntoLaterEpochs(epoch: BigInt, amount: BigInt, totals: EmissionTotals): void {
  if (!epoch.lt(totals.latestEpoch)) {
    totals.latestEpoch = epoch;
    return;
  }
  for (let k = epoch.toI64() + 1; k <= totals.latestEpoch.toI64(); k++) {
    const later = EmissionEpoch.load(k.toString());
    if (later == null) continue;
    later.cumulative = later.cumulative.plus(amount);
    later.save();
  }
}
