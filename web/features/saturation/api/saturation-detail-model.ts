// One datum's drill-down: saturation and surge per window (or per day past a week), paid
// downloads and their revenue per hour (or day), and the hosting nodes that availability
// sampling found serving it. Integers stay bigint; numbers only draw.
import type { SaturationDetailQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt, toChartNumber } from "../../../lib/amount.ts";
import { DAY, HOUR } from "../../../lib/time-range.ts";
import {
  BPS,
  type BucketRange,
  effectiveCapacity,
  overallSaturationBps,
  WINDOW_SECONDS,
} from "./saturation-buckets.ts";
import { ratioText, surgeText } from "./saturation-format.ts";

type Detail = NonNullable<SaturationDetailQuery["datum"]>;

export interface SaturationPoint {
  /** bucket start, unix seconds */
  t: number;
  /** null where the datum was not sampled: the line breaks */
  saturation: number | null;
  surge: number | null;
  /** exact lines for the tooltip and the table */
  exact: { label: string; value: string }[];
}

export interface Unit {
  symbol: string;
  decimals: number;
}

export function saturationPoints(d: Detail, range: BucketRange, unit: Unit): SaturationPoint[] {
  const points: SaturationPoint[] = [];
  if (range.bucketing === "window") {
    const byWindow = new Map((d.samples ?? []).map((s) => [Number(s.window), s]));
    for (let c = 0; c < range.count; c++) {
      const window = range.first + c;
      const s = byWindow.get(window);
      if (!s) {
        points.push({ t: window * WINDOW_SECONDS, saturation: null, surge: null, exact: [] });
        continue;
      }
      const demand = toBigInt(s.demand);
      const capacity = toBigInt(s.capacity);
      const bps = toBigInt(s.saturationBps);
      const surge = toBigInt(s.surgeBps);
      points.push({
        t: window * WINDOW_SECONDS,
        saturation: Number(bps) / Number(BPS),
        surge: Number(surge) / Number(BPS),
        exact: [
          { label: "Demand", value: demand.toLocaleString("en-US") },
          { label: "Capacity", value: capacity.toLocaleString("en-US") },
          {
            label: "Saturation",
            value: `${ratioText(bps)} = ${demand.toLocaleString("en-US")} ÷ ${effectiveCapacity(capacity).toLocaleString("en-US")}`,
          },
          { label: "Surge", value: surgeText(surge) },
          {
            label: "Price set",
            value:
              s.price == null
                ? "unknown"
                : `${formatExact(toBigInt(s.price), unit.decimals)} ${unit.symbol}`,
          },
        ],
      });
    }
    return points;
  }
  const byDay = new Map((d.days ?? []).map((s) => [s.dayId, s]));
  for (let c = 0; c < range.count; c++) {
    const id = range.first + c;
    const s = byDay.get(id);
    if (!s) {
      points.push({ t: id * DAY, saturation: null, surge: null, exact: [] });
      continue;
    }
    const peak = toBigInt(s.peakSaturationBps);
    const surge = toBigInt(s.peakSurgeBps);
    const overall = overallSaturationBps({
      demand: toBigInt(s.demand),
      capacity: toBigInt(s.capacity),
    });
    points.push({
      t: id * DAY,
      saturation: Number(peak) / Number(BPS),
      surge: Number(surge) / Number(BPS),
      exact: [
        { label: "Hottest window", value: ratioText(peak) },
        {
          label: "Σ demand ÷ Σ capacity",
          value: `${ratioText(overall)} = ${s.demand} ÷ ${s.capacity}`,
        },
        { label: "Above capacity", value: `${s.saturatedWindows} of ${s.samples} windows` },
        { label: "Highest surge", value: surgeText(surge) },
      ],
    });
  }
  return points;
}

export interface DownloadBucket {
  t: number;
  count: number;
  revenue: bigint;
}

/** Downloads per hour up to a week, per day beyond: every bucket of the range, empty too. */
export function downloadBuckets(
  d: Detail,
  range: BucketRange,
): { size: number; buckets: DownloadBucket[] } {
  const size = range.bucketing === "window" ? HOUR : DAY;
  const start = Math.floor((range.first * range.seconds) / size) * size;
  const end = (range.first + range.count) * range.seconds;
  const buckets: DownloadBucket[] = [];
  for (let t = start; t < end; t += size) buckets.push({ t, count: 0, revenue: 0n });
  for (const dl of d.downloads) {
    const b = buckets[Math.floor((Number(dl.timestamp) - start) / size)];
    if (!b) continue;
    b.count += 1;
    b.revenue += toBigInt(dl.price);
  }
  return { size, buckets };
}

export const revenueNumber = (b: DownloadBucket, unit: Unit) =>
  toChartNumber(b.revenue, unit.decimals);

export interface HostingNodeRow {
  node: string;
  region: number;
  passed: number;
  failed: number;
  /** slashed for failing this datum's samples */
  slashed: bigint;
  lastWindow: number;
  lastTimestamp: number;
  /** the node's failed samples over every datum */
  failedSamples: number;
  latestShare: string;
}

type Sample = SaturationDetailQuery["availabilitySamples"][number];

/** The nodes availability sampling checked for this datum, most recently checked first. */
export function hostingNodes(samples: Sample[]): HostingNodeRow[] {
  const byNode = new Map<string, HostingNodeRow>();
  for (const s of samples) {
    let row = byNode.get(s.node.id);
    if (!row) {
      row = {
        node: s.node.id,
        region: s.node.region,
        passed: 0,
        failed: 0,
        slashed: 0n,
        lastWindow: Number(s.window),
        lastTimestamp: Number(s.timestamp),
        failedSamples: s.node.failedSamples,
        latestShare: s.node.latestShare,
      };
      byNode.set(s.node.id, row);
    }
    if (s.passed) row.passed += 1;
    else row.failed += 1;
    row.slashed += toBigInt(s.slashed);
    if (Number(s.window) > row.lastWindow) {
      row.lastWindow = Number(s.window);
      row.lastTimestamp = Number(s.timestamp);
    }
  }
  return [...byNode.values()].sort(
    (a, b) => b.lastWindow - a.lastWindow || a.node.localeCompare(b.node),
  );
}
