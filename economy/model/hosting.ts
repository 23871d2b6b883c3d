// Mirrors HostingRewards: node registration, epoch settlement from inflation, sampling.
import { epochInflation, hostingPayouts, hostingWeight } from "../hosting.ts";
import { ensure, mint } from "./ledger.ts";
import { slashPosition } from "./staking.ts";
import { type EconomyState, epochAt } from "./state.ts";

export function registerNode(s: EconomyState, node: string, positionId: number, region: number) {
  ensure(!s.nodes.has(node), "NodeAlreadyRegistered");
  const p = s.vault.positions[positionId];
  ensure(p !== undefined && p.owner === node && !p.closed, "NotPositionOwner");
  ensure(p.amount >= s.params.MIN_NODE_STAKE, "StakeTooSmall");
  s.nodes.set(node, { positionId, region });
}

export interface HostingReport {
  node: string;
  hostedUnits: bigint;
  hotUnits: bigint;
}

export function settleHostingEpoch(
  s: EconomyState,
  epoch: bigint,
  reports: HostingReport[],
  now: bigint,
) {
  ensure(epoch < epochAt(s, now), "EpochNotOver");
  ensure(!s.settledEpochs.has(epoch), "EpochAlreadySettled");
  const seen = new Set<string>();
  const weights = reports.map((r) => {
    const node = s.nodes.get(r.node);
    ensure(node !== undefined, "UnknownNode", r.node);
    ensure(!seen.has(r.node), "HostReportedTwice", r.node);
    seen.add(r.node);
    return hostingWeight(s.params, node.region, r.hostedUnits, r.hotUnits);
  });
  ensure(
    weights.some((w) => w > 0n),
    "NothingHosted",
  );
  const inflation = epochInflation(s.params, s.ledger.totalSupply);
  const amounts = hostingPayouts(inflation, weights);
  s.settledEpochs.add(epoch);
  reports.forEach((r, i) => {
    if (amounts[i]! > 0n) mint(s.ledger, r.node, amounts[i]!);
  });
  return { inflation, weights, amounts };
}

/** A failed sample slashes the node's position; a passed one changes nothing. */
export function recordSample(s: EconomyState, node: string, passed: boolean) {
  const n = s.nodes.get(node);
  ensure(n !== undefined, "UnknownNode", node);
  if (passed) return undefined;
  return slashPosition(s, n.positionId);
}
