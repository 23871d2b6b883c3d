import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SaturationHeatmapQuery } from "../../../gql/graphql.ts";
import { DAY } from "../../../lib/time-range.ts";
import { hitTest, layoutFor } from "../components/heatmap-draw.ts";
import {
  addWindow,
  bucketRange,
  emptySummary,
  heatmapVariables,
  MAX_WINDOW_COLUMNS,
  WindowSums,
} from "./saturation-buckets.ts";
import { basePriceAt, buildGrid, MAX_ROWS } from "./saturation-grid.ts";
import { decimalText, sortHot } from "./saturation-hot.ts";

const W = 1_888_800; // a window that starts a UTC day (96 × 19675)
const T = W * 900;
const id = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;
const datum = (
  index: number,
  days: SaturationHeatmapQuery["datums"][number]["days"] = undefined,
) => ({
  id: id(index + 1),
  index,
  latestSaturation: "0.5",
  latestSurge: "1",
  latestWindow: String(W),
  downloadCount: index,
  downloadRevenue: String(index * 10),
  days,
});
const window = (
  w: number,
  cells: [index: number, demand: number, capacity: number, surge: number][],
  prices: [string, number][] = [["100", 0]],
) => ({
  window: String(w),
  datumIndexes: cells.map((c) => c[0]),
  demand: cells.map((c) => String(c[1])),
  capacity: cells.map((c) => String(c[2])),
  surgeBps: cells.map((c) => String(c[3])),
  basePrices: prices.map((p) => p[0]),
  basePriceFrom: prices.map((p) => p[1]),
});

describe("bucketing", () => {
  it("draws a column per 15-minute window up to a week, partial windows included", () => {
    const week = bucketRange({ from: T + 1 - 7 * DAY + 300, to: T + 301 });
    expect(week).toEqual({ bucketing: "window", first: W - 672, count: 673, seconds: 900 });
    expect(week.count).toBeLessThanOrEqual(MAX_WINDOW_COLUMNS);
    expect(heatmapVariables(week)).toEqual({
      byDay: false,
      fromWindow: String(W - 672),
      toWindow: String(W + 1),
      fromDay: 0,
      toDay: 0,
    });
    expect(bucketRange({ from: T, to: T + DAY })).toMatchObject({ first: W, count: 96 });
  });

  it("draws a column per UTC day past a week", () => {
    const month = bucketRange({ from: T - 30 * DAY + 1, to: T + 1 });
    expect(month).toEqual({ bucketing: "day", first: W / 96 - 30, count: 31, seconds: DAY });
    expect(heatmapVariables(month)).toMatchObject({
      byDay: true,
      fromDay: W / 96 - 30,
      toDay: W / 96,
    });
  });
});

describe("the window grid", () => {
  const data: SaturationHeatmapQuery = {
    datums: [datum(0), datum(1), datum(2)],
    parameters: [],
    saturationWindows: [
      window(W, [
        [1, 30, 20, 12_500],
        [0, 5, 10, 10_000],
      ]),
      window(
        W + 2,
        [
          [0, 7, 0, 40_000],
          [1, 10, 20, 10_000],
        ],
        [
          ["100", 0],
          ["300", 1],
        ],
      ),
      window(W + 99, [[0, 1, 1, 10_000]]), // outside the range: ignored
    ],
  };
  const grid = buildGrid(data, { bucketing: "window", first: W, count: 4, seconds: 900 });

  it("puts the hottest datum first and leaves unsampled data out", () => {
    expect(grid.rows.map((r) => r.index)).toEqual([0, 1]);
    expect(grid.sampled).toHaveLength(2);
    expect(grid.rows[0]).toMatchObject({
      samples: 2,
      saturatedWindows: 1,
      peakSaturationBps: 70_000n,
      peakSurgeBps: 40_000n,
      demand: 12n,
      capacity: 11n,
    });
  });

  it("colours by demand ÷ capacity and leaves gaps as NaN", () => {
    const row = (r: number) => Array.from(grid.values.subarray(r * 4, r * 4 + 4));
    expect(row(0)).toEqual([0.5, Number.NaN, 7, Number.NaN]);
    expect(row(1)).toEqual([1.5, Number.NaN, 0.5, Number.NaN]);
  });

  it("gives a cell's exact figures and the price its surge set", () => {
    expect(grid.cell(1, 0)).toEqual({
      kind: "window",
      datum: id(2),
      window: W,
      demand: 30n,
      capacity: 20n,
      saturationBps: 15_000n,
      surgeBps: 12_500n,
      basePrice: 100n,
      price: 125n,
    });
    // second price run: the base price changed between the two reports of W + 2
    expect(grid.cell(1, 2)).toMatchObject({ basePrice: 300n, price: 300n });
    expect(grid.cell(0, 2)).toMatchObject({ capacity: 0n, saturationBps: 70_000n, price: 400n });
    expect(grid.cell(0, 1)).toBeNull();
    expect(grid.cell(5, 0)).toBeNull();
  });

  it("sums each datum per UTC day for the table", () => {
    expect([...grid.rows[1]!.days.keys()]).toEqual([W / 96]);
    expect(grid.rows[1]!.days.get(W / 96)).toMatchObject({
      samples: 2,
      demand: 40n,
      capacity: 40n,
    });
  });

  it("keeps the price unknown where no base price was indexed", () => {
    const unknown = buildGrid(
      { ...data, saturationWindows: [window(W, [[0, 1, 1, 10_000]], [["0", 0]])] },
      { bucketing: "window", first: W, count: 1, seconds: 900 },
    );
    expect(unknown.cell(0, 0)).toMatchObject({ price: null });
  });

  it("draws at most 100 rows of a bigger tracker", () => {
    const many = Array.from({ length: 130 }, (_, i) => datum(i));
    const big = buildGrid(
      {
        datums: many,
        parameters: [],
        saturationWindows: [
          window(
            W,
            many.map((d) => [d.index, d.index, 50, 10_000]),
          ),
        ],
      },
      { bucketing: "window", first: W, count: 1, seconds: 900 },
    );
    expect(big.rows).toHaveLength(MAX_ROWS);
    expect(big.sampled).toHaveLength(130);
    expect(big.rows[0]!.index).toBe(129);
  });
});

