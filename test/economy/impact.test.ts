import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, applyOneOffs, IMPACT_METRICS, projectImpact } from "../../economy/impact.ts";
import { ModelRevert } from "../../economy/model/ledger.ts";
import { defaultParameters, TOKEN } from "../../economy/parameters.ts";
import {
  DEFAULT_ACTIVITY,
  DEFAULT_START,
  projectStocks,
  spreadCount,
} from "../../economy/projection.ts";

const activity = fc.record({
  generationsPerDay: fc.bigInt(0n, 600n),
  downloadsPerDay: fc.bigInt(0n, 60n),
  mintsPerDay: fc.bigInt(0n, 12n),
  salesPerDay: fc.bigInt(0n, 6n),
  countDays: fc.bigInt(1n, 30n),
});

describe("impact of a parameter change", () => {
  it("is zero everywhere when the proposal sets what is in force", () => {
    fc.assert(
      fc.property(activity, fc.boolean(), (a, restate) => {
        const current = defaultParameters();
        const changes = restate ? { FEE_COMPANY_BPS: current.FEE_COMPANY_BPS } : {};
        const { rows } = projectImpact({
          current,
          changes,
          activity: { ...DEFAULT_ACTIVITY, ...a },
          start: DEFAULT_START,
          horizons: [3, 10],
        });
        expect(rows).toHaveLength(2 * IMPACT_METRICS.length);
        for (const r of rows) {
          expect(r.difference).toBe(0n);
          expect(r.proposed).toBe(r.current);
          if (r.current !== 0n) expect(r.differenceBps).toBe(0n);
        }
      }),
      { numRuns: 15 },
    );
  });

  it("moves the fee share it moves: company → community changes those stocks, not emissions", () => {
    fc.assert(
      fc.property(fc.bigInt(1n, 2000n), fc.bigInt(50n, 600n), (moved, generations) => {
        const current = defaultParameters();
        const { rows } = projectImpact({
          current,
          changes: {
            FEE_COMPANY_BPS: current.FEE_COMPANY_BPS - moved,
            FEE_COMMUNITY_BPS: current.FEE_COMMUNITY_BPS + moved,
          },
          activity: { ...DEFAULT_ACTIVITY, generationsPerDay: generations },
          start: DEFAULT_START,
          horizons: [5],
        });
        const by = Object.fromEntries(rows.map((r) => [r.metric, r]));
        expect(by.companyReserve!.difference < 0n).toBe(true);
        expect(by.communityTreasury!.difference > 0n).toBe(true);
        expect(by.stableReserve!.difference >= 0n).toBe(true);
        expect(by.emissions!.difference).toBe(0n);
        expect(by.stakerIncome!.difference).toBe(0n);
        // the company's loss is the community's gain, in tokens and in stable bought with tokens
        const stableTokens = (by.stableReserve!.difference * TOKEN) / current.STABLE_PRICE;
        const gained = by.communityTreasury!.difference + stableTokens;
        const lost = -by.companyReserve!.difference;
        // each fee's stablecoin rounds down by under one unit (5·10¹² token units at 0.20)
        const gap = lost > gained ? lost - gained : gained - lost;
        expect(gap < 10n ** 16n).toBe(true);
      }),
      { numRuns: 10 },
    );
  });

  it("pays stakers nothing when their fee share is 0, and hosts nothing when inflation is 0", () => {
    const current = defaultParameters();
    const { rows } = projectImpact({
      current,
      changes: { FEE_STAKERS_BPS: 0n, FEE_COMMUNITY_BPS: 6000n, HOST_INFLATION_BPS: 0n },
      activity: DEFAULT_ACTIVITY,
      start: DEFAULT_START,
      horizons: [4],
    });
    const by = Object.fromEntries(rows.map((r) => [r.metric, r]));
    expect(by.stakerIncome!.current > 0n && by.stakerIncome!.proposed === 0n).toBe(true);
    expect(by.hostIncome!.current > 0n && by.hostIncome!.proposed === 0n).toBe(true);
    expect(by.stakerIncome!.differenceBps).toBe(-10_000n);
  });

  it("refuses what the contract refuses", () => {
    expect(() => applyChanges(defaultParameters(), { FEE_COMPANY_BPS: 9000n })).toThrow(
      ModelRevert,
    );
  });

  it("applies the proposal's grants and buyback to the start once", () => {
    const p = defaultParameters();
    const start = { ...DEFAULT_START, communityTreasury: 1000n * TOKEN, stableReserve: 10n ** 6n };
    const after = applyOneOffs(
      start,
      { buybackStable: 10n ** 6n, companyGrants: 0n, communityGrants: 100n * TOKEN },
      p,
    );
    expect(after.communityTreasury).toBe(900n * TOKEN);
    expect(after.stableReserve).toBe(0n);
    // 1 USDC at 0.20 per token buys and burns 5 tokens
    expect(after.holders).toBe(start.holders + 100n * TOKEN - 5n * TOKEN);
  });
});

describe("measured counts spread over days", () => {
  it("keeps a window's exact total and differs by at most one a day", () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 10_000n), fc.integer({ min: 1, max: 30 }), (n, per) => {
        const parts = Array.from({ length: per }, (_, d) => spreadCount(n, BigInt(per), d));
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(n);
        const [lo, hi] = [
          parts.reduce((a, b) => (a < b ? a : b)),
          parts.reduce((a, b) => (a > b ? a : b)),
        ];
        expect(hi - lo <= 1n).toBe(true);
      }),
    );
  });

  it("reproduces the per-day projection when countDays is 1", () => {
    const a = projectStocks(defaultParameters(), DEFAULT_ACTIVITY, 5);
    const b = projectStocks(defaultParameters(), { ...DEFAULT_ACTIVITY, countDays: 1n }, 5);
    expect(b).toEqual(a);
  });

  it("starts the reward decay at the start epoch", () => {
    const p = defaultParameters();
    const later = projectStocks(p, DEFAULT_ACTIVITY, 2, { ...DEFAULT_START, epoch: 100n });
    const fresh = projectStocks(p, DEFAULT_ACTIVITY, 102);
    expect(later[0]!.rewardPerGeneration).toBe(fresh[100]!.rewardPerGeneration);
    expect(later[0]!.baseFee).toBe(p.GENERATION_FEE);
  });
});

describe("a 365-day run", () => {
  it("takes this long in Node (the browser decides on a worker from the same figure)", () => {
    const t0 = performance.now();
    projectStocks(defaultParameters(), DEFAULT_ACTIVITY, 365);
    const ms = performance.now() - t0;
    console.log(`projectStocks 365 d, default activity: ${ms.toFixed(1)} ms`);
    expect(ms).toBeGreaterThan(0);
  });
});
