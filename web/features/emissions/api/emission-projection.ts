// The emission ahead, with today's parameters and today's activity: economy/'s schedule run
// forward from the head. Every assumption is returned with the result, to be written beside it.
import { emissionCurve, payFromReserves } from "../../../../economy/emission.ts";
import { epochInflation } from "../../../../economy/hosting.ts";
import type { Parameters } from "../../../../economy/parameters.ts";
import { DAY } from "../../../lib/time-range.ts";
import type { EmissionParams } from "./emission-params.ts";
import type { EpochRow } from "./emission-schedule.ts";

export const HORIZONS = { "90d": 90, "1y": 365, "5y": 5 * 365 } as const;
export type Horizon = keyof typeof HORIZONS;
export const HORIZON_LABELS: Record<Horizon, string> = {
  "90d": "90 days",
  "1y": "1 year",
  "5y": "5 years",
};

/** Complete epochs the activity level is measured over. */
export const TRAILING_EPOCHS = 7;

export interface ActivityLevel {
  /** the complete epochs measured, oldest first */
  epochs: number[];
  generations: bigint;
  shares: bigint;
}

/** Generations and shares over the last TRAILING_EPOCHS complete epochs (before `current`). */
export function trailingActivity(
  rows: EpochRow[],
  current: number,
  window = TRAILING_EPOCHS,
): ActivityLevel {
  const measured = rows.filter((r) => r.epoch < current && r.epoch >= current - window);
  return {
    epochs: measured.map((r) => r.epoch),
    generations: measured.reduce((a, r) => a + r.generations, 0n),
    shares: measured.reduce((a, r) => a + BigInt(r.shares), 0n),
  };
}

export interface ProjectionStart {
  /** the epoch in progress at the head */
  epoch: number;
  genesis: number;
  /** emitted so far */
  cumulative: bigint;
  totalSupply: bigint;
  companyReserve: bigint;
  communityTreasury: bigint;
  /** epochs up to `epoch` whose hosting is not settled yet: paid during the projection */
  unsettledHosting: number;
}

export interface ProjectionRow {
  epoch: number;
  /** end of the epoch, unix seconds */
  t: number;
  generation: bigint;
  share: bigint;
  hosting: bigint;
  /** running total, from what was emitted so far */
  cumulative: bigint;
  totalSupply: bigint;
}

export interface Projection {
  rows: ProjectionRow[];
  /** first projected epoch in which the reserves could not pay the generation and share rewards in full */
  reservesShortAt: number | null;
}

/**
 * Epochs epoch+1 … epoch+days at the activity level (a mean over its epochs, kept as a
 * fraction so no rounding piles up) and today's parameters. Generation and share rewards
 * come out of the reserves, which get no new inflow (fees would add some); hosting is minted
 * at the inflation rate of a supply that grows by it (burns are left out).
 */
export function project(
  p: EmissionParams,
  level: ActivityLevel,
  start: ProjectionStart,
  days: number,
): Projection {
  const params = p as unknown as Parameters;
  const n = BigInt(Math.max(level.epochs.length, 1));
  const curve = emissionCurve(params, start.epoch + days + 1);
  let supply = start.totalSupply;
  let company = start.companyReserve;
  let community = start.communityTreasury;
  let cumulative = start.cumulative;
  let reservesShortAt: number | null = null;
  // The first projected epoch settles the epoch in progress; any older unsettled one comes too.
  let pendingHosting = Math.max(0, start.unsettledHosting - 1);
  const rows: ProjectionRow[] = [];
  for (let k = 1; k <= days; k++) {
    const epoch = start.epoch + k;
    const wantedGeneration = (level.generations * (curve[epoch] ?? 0n)) / n;
    const wantedShare = (level.shares * p.SHARE_REWARD) / n;
    const wanted = wantedGeneration + wantedShare;
    const paid = payFromReserves(wanted, company, community);
    company -= paid.fromCompany;
    community -= paid.fromCommunity;
    const got = paid.fromCompany + paid.fromCommunity;
    if (got < wanted && reservesShortAt === null) reservesShortAt = epoch;
    // The part paid goes to generation first, as each settlement pays before the next.
    const generation = got < wantedGeneration ? got : wantedGeneration;
    const share = got - generation;
    // Each epoch settles the hosting of the one before.
    let hosting = epochInflation(params, supply);
    if (pendingHosting > 0) {
      hosting += epochInflation(params, supply) * BigInt(pendingHosting);
      pendingHosting = 0;
    }
    supply += hosting;
    cumulative += generation + share + hosting;
    rows.push({
      epoch,
      t: start.genesis + (epoch + 1) * DAY,
      generation,
      share,
      hosting,
      cumulative,
      totalSupply: supply,
    });
  }
  return { rows, reservesShortAt };
}
