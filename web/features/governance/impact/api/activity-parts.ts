// Parts of the measured activity that need more than a sum: stakers apart from the hosting
// nodes' own positions, and the hosting reports of the window.
import {
  DAY,
  defaultParameters,
  PARAMETER_KEYS,
  type Parameters,
} from "../../../../../economy/parameters.ts";
import { toBigInt } from "../../../../lib/amount.ts";
import type { ImpactInputs } from "./impact-query.ts";

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/** The indexed parameters; those not indexed yet take their defaults (and are named). */
export function parametersOf(rows: ImpactInputs["parameters"]): {
  params: Parameters;
  missing: string[];
} {
  const params = defaultParameters();
  const seen = new Map(rows.map((r) => [r.key, toBigInt(r.value)]));
  const missing = PARAMETER_KEYS.filter((k) => !seen.has(k));
  for (const k of PARAMETER_KEYS) params[k] = seen.get(k) ?? params[k];
  return { params, missing };
}

/** Stakers as the vault counts them, less the hosting nodes' own positions. */
export function stakersOf(answer: ImpactInputs, params: Parameters) {
  const hosts = answer.hostingNodes.filter((n) => !n.position.closed);
  const hostStake = sum(hosts.map((n) => toBigInt(n.position.amount)));
  const hostLock = sum(
    hosts.map((n) => toBigInt(n.position.amount) * (toBigInt(n.position.lockDuration) / DAY)),
  );
  const totals = answer.stakingTotals;
  const stakers = BigInt(Math.max(0, (totals?.openPositions ?? 0) - hosts.length));
  const stake = totals ? toBigInt(totals.staked) - hostStake : 0n;
  const lockAmount = sum(answer.stakeLocks.map((l) => toBigInt(l.amount) * BigInt(l.lockDays)));
  const lockDays = stake > 0n ? (lockAmount - hostLock) / stake : 0n;
  const lock = lockDays * DAY;
  return {
    stakers: stake > 0n ? stakers : 0n,
    stakePerStaker: stakers > 0n && stake > 0n ? stake / stakers : 0n,
    lockDuration: lock > params.MAX_LOCK_DURATION ? params.MAX_LOCK_DURATION : lock,
    hosts: hosts.length,
    stakePerNode: hosts.length > 0 ? hostStake / BigInt(hosts.length) : null,
  };
}

/** Nodes of the latest epoch reported in the window; mean hosted and hot units per report. */
export function hostingOf(
  answer: ImpactInputs,
  inWindow: (day: number) => boolean,
  epochDay: (epoch: string) => number,
) {
  const reports = answer.hostingReports.filter((r) => inWindow(epochDay(r.epoch)));
  if (reports.length === 0) return { nodes: 0, hosted: 0n, hot: 0n, reports: 0, epoch: null };
  // biome-ignore lint/complexity/useMathMinMax: Math.max does not take bigint
  const latest = reports.reduce((m, r) => (toBigInt(r.epoch) > m ? toBigInt(r.epoch) : m), -1n);
  const nodes = new Set(reports.filter((r) => toBigInt(r.epoch) === latest).map((r) => r.node.key));
  const n = BigInt(reports.length);
  return {
    nodes: nodes.size,
    hosted: sum(reports.map((r) => toBigInt(r.hostedUnits))) / n,
    hot: sum(reports.map((r) => toBigInt(r.hotUnits))) / n,
    reports: reports.length,
    epoch: latest.toString(),
  };
}
