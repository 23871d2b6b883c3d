import { describe, expect, it } from "vitest";
import type { ImpactFigure } from "../../../../../economy/forecast-range.ts";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { projectionData } from "./projection-series.ts";

const TOKEN = 10n ** 18n;
const native: AssetInfo = { address: "0x01", symbol: "WSHD", decimals: 18, kind: "native" };
const run = (perDay: bigint) =>
  Array.from({ length: 5 }, (_, d) => ({
    stocks: {
      companyReserve: 0n,
      communityTreasury: 1000n * TOKEN + perDay * BigInt(d),
      stableReserve: 0n,
    },
  })) as unknown as ProjectionPoint[];
const range = (d: number) =>
  ({ communityTreasury: BigInt(d) * 10n * TOKEN }) as Record<ImpactFigure, bigint>;

describe("the projection chart's numbers", () => {
  it("draws each day of both runs to the horizon, the band around the proposed one", () => {
    const ranges = { 1: range(1), 2: range(2), 3: range(3) };
    const d = projectionData(
      run(5n * TOKEN),
      run(7n * TOKEN),
      ranges,
      "communityTreasury",
      3,
      native,
    );
    expect(d.points.map((p) => p.t)).toEqual([0, 1, 2, 3]);
    expect(d.points[2]!.values).toEqual({ current: 1010, proposed: 1014 });
    expect(d.points[2]!.exact.proposed).toBe("1,014 WSHD");
    // day 0 is the start: no spread yet
    expect(d.bands.get(0)).toEqual([1000, 1000]);
    expect(d.bands.get(3)).toEqual([1021 - 30, 1021 + 30]);
    expect(d.points[3]!.exact.band).toBe("991 WSHD to 1,051 WSHD");
    expect(d.table.rows[3]).toEqual([
      "3",
      { text: "1,015 WSHD", csv: "1015" },
      { text: "1,021 WSHD", csv: "1021" },
      { text: "± 30", csv: "30" },
    ]);
  });

  it("has no band before the range is computed", () => {
    const d = projectionData(run(1n), run(1n), null, "communityTreasury", 4, native);
    expect(d.bands.size).toBe(0);
    expect(d.points.every((p) => p.exact.band === undefined)).toBe(true);
    expect(d.table.rows[4]![3]).toEqual({ text: "–", csv: "" });
  });
});
