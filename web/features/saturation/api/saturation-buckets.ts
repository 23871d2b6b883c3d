// Which columns the heatmap draws for a range, and the exact figures of a datum over some
// windows. Saturation per window is the oracle's: demand × 10000 ÷ capacity in basis points,
// floored, a window without capacity dividing by one; "above capacity" is demand > capacity.
import { toBigInt } from "../../../lib/amount.ts";
import { DAY, dayId, type TimeWindow } from "../../../lib/time-range.ts";

export const WINDOW_SECONDS = 900;
export const BPS = 10_000n;
/** A week of 15-minute windows, plus the partial window a range may start in. */
export const MAX_WINDOW_COLUMNS = 7 * 96 + 1;

export type Bucketing = "window" | "day";

/** The heatmap's columns: window numbers or UTC day ids `first … first + count − 1`. */
export interface BucketRange {
  bucketing: Bucketing;
  first: number;
  count: number;
  /** length of a column in seconds */
  seconds: number;
}

export function bucketRange(window: TimeWindow): BucketRange {
  const fromWindow = Math.floor(window.from / WINDOW_SECONDS);
  const toWindow = Math.ceil(window.to / WINDOW_SECONDS);
  if (toWindow - fromWindow <= MAX_WINDOW_COLUMNS) {
    return {
      bucketing: "window",
      first: fromWindow,
      count: toWindow - fromWindow,
      seconds: WINDOW_SECONDS,
    };
  }
  const first = dayId(window.from);
  return { bucketing: "day", first, count: dayId(window.to - 1) - first + 1, seconds: DAY };
}

/** The heatmap query's variables for a bucket range. */
export function heatmapVariables(range: BucketRange) {
  const byDay = range.bucketing === "day";
  return {
    byDay,
    fromWindow: String(byDay ? 0 : range.first),
    toWindow: String(byDay ? 0 : range.first + range.count),
    fromDay: byDay ? range.first : 0,
    toDay: byDay ? range.first + range.count - 1 : 0,
  };
}

export const bucketStart = (range: BucketRange, column: number) =>
  (range.first + column) * range.seconds;

export const effectiveCapacity = (capacity: bigint) => (capacity === 0n ? 1n : capacity);

/** The oracle's saturation in basis points. */
export const saturationBps = (demand: bigint, capacity: bigint) =>
  (demand * BPS) / effectiveCapacity(capacity);

/** A datum's figures over some windows: a heatmap cell of a day, a table row, a list row. */
export interface HeatSummary {
  samples: number;
  /** windows whose demand exceeded capacity */
  saturatedWindows: number;
  peakSaturationBps: bigint;
  peakSurgeBps: bigint;
  demand: bigint;
  /** capacity summed, a window without capacity counting 1 */
  capacity: bigint;
}

export const emptySummary = (): HeatSummary => ({
  samples: 0,
  saturatedWindows: 0,
  peakSaturationBps: 0n,
  peakSurgeBps: 0n,
  demand: 0n,
  capacity: 0n,
});

export function addWindow(s: HeatSummary, demand: bigint, capacity: bigint, surgeBps: bigint) {
  const cap = effectiveCapacity(capacity);
  const bps = (demand * BPS) / cap;
  s.samples += 1;
  if (demand > cap) s.saturatedWindows += 1;
  if (bps > s.peakSaturationBps) s.peakSaturationBps = bps;
  if (surgeBps > s.peakSurgeBps) s.peakSurgeBps = surgeBps;
  s.demand += demand;
  s.capacity += cap;
}

export function addSummary(into: HeatSummary, s: HeatSummary): HeatSummary {
  into.samples += s.samples;
  into.saturatedWindows += s.saturatedWindows;
  if (s.peakSaturationBps > into.peakSaturationBps) into.peakSaturationBps = s.peakSaturationBps;
  if (s.peakSurgeBps > into.peakSurgeBps) into.peakSurgeBps = s.peakSurgeBps;
  into.demand += s.demand;
  into.capacity += s.capacity;
  return into;
}

/** Σ demand ÷ Σ capacity in basis points: the saturation of the whole period. */
export const overallSaturationBps = (s: Pick<HeatSummary, "demand" | "capacity">) =>
  s.capacity === 0n ? 0n : (s.demand * BPS) / s.capacity;

/** Hottest first: highest peak, then most windows above capacity, then busiest overall. */
export function compareHeat(a: HeatSummary, b: HeatSummary): number {
  if (a.peakSaturationBps !== b.peakSaturationBps) {
    return a.peakSaturationBps > b.peakSaturationBps ? -1 : 1;
  }
  if (a.saturatedWindows !== b.saturatedWindows) return b.saturatedWindows - a.saturatedWindows;
  const x = overallSaturationBps(a);
  const y = overallSaturationBps(b);
  return x === y ? 0 : x > y ? -1 : 1;
}

/**
 * A datum's day summed from the wire's decimal strings as the grid reads them, 67k cells at
 * a time: small integers in doubles (every operation exact below 2^53, the division
 * corrected to a floor), anything longer in bigint. Equal to addWindow on every input.
 */
export class WindowSums {
  private samples = 0;
  private saturated = 0;
  private peakBps = 0;
  private peakSurge = 0;
  private demand = 0;
  private capacity = 0;
  private big: HeatSummary | null = null;

  /** Adds one window; returns its saturation as a float, for colour only. */
  add(demandText: string, capacityText: string, surgeText: string): number {
    if (demandText.length <= 11 && capacityText.length <= 11 && surgeText.length <= 15) {
      const d = Number(demandText);
      const c = Number(capacityText);
      const s = Number(surgeText);
      if (
        Number.isSafeInteger(d) &&
        Number.isSafeInteger(c) &&
        Number.isSafeInteger(s) &&
        d >= 0 &&
        c >= 0
      ) {
        const cap = c === 0 ? 1 : c;
        let bps = Math.floor((d * 10_000) / cap);
        if (bps * cap > d * 10_000) bps -= 1;
        this.samples += 1;
        if (d > cap) this.saturated += 1;
        if (bps > this.peakBps) this.peakBps = bps;
        if (s > this.peakSurge) this.peakSurge = s;
        this.demand += d;
        this.capacity += cap;
        return d / cap;
      }
    }
    const demand = toBigInt(demandText);
    const capacity = toBigInt(capacityText);
    this.big ??= emptySummary();
    addWindow(this.big, demand, capacity, toBigInt(surgeText));
    return Number(demand) / Number(effectiveCapacity(capacity));
  }

  summary(): HeatSummary {
    const s: HeatSummary = {
      samples: this.samples,
      saturatedWindows: this.saturated,
      peakSaturationBps: BigInt(this.peakBps),
      peakSurgeBps: BigInt(this.peakSurge),
      demand: BigInt(this.demand),
      capacity: BigInt(this.capacity),
    };
    return this.big ? addSummary(s, this.big) : s;
  }
}
