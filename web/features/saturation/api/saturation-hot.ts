// Sorting the hottest-data list. Every key compares exactly: bigints, counts, and the
// latest saturation as the decimal text graph-node sends.
import { compareDecimal } from "../../../components/chart/data-table.tsx";
import { compareHeat, overallSaturationBps } from "./saturation-buckets.ts";
import type { DatumHeat } from "./saturation-grid.ts";

export const HOT_SORTS = [
  "peak",
  "above",
  "overall",
  "surge",
  "latest",
  "downloads",
  "revenue",
] as const;
export type HotSort = (typeof HOT_SORTS)[number];

const cmp = (a: bigint | number, b: bigint | number) => (a < b ? -1 : a > b ? 1 : 0);

const ASCENDING: Record<HotSort, (a: DatumHeat, b: DatumHeat) => number> = {
  peak: (a, b) => -compareHeat(a, b),
  above: (a, b) => cmp(a.saturatedWindows, b.saturatedWindows),
  overall: (a, b) => cmp(overallSaturationBps(a), overallSaturationBps(b)),
  surge: (a, b) => cmp(a.peakSurgeBps, b.peakSurgeBps),
  latest: (a, b) => compareDecimal(a.latestSaturation, b.latestSaturation),
  downloads: (a, b) => cmp(a.downloadCount, b.downloadCount),
  revenue: (a, b) => cmp(a.downloadRevenue, b.downloadRevenue),
};

/** Sorted copy; ties keep the datum's index order so the list never shuffles. */
export function sortHot(data: DatumHeat[], sort: HotSort, descending: boolean): DatumHeat[] {
  const by = ASCENDING[sort];
  return [...data].sort((a, b) => (descending ? -by(a, b) : by(a, b)) || a.index - b.index);
}

/** A BigDecimal's text cut to four decimals for a table cell (the full text on hover). */
export function decimalText(value: string, digits = 4): string {
  const [whole, fraction = ""] = value.split(".");
  const cut = fraction.slice(0, digits).replace(/0+$/, "");
  return cut ? `${whole}.${cut}${fraction.length > digits ? "…" : ""}` : `${whole}`;
}
