// The heatmap's grid from the query's answer: the hottest data as rows, the range's
// windows (or days) as columns, a saturation per cell for the canvas (a Float32Array, NaN
// where a datum was not sampled) and the exact figures of any cell for the hover.
import type { SaturationHeatmapQuery } from "../../../gql/graphql.ts";
import { toBigInt } from "../../../lib/amount.ts";
import { dayId } from "../../../lib/time-range.ts";
import {
  addSummary,
  BPS,
  type BucketRange,
  compareHeat,
  effectiveCapacity,
  emptySummary,
  type HeatSummary,
  WINDOW_SECONDS,
  WindowSums,
} from "./saturation-buckets.ts";

export const MAX_ROWS = 100;

type WireDatum = SaturationHeatmapQuery["datums"][number];
type WireWindow = NonNullable<SaturationHeatmapQuery["saturationWindows"]>[number];

export interface DatumHeat extends HeatSummary {
  id: string;
  index: number;
  latestSaturation: string;
  latestSurge: string;
  latestWindow: number;
  downloadCount: number;
  downloadRevenue: bigint;
  /** the datum's figures per UTC day of the range, by day id */
  days: Map<number, HeatSummary>;
}

export interface WindowCell {
  kind: "window";
  datum: string;
  window: number;
  demand: bigint;
  capacity: bigint;
  saturationBps: bigint;
  surgeBps: bigint;
  basePrice: bigint;
  /** basePrice × surgeBps ÷ 10000; null when no base price had been indexed */
  price: bigint | null;
}

export interface DayCell extends HeatSummary {
  kind: "day";
  datum: string;
  dayId: number;
}

export type CellDetail = WindowCell | DayCell;

export interface HeatmapGrid {
  range: BucketRange;
  /** the drawn data, hottest first (at most MAX_ROWS) */
  rows: DatumHeat[];
  /** every datum sampled in the range, hottest first */
  sampled: DatumHeat[];
  /** saturation of each cell, row-major (rows × range.count); NaN where not sampled */
  values: Float32Array;
  cell(row: number, column: number): CellDetail | null;
}

function datumHeat(d: WireDatum): DatumHeat {
  return {
    ...emptySummary(),
    id: d.id,
    index: d.index,
    latestSaturation: d.latestSaturation,
    latestSurge: d.latestSurge,
    latestWindow: Number(d.latestWindow),
    downloadCount: d.downloadCount,
    downloadRevenue: toBigInt(d.downloadRevenue),
    days: new Map(),
  };
}

/** The base price a sample at list position `i` was reported under (run-length lists). */
export function basePriceAt(w: Pick<WireWindow, "basePrices" | "basePriceFrom">, i: number) {
  let run = 0;
  for (let r = 0; r < w.basePriceFrom.length; r++) if ((w.basePriceFrom[r] ?? 0) <= i) run = r;
  return toBigInt(w.basePrices[run] ?? "0");
}

export function buildGrid(data: SaturationHeatmapQuery, range: BucketRange): HeatmapGrid {
  return range.bucketing === "window" ? windowGrid(data, range) : dayGrid(data, range);
}

function pickRows(all: DatumHeat[]) {
  const sampled = all
    .filter((d) => d.samples > 0)
    .sort((a, b) => compareHeat(a, b) || a.index - b.index);
  return { sampled, rows: sampled.slice(0, MAX_ROWS) };
}

function windowGrid(data: SaturationHeatmapQuery, range: BucketRange): HeatmapGrid {
  const { count } = range;
  const heat = data.datums.map(datumHeat);
  const slotOf = new Map(heat.map((d, slot) => [d.index, slot]));
  const byColumn: (WireWindow | undefined)[] = new Array(count);
  // position of each datum's sample in its window's lists, per column; -1 where none
  const positions = new Int32Array(heat.length * count).fill(-1);
  const ratios = new Float32Array(heat.length * count).fill(Number.NaN);
  const sums = heat.map(() => new Map<number, WindowSums>());
  for (const w of data.saturationWindows ?? []) {
    const column = Number(w.window) - range.first;
    if (column < 0 || column >= count) continue;
    byColumn[column] = w;
    const day = dayId(Number(w.window) * WINDOW_SECONDS);
    const { datumIndexes, demand, capacity, surgeBps } = w;
    for (let i = 0; i < datumIndexes.length; i++) {
      const slot = slotOf.get(datumIndexes[i]!);
      if (slot === undefined) continue;
      let daySums = sums[slot]!.get(day);
      if (!daySums) {
        daySums = new WindowSums();
        sums[slot]!.set(day, daySums);
      }
      // the float only colours the cell; the hover reads the integers again
      ratios[slot * count + column] = daySums.add(demand[i]!, capacity[i]!, surgeBps[i]!);
      positions[slot * count + column] = i;
    }
  }
  heat.forEach((d, slot) => {
    for (const [day, s] of sums[slot]!) {
      const summary = s.summary();
      d.days.set(day, summary);
      addSummary(d, summary);
    }
  });
  const { sampled, rows } = pickRows(heat);
  const slots = rows.map((d) => slotOf.get(d.index)!);
  const values = new Float32Array(rows.length * count);
  slots.forEach((slot, row) => {
    values.set(ratios.subarray(slot * count, (slot + 1) * count), row * count);
  });
  return {
    range,
    rows,
    sampled,
    values,
    cell(row, column) {
      const slot = slots[row];
      const w = byColumn[column];
      if (slot === undefined || !w || column < 0 || column >= count) return null;
      const i = positions[slot * count + column]!;
      if (i < 0) return null;
      const demand = toBigInt(w.demand[i]);
      const capacity = toBigInt(w.capacity[i]);
      const surgeBps = toBigInt(w.surgeBps[i]);
      const basePrice = basePriceAt(w, i);
      return {
        kind: "window",
        datum: rows[row]!.id,
        window: Number(w.window),
        demand,
        capacity,
        saturationBps: (demand * BPS) / effectiveCapacity(capacity),
        surgeBps,
        basePrice,
        price: basePrice === 0n ? null : (basePrice * surgeBps) / BPS,
      };
    },
  };
}

function dayGrid(data: SaturationHeatmapQuery, range: BucketRange): HeatmapGrid {
  const { count } = range;
  const heat = data.datums.map((wire) => {
    const d = datumHeat(wire);
    for (const day of wire.days ?? []) {
      if (day.dayId < range.first || day.dayId >= range.first + count) continue;
      d.days.set(day.dayId, {
        samples: day.samples,
        saturatedWindows: day.saturatedWindows,
        peakSaturationBps: toBigInt(day.peakSaturationBps),
        peakSurgeBps: toBigInt(day.peakSurgeBps),
        demand: toBigInt(day.demand),
        capacity: toBigInt(day.capacity),
      });
    }
    for (const s of d.days.values()) addSummary(d, s);
    return d;
  });
  const { sampled, rows } = pickRows(heat);
  const values = new Float32Array(rows.length * count).fill(Number.NaN);
  rows.forEach((d, row) => {
    for (const [id, s] of d.days) {
      // a day's cell is its hottest window: the one that set the day's highest surge
      values[row * count + (id - range.first)] = Number(s.peakSaturationBps) / Number(BPS);
    }
  });
  return {
    range,
    rows,
    sampled,
    values,
    cell(row, column) {
      const d = rows[row];
      const id = range.first + column;
      const s = d?.days.get(id);
      return d && s ? { kind: "day", datum: d.id, dayId: id, ...s } : null;
    },
  };
}
