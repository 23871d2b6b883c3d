// Delegates' derived figures: participation and the change in power over 7 days, from the
// subgraph's counts and power days. Amounts stay bigint; a ratio is a number for display.
import { ratio, toBigInt } from "../../../lib/amount.ts";

export const PARTICIPATION_FORMULA =
  "Participation = votes cast ÷ proposals whose voting opened since the delegate first held voting power (its snapshot at or after that time, canceled-before-voting ones left out). Capped at 100 %.";

export interface ProposalWindow {
  voteStart: string;
  state: string;
  canceledAt?: string | null;
}

export interface Participation {
  votes: number;
  /** proposals the delegate could have voted on */
  eligible: number;
  /** votes ÷ eligible, null when there was nothing to vote on */
  fraction: number | null;
}

export function participation(
  delegate: { voteCount: number; firstVotingPowerAt?: string | null },
  proposals: ProposalWindow[],
  now: number,
): Participation {
  const since = delegate.firstVotingPowerAt == null ? null : Number(delegate.firstVotingPowerAt);
  const eligible =
    since === null
      ? 0
      : proposals.filter((p) => {
          const start = Number(p.voteStart);
          const canceledEarly = p.canceledAt != null && Number(p.canceledAt) <= start;
          return start >= since && start < now && !canceledEarly;
        }).length;
  const votes = Math.min(delegate.voteCount, eligible);
  return { votes, eligible, fraction: eligible === 0 ? null : votes / eligible };
}

export interface PowerChange {
  now: bigint;
  before: bigint;
  delta: bigint;
  /** delta ÷ before; Infinity when the delegate had none before */
  fraction: number;
}

/** Power now against power at the start of `fromDay`, from the days' deltas since. */
export function powerChange(
  votingPower: string,
  days: { dayId: number; delta: string }[],
  fromDay: number,
): PowerChange {
  const now = toBigInt(votingPower);
  let delta = 0n;
  for (const d of days) if (d.dayId >= fromDay) delta += toBigInt(d.delta);
  const before = now - delta;
  return {
    now,
    before,
    delta,
    fraction: before === 0n ? (delta === 0n ? 0 : Number.POSITIVE_INFINITY) : ratio(delta, before),
  };
}

export interface PowerPoint {
  /** start of the UTC day */
  t: number;
  power: bigint;
}

/**
 * Power at the end of each day from the day before the first change (the power it started
 * from) to `toDay`, carried over quiet days.
 */
export function powerByDay(
  days: { dayId: number; votingPower: string; delta: string }[],
  toDay: number,
): PowerPoint[] {
  const sorted = [...days].sort((a, b) => a.dayId - b.dayId);
  const first = sorted[0];
  if (!first) return [];
  const byDay = new Map(sorted.map((d) => [d.dayId, toBigInt(d.votingPower)]));
  const points: PowerPoint[] = [];
  let power = toBigInt(first.votingPower) - toBigInt(first.delta);
  points.push({ t: (first.dayId - 1) * 86_400, power });
  for (let day = first.dayId; day <= Math.max(toDay, sorted.at(-1)!.dayId); day++) {
    power = byDay.get(day) ?? power;
    points.push({ t: day * 86_400, power });
  }
  return points;
}

/** Whole-address search: a full 0x address, lowercased, or null. */
export function fullAddress(text: string): string | null {
  const t = text.trim().toLowerCase();
  return /^0x[0-9a-f]{40}$/.test(t) ? t : null;
}