describe("the day grid", () => {
  const day = W / 96;
  const summary = (dayId: number, peak: number) => ({
    dayId,
    samples: 96,
    saturatedWindows: 3,
    peakSaturationBps: String(peak),
    peakSurgeBps: "12000",
    demand: "100",
    capacity: "200",
  });
  const grid = buildGrid(
    {
      datums: [
        datum(0, [summary(day, 9_000)]),
        datum(1, [summary(day + 2, 24_000), summary(day + 40, 1)]),
      ],
      parameters: [],
    },
    { bucketing: "day", first: day, count: 3, seconds: DAY },
  );

  it("colours a day by its hottest window and sums the range", () => {
    expect(grid.rows.map((r) => r.index)).toEqual([1, 0]);
    expect(Array.from(grid.values)).toEqual(
      [Number.NaN, Number.NaN, 2.4, 0.9, Number.NaN, Number.NaN].map(Math.fround),
    );
    expect(grid.rows[0]).toMatchObject({ samples: 96, saturatedWindows: 3, demand: 100n });
    expect(grid.cell(0, 2)).toMatchObject({
      kind: "day",
      dayId: day + 2,
      peakSaturationBps: 24_000n,
    });
  });
});

describe("helpers", () => {
  it("finds a sample's base price run", () => {
    const w = { basePrices: ["1", "2", "3"], basePriceFrom: [0, 4, 9] };
    expect([0, 3, 4, 8, 9, 20].map((i) => basePriceAt(w, i))).toEqual([1n, 1n, 2n, 2n, 3n, 3n]);
  });

  it("hit-tests by arithmetic on the drawn layout", () => {
    const layout = layoutFor(672, 100, 672);
    expect(layout).toMatchObject({ rowHeight: 4, height: 400, cellWidth: 1 });
    expect(hitTest(layout, 0, 0)).toEqual({ row: 0, column: 0 });
    expect(hitTest(layout, 671.9, 399.9)).toEqual({ row: 99, column: 671 });
    expect(hitTest(layout, 10.5, 9)).toEqual({ row: 2, column: 10 });
    expect(hitTest(layout, -1, 5)).toBeNull();
    expect(hitTest(layout, 5, 400)).toBeNull();
  });

  it("sorts the hottest list exactly, ties by index", () => {
    const base = {
      ...datum(0),
      samples: 1,
      saturatedWindows: 0,
      peakSaturationBps: 0n,
      peakSurgeBps: 0n,
      demand: 0n,
      capacity: 1n,
      days: new Map(),
      latestWindow: 0,
      downloadRevenue: 0n,
    };
    const rows = [
      { ...base, index: 0, latestSaturation: "0.1000000000000000000001" },
      { ...base, index: 1, latestSaturation: "0.1" },
      { ...base, index: 2, latestSaturation: "2" },
    ];
    expect(sortHot(rows, "latest", true).map((r) => r.index)).toEqual([2, 0, 1]);
    expect(sortHot(rows, "downloads", false).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(decimalText("1.333333333")).toBe("1.3333…");
    expect(decimalText("0.25")).toBe("0.25");
    expect(decimalText("3")).toBe("3");
  });
});

describe("summing windows from the wire", () => {
  // small values take the double path, large ones bigint: both must agree with bigint
  const count = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 11n - 1n }),
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.constantFrom(0n, 1n, 99_999_999_999n),
  );
  it("equals bigint arithmetic on any windows", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count, count), { maxLength: 96 }), (windows) => {
        const sums = new WindowSums();
        const exact = emptySummary();
        for (const [demand, capacity, surge] of windows) {
          const ratio = sums.add(String(demand), String(capacity), String(surge));
          addWindow(exact, demand, capacity, surge);
          expect(ratio).toBeCloseTo(Number(demand) / Number(capacity === 0n ? 1n : capacity));
        }
        expect(sums.summary()).toEqual(exact);
      }),
      { numRuns: 300 },
    );
  });
});
