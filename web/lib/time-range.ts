// Ranges and buckets. Ranges end at the indexed head's time, not the wall clock, so a
// shared link shows the same window of chain history wherever the chain's clock stands.
// Days and hours are UTC buckets, as the subgraph's dayId and hourId.

export const RANGE_KEYS = ["24h", "7d", "30d", "all", "custom"] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];
export const GRANULARITIES = ["hour", "day"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const DAY = 86_400;
export const HOUR = 3_600;

const RANGE_SECONDS: Record<Exclude<RangeKey, "all" | "custom">, number> = {
  "24h": DAY,
  "7d": 7 * DAY,
  "30d": 30 * DAY,
};

export const RANGE_LABELS: Record<RangeKey, string> = {
  "24h": "24 h",
  "7d": "7 d",
  "30d": "30 d",
  all: "all",
  custom: "custom",
};

/** A half-open window of unix seconds [from, to). */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface RangeSpec {
  key: RangeKey;
  /** custom bounds as UTC dates `YYYY-MM-DD`, inclusive */
  fromDate?: string;
  toDate?: string;
}

export function dateToUnix(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms / 1000;
}

export function unixToDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Resolves a range against the head time; `start` is the first indexed time (for "all"). */
export function resolveRange(spec: RangeSpec, head: number, start: number): TimeWindow {
  const to = head + 1;
  if (spec.key === "all") return { from: Math.min(start, head), to };
  if (spec.key === "custom") {
    const from = dateToUnix(spec.fromDate ?? "");
    const end = dateToUnix(spec.toDate ?? "");
    if (from !== null && end !== null && end >= from) return { from, to: end + DAY };
    return { from: head - RANGE_SECONDS["30d"], to };
  }
  return { from: to - RANGE_SECONDS[spec.key], to };
}

export const dayId = (seconds: number) => Math.floor(seconds / DAY);
export const hourId = (seconds: number) => Math.floor(seconds / HOUR);
export const bucketSeconds = (g: Granularity) => (g === "hour" ? HOUR : DAY);
export const bucketId = (seconds: number, g: Granularity) => Math.floor(seconds / bucketSeconds(g));

/** Every bucket id that overlaps the window, in order (so empty buckets still get a bar). */
export function bucketIds(window: TimeWindow, g: Granularity): number[] {
  const first = bucketId(window.from, g);
  const last = bucketId(window.to - 1, g);
  const ids: number[] = [];
  for (let id = first; id <= last; id++) ids.push(id);
  return ids;
}

/**
 * Hourly buckets cover at most 7 days: a week of hours by source stays within one
 * graph-node page (`first` ≤ 1000); longer ranges are drawn by day.
 */
export const MAX_HOURLY_SPAN = 7 * DAY;

export function effectiveGranularity(window: TimeWindow, wanted: Granularity): Granularity {
  return wanted === "hour" && window.to - window.from > MAX_HOURLY_SPAN ? "day" : wanted;
}

/** The window widened to whole buckets, so bucket sums and balances reconcile exactly. */
export function alignWindow(window: TimeWindow, g: Granularity): TimeWindow {
  const size = bucketSeconds(g);
  return { from: Math.floor(window.from / size) * size, to: Math.ceil(window.to / size) * size };
}

export function describeWindow(window: TimeWindow): string {
  const last = window.to - 1;
  return `${formatUtc(window.from)} – ${formatUtc(last)} UTC`;
}

function formatUtc(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 16).replace("T", " ");
}
