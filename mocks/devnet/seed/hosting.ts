// Hosts stake, register with their region, are paid each epoch's inflation by hosted and
// hot units, and now and then fail an availability sample and get slashed.
import { recordSample, registerNode, settleHostingEpoch } from "../../../economy/model/hosting.ts";
import { stake } from "../../../economy/model/staking.ts";
import { epochAt } from "../../../economy/model/state.ts";
import { DAY, TOKEN } from "../../../economy/parameters.ts";
import type { Datum } from "./demand.ts";
import { act, type Sim } from "./sim.ts";

export function stakeHosts(sim: Sim): void {
  for (const h of sim.pop.hosts) {
    const amount = sim.model.params.MIN_NODE_STAKE + BigInt(sim.rng.range(0, 2_000)) * TOKEN;
    const lock = BigInt(sim.rng.pick([180, 270, 365])) * DAY;
    act(sim, "stake", h.address, "StakingVault", "stake", [amount, lock], () => {
      h.positionId = stake(sim.model, h.address, amount, lock, sim.now).id;
    });
  }
}

export function registerHosts(sim: Sim): void {
  for (const h of sim.pop.hosts) {
    if (h.positionId === undefined) continue;
    const id = h.positionId;
    act(sim, "registerNode", h.address, "HostingRewards", "registerNode", [id, h.region], () =>
      registerNode(sim.model, h.address, id, h.region),
    );
  }
}

/** Settles the oldest unsettled finished epoch; returns the next epoch to settle. */
export function settleHosting(sim: Sim, data: Datum[], epoch: bigint): bigint {
  if (epoch >= epochAt(sim.model, sim.now)) return epoch;
  const hosts = sim.pop.hosts.filter((h) => sim.model.nodes.has(h.address));
  const reports = hosts.map((h) => ({
    node: h.address,
    hostedUnits: h.data.reduce((a, i) => a + data[i]!.size, 0n),
    // hot units: size weighted by the share of the epoch's windows the datum was saturated
    hotUnits: h.data.reduce((a, i) => a + (data[i]!.size * BigInt(data[i]!.hotWindows)) / 96n, 0n),
  }));
  for (const d of data) d.hotWindows = 0;
  if (reports.length === 0) return epoch + 1n;
  const args = [
    epoch,
    reports.map((r) => r.node),
    reports.map((r) => r.hostedUnits),
    reports.map((r) => r.hotUnits),
  ];
  act(sim, "settleEpoch", sim.pop.service, "HostingRewards", "settleEpoch", args, () =>
    settleHostingEpoch(sim.model, epoch, reports, sim.now),
  );
  return epoch + 1n;
}

/** One sample per window; a small share fail (and `forceFail` makes sure one does early on). */
export function sampleAvailability(sim: Sim, data: Datum[], forceFail: boolean): void {
  const hosts = sim.pop.hosts.filter((h) => sim.model.nodes.has(h.address));
  if (hosts.length === 0) return;
  const h = sim.rng.pick(hosts);
  const datum = data[sim.rng.pick(h.data)]!;
  const passed = !forceFail && !sim.rng.chance(0.012);
  const args = [h.address, datum.id, passed];
  act(
    sim,
    passed ? "samplePassed" : "sampleFailed",
    sim.pop.service,
    "HostingRewards",
    "recordSample",
    args,
    () => recordSample(sim.model, h.address, passed),
  );
}
