import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitLine, fitTrend, lineCount, steadyLine } from "../../economy/activity-trend.ts";
import { defaultParameters } from "../../economy/parameters.ts";
import {
  DEFAULT_ACTIVITY,
  DEFAULT_START,
  projectStocks,
  spreadCount,
} from "../../economy/projection.ts";

const days = (line: ReturnType<typeof fitLine>, n: number) =>
  Array.from({ length: n }, (_, d) => lineCount(line, d));

describe("fitLine", () => {
  it("continues an exact line: 100, 110, …, 160 goes on 170, 180, …", () => {
    const line = fitLine([100n, 110n, 120n, 130n, 140n, 150n, 160n]);
    expect(days(line, 4)).toEqual([170n, 180n, 190n, 200n]);
    const t = fitTrend([100n, 110n, 120n, 130n, 140n, 150n, 160n]);
    expect(t.slopePerDay).toBe(10);
    expect(t.margin).toBe(0);
    expect(t.significant).toBe(true);
  });

  it("fits a known noisy series: 1, 3, 2, 4 → slope 0.8, 4.5 the day after", () => {
    // x̄ = 1.5, ȳ = 2.5, Σ(x−x̄)(y−ȳ) = 4, Σ(x−x̄)² = 5: β = 0.8, α = 1.3, ŷ(4) = 4.5
    const t = fitTrend([1n, 3n, 2n, 4n]);
    expect(t.slopePerDay).toBeCloseTo(0.8, 12);
    expect(Number(t.line.level) / Number(t.line.den)).toBeCloseTo(4.5, 12);
    // residuals −0.3, 0.9, −0.9, 0.3: SSE 1.8, se = √(1.8 / 2 / 5) = 0.4243, t(2) = 4.30
    expect(t.margin).toBeCloseTo(4.3 * Math.sqrt(0.18), 10);
    expect(t.significant).toBe(false);
  });

  it("never goes below 0: a falling line stops at 0 and its totals stay whole", () => {
    const line = fitLine([50n, 40n, 30n, 20n]);
    expect(days(line, 4)).toEqual([10n, 0n, 0n, 0n]);
  });

  it("a flat series gives the steady spread, day for day (property)", () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 5000n), fc.integer({ min: 1, max: 30 }), (c, n) => {
        const line = fitLine(Array.from({ length: n }, () => c));
        const flat = Array.from({ length: 40 }, (_, d) => spreadCount(c * BigInt(n), BigInt(n), d));
        expect(days(line, 40)).toEqual(flat);
        expect(fitTrend(Array.from({ length: n }, () => c)).significant).toBe(false);
      }),
    );
  });

  it("loses no fraction: the days' counts add up to the floored running total (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt(0n, 900n), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 1, max: 60 }),
        (series, horizon) => {
          const line = fitLine(series);
          let exact = 0n;
          for (let k = 0n; k < BigInt(horizon); k++) {
            const v = line.level + line.slope * k;
            exact += v > 0n ? v : 0n;
          }
          const counts = days(line, horizon);
          expect(counts.every((c) => c >= 0n)).toBe(true);
          expect(counts.reduce((a, b) => a + b, 0n)).toBe(exact / line.den);
        },
      ),
    );
  });
});

describe("projectStocks with a trend", () => {
  it("a steady line as a trend projects exactly as the window totals do", () => {
    const p = defaultParameters();
    const a = { ...DEFAULT_ACTIVITY, generationsPerDay: 2_800n, countDays: 7n };
    const trended = { ...a, trends: { generationsPerDay: steadyLine(2_800n, 7n) } };
    expect(projectStocks(p, trended, 20, DEFAULT_START)).toEqual(
      projectStocks(p, a, 20, DEFAULT_START),
    );
  });

  it("a rising trend raises the base fee above the steady projection's", () => {
    const p = defaultParameters();
    const a = { ...DEFAULT_ACTIVITY, generationsPerDay: 400n, countDays: 1n };
    const rising = { ...a, trends: { generationsPerDay: fitLine([380n, 390n, 400n, 410n]) } };
    const steady = projectStocks(p, a, 20, DEFAULT_START).at(-1)!;
    const up = projectStocks(p, rising, 20, DEFAULT_START).at(-1)!;
    expect(up.baseFee).toBeGreaterThan(steady.baseFee);
  });
});
