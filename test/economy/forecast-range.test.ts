import { describe, expect, it } from "vitest";
import { fitLine, t95 } from "../../economy/activity-trend.ts";
import {
  type CountSeries,
  horizonSpread,
  impactRange,
  projectRange,
  raiseCount,
  treasuryFigures,
} from "../../economy/forecast-range.ts";
import { defaultParameters } from "../../economy/parameters.ts";
import { DEFAULT_ACTIVITY, DEFAULT_START } from "../../economy/projection.ts";

/** A seeded generator (mulberry32) and Box–Muller normals, so the coverage check is repeatable. */
function normals(seed: number) {
  let a = seed;
  const uniform = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

const flat = (n: number, v: bigint): bigint[] => Array.from({ length: n }, () => v);

describe("a count's spread over a horizon", () => {
  it("is s²·(h + h²/n) for a held mean, plus the slope's lever for a line", () => {
    // [1, 3]: mean 2, s² = 2 with 1 df; one day ahead: 2·(1 + 1/2) = 3
    const held = horizonSpread([1n, 3n], false, 1)!;
    expect(held.df).toBe(1);
    expect(held.sd ** 2).toBeCloseTo(3, 10);
    // [0, 2, 1]: line y = 0.5 + 0.5x, residuals −0.5, 1, −0.5 → SSE 1.5, 1 df; x̄ 1, Sxx 2;
    // two days ahead (x = 3, 4): lever 2 + 3 = 5 → 1.5·(2 + 4/3 + 25/2)
    const line = horizonSpread([0n, 2n, 1n], true, 2)!;
    expect(line.df).toBe(1);
    expect(line.sd ** 2).toBeCloseTo(1.5 * (2 + 4 / 3 + 12.5), 10);
    // too few days to estimate a scatter
    expect(horizonSpread([5n], false, 7)).toBeNull();
    expect(horizonSpread([5n, 6n], true, 7)).toBeNull();
    expect(horizonSpread(flat(7, 4n), false, 7)!.sd).toBe(0);
  });

  it("covers the next days' total about 95 times in 100 (held mean and line)", () => {
    const draw = normals(7);
    for (const fitted of [false, true]) {
      let inside = 0;
      const trials = 4000;
      for (let i = 0; i < trials; i++) {
        const day = (x: number) => 500 + (fitted ? 6 * x : 0) + 40 * draw();
        const window = Array.from({ length: 7 }, (_, x) => BigInt(Math.round(day(x))));
        const future = Array.from({ length: 7 }, (_, k) => Math.round(day(7 + k)));
        const line = fitLine(window);
        const mean = window.reduce((a, y) => a + Number(y), 0) / 7;
        const predicted = fitted
          ? Array.from({ length: 7 }, (_, k) => Number(line.level + line.slope * BigInt(k)))
              .map((v) => v / Number(line.den))
              .reduce((a, b) => a + b, 0)
          : 7 * mean;
        const s = horizonSpread(window, fitted, 7)!;
        const actual = future.reduce((a, b) => a + b, 0);
        if (Math.abs(actual - predicted) <= t95(s.df) * s.sd) inside++;
      }
      expect(inside / trials).toBeGreaterThan(0.93);
      expect(inside / trials).toBeLessThan(0.97);
    }
  });
});

describe("a count raised for the range's runs", () => {
  it("adds whole actions to a window total and says by how much a day", () => {
    const a = { ...DEFAULT_ACTIVITY, slashesPerDay: 4n, countDays: 7n };
    const r = raiseCount(a, "slashesPerDay", 0.4);
    expect(r.activity.slashesPerDay).toBe(7n); // 4 + round(0.4·7)
    expect(r.raised).toBeCloseTo(3 / 7, 12);
    // never less than one action, so a tiny spread still shows its direction
    expect(raiseCount(a, "slashesPerDay", 0.001).activity.slashesPerDay).toBe(5n);
  });

  it("lifts a fitted line's level, keeping its slope", () => {
    const line = fitLine([10n, 12n, 14n]);
    const a = { ...DEFAULT_ACTIVITY, trends: { generationsPerDay: line } };
    const r = raiseCount(a, "generationsPerDay", 2);
    const raised = r.activity.trends!.generationsPerDay!;
    expect(raised.slope).toBe(line.slope);
    expect(Number(raised.level - line.level) / Number(line.den)).toBeCloseTo(2, 6);
    expect(r.raised).toBeCloseTo(2, 6);
    expect(a.trends.generationsPerDay).toBe(line); // the input is left alone
  });
});

describe("the range of a projection", () => {
  const series = (over: Partial<CountSeries>): CountSeries => ({
    generationsPerDay: flat(7, 400n),
    sharesPerDay: flat(7, 40n),
    mintsPerDay: flat(7, 10n),
    salesPerDay: flat(7, 5n),
    downloadsPerDay: flat(7, 200n),
    slashesPerDay: flat(7, 0n),
    ...over,
  });
  const input = {
    current: defaultParameters(),
    changes: {},
    activity: { ...DEFAULT_ACTIVITY, slashesPerDay: 0n },
    start: DEFAULT_START,
  };

  it("is nothing when no count scatters", () => {
    const r = projectRange(input, { series: series({}), horizons: [3, 7] }, treasuryFigures);
    expect(r.total[7]).toEqual({
      companyReserve: 0n,
      communityTreasury: 0n,
      stableReserve: 0n,
      treasuryTokens: 0n,
    });
    expect(r.byCount).toEqual({});
  });

  it("comes from the counts that scatter, and grows with the horizon", () => {
    const mints = [4n, 16n, 10n, 7n, 13n, 10n, 10n];
    const r = projectRange(
      { ...input, activity: { ...input.activity, mintsPerDay: 70n, countDays: 7n } },
      { series: series({ mintsPerDay: mints }), horizons: [1, 7] },
      treasuryFigures,
    );
    expect(Object.keys(r.byCount)).toEqual(["mintsPerDay"]);
    // a mint's fee goes to the company reserve and the community treasury: both move
    expect(r.total[7]!.communityTreasury).toBeGreaterThan(0n);
    expect(r.total[7]!.treasuryTokens).toBeGreaterThan(r.total[1]!.treasuryTokens);
    expect(r.byCount.mintsPerDay![7]).toEqual(r.total[7]);
  });

  it("leaves nothing of the noise in the difference of two runs that share it", () => {
    const mints = [4n, 16n, 10n, 7n, 13n, 10n, 10n];
    const a = { ...input.activity, mintsPerDay: 70n, countDays: 7n };
    const request = { series: series({ mintsPerDay: mints }), horizons: [30] };
    const same = impactRange({ ...input, activity: a }, request).total[30]!;
    expect(same.communityTreasury).toBeGreaterThan(0n);
    expect(same.communityTreasuryDifference).toBe(0n);
    // a mint fee split that sends more to the community: the noise in mints moves the difference
    const p = defaultParameters();
    const changes = {
      FEE_COMPANY_BPS: p.FEE_COMPANY_BPS - 1000n,
      FEE_COMMUNITY_BPS: p.FEE_COMMUNITY_BPS + 1000n,
    };
    const split = impactRange({ ...input, activity: a, changes }, request).total[30]!;
    expect(split.communityTreasuryDifference).toBeGreaterThan(0n);
    expect(split.communityTreasuryDifference).toBeLessThan(split.communityTreasury);
  });
});
