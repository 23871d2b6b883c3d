// Actual emissions per epoch against the schedule economy/ computes from the parameters in
// force and the activity each epoch paid for: generations × the epoch's generation reward,
// shares × SHARE_REWARD, and hosting inflation of the supply the settlement started from.
import { rewardPerGeneration } from "../../../../economy/emission.ts";
import { epochInflation } from "../../../../economy/hosting.ts";
import type { Parameters } from "../../../../economy/parameters.ts";
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { ratio, toBigInt } from "../../../lib/amount.ts";
import { DAY } from "../../../lib/time-range.ts";
import {
  changedWithin,
  type EmissionParams,
  type ParamChange,
  paramsAt,
} from "./emission-params.ts";

export const KINDS = ["GENERATION", "SHARE", "HOSTING"] as const;
export const SOURCES = ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "INFLATION"] as const;
export type Kind = (typeof KINDS)[number];
export type Source = (typeof SOURCES)[number];

export interface EpochRow {
  epoch: number;
  /** unix seconds: genesis + epoch days */
  start: number;
  actual: Record<Kind | Source, bigint> & { total: bigint };
  /** what the parameters in force would have paid for the epoch's activity; hosting 0 until settled */
  scheduled: Record<Kind, bigint> & { total: bigint };
  generations: bigint;
  shares: number;
  /** the generation reward of the epoch at the parameters in force when it began */
  rewardPerGeneration: bigint;
  hostingSettled: boolean;
  /** a parameter changed during the epoch: its generation and share schedule used the value at its start */
  paramsChanged: boolean;
}

/** economy/'s functions read only the emission keys of their Parameters. */
const asParameters = (p: EmissionParams) => p as unknown as Parameters;

export const epochStart = (genesis: number, epoch: number) => genesis + epoch * DAY;

/**
 * One row per epoch from the first with an emission or activity to the last, ascending;
 * epochs without any are zero rows. Null params at a time (not indexed yet) schedule nothing.
 */
export function epochRows(
  data: EmissionsQuery,
  history: ParamChange[],
  genesis: number,
): EpochRow[] {
  const emitted = new Map(data.emissionEpoches.map((e) => [Number(e.epoch), e]));
  const activity = new Map(data.emissionActivities.map((a) => [Number(a.epoch), a]));
  const ids = [...emitted.keys(), ...activity.keys()];
  if (ids.length === 0) return [];
  const first = Math.min(...ids);
  const last = Math.max(...ids);
  const rows: EpochRow[] = [];
  for (let epoch = first; epoch <= last; epoch++) {
    const e = emitted.get(epoch);
    const a = activity.get(epoch);
    const start = epochStart(genesis, epoch);
    const big = (v: string | undefined | null) => toBigInt(v ?? "0");
    const actual = {
      GENERATION: big(e?.generation),
      SHARE: big(e?.share),
      HOSTING: big(e?.hosting),
      COMPANY_RESERVE: big(e?.fromCompanyReserve),
      COMMUNITY_TREASURY: big(e?.fromCommunityTreasury),
      INFLATION: big(e?.fromInflation),
      total: big(e?.total),
    };
    const p = paramsAt(history, start);
    const generations = big(a?.generations);
    const shares = a?.shares ?? 0;
    const reward = p ? rewardPerGeneration(asParameters(p), BigInt(epoch)) : 0n;
    const settledAt = a?.hostingSettledAt ? Number(a.hostingSettledAt) : null;
    const hostingParams = settledAt !== null ? paramsAt(history, settledAt) : null;
    const hosting =
      hostingParams && a?.hostingSupply
        ? epochInflation(asParameters(hostingParams), toBigInt(a.hostingSupply))
        : 0n;
    const scheduled = {
      GENERATION: generations * reward,
      SHARE: p ? BigInt(shares) * p.SHARE_REWARD : 0n,
      HOSTING: hosting,
      total: 0n,
    };
    scheduled.total = scheduled.GENERATION + scheduled.SHARE + scheduled.HOSTING;
    rows.push({
      epoch,
      start,
      actual,
      scheduled,
      generations,
      shares,
      rewardPerGeneration: reward,
      hostingSettled: settledAt !== null,
      paramsChanged: changedWithin(history, start, start + DAY),
    });
  }
  return rows;
}

export interface CumulativeRow {
  /** end of the epoch (unix seconds), or the head for the epoch in progress */
  t: number;
  epoch: number;
  actual: Record<Kind | Source, bigint> & { total: bigint };
  scheduled: bigint;
}

/**
 * Running totals through the end of each epoch. `before` is what epochs older than the
 * first row emitted (0 unless the history is longer than one page of epochs): it starts
 * both lines, so actual and schedule compare over the rows shown.
 */
export function cumulativeRows(rows: EpochRow[], head: number, before: bigint): CumulativeRow[] {
  const running = {
    GENERATION: 0n,
    SHARE: 0n,
    HOSTING: 0n,
    COMPANY_RESERVE: 0n,
    COMMUNITY_TREASURY: 0n,
    INFLATION: 0n,
    total: before,
  };
  let scheduled = before;
  return rows.map((r) => {
    for (const k of [...KINDS, ...SOURCES]) running[k] += r.actual[k];
    running.total += r.actual.total;
    scheduled += r.scheduled.total;
    return { t: Math.min(r.start + DAY, head), epoch: r.epoch, actual: { ...running }, scheduled };
  });
}

/** Emitted ÷ scheduled over the same epochs (0..1 and beyond); null with nothing scheduled. */
export function scheduleShare(rows: EpochRow[]): number | null {
  const scheduled = rows.reduce((a, r) => a + r.scheduled.total, 0n);
  const actual = rows.reduce((a, r) => a + r.actual.total, 0n);
  if (scheduled === 0n) return null;
  return ratio(actual, scheduled);
}
