import { describe, expect, it } from "vitest";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import { backtest } from "./backtest-model.ts";
import type { ImpactInputs } from "./impact-query.ts";
import type { Measured } from "./measure-activity.ts";

const T = 1_800_000_000; // execution time
const H = (h: number) => Math.floor((T + h * 3600) / 3600);
const start = { companyReserve: 1000n, communityTreasury: 500n, stableReserve: 40n };

function answer(partial: Partial<ImpactInputs>): ImpactInputs {
  return {
    after: [],
    governanceFlows: [],
    feeDaysAfter: [],
    ...partial,
  } as unknown as ImpactInputs;
}
const measured = {
  start: { ...start, holders: 0n, liquidityTokens: 0n, liquidityStable: 0n },
  activity: { generationsPerDay: 1400n, countDays: 14n },
} as unknown as Measured;
const points = (
  perDay: { c: bigint; t: bigint; s: bigint },
  generations: (day: number) => bigint = () => 100n,
) =>
  Array.from({ length: 8 }, (_, d) => ({
    generations: d === 0 ? 0n : generations(d),
    stocks: {
      companyReserve: start.companyReserve + perDay.c * BigInt(d),
      communityTreasury: start.communityTreasury + perDay.t * BigInt(d),
      stableReserve: start.stableReserve + perDay.s * BigInt(d),
    },
  })) as unknown as ProjectionPoint[];
const snap = (kind: string, hour: number, balance: bigint) => ({
  stockBalance: { key: `${kind}-0xabc` },
  hourId: H(hour),
  balance: String(balance),
});

describe("backtest", () => {
  it("compares the predicted 7-day change with the last hourly balance before the 7 days end", () => {
    const a = answer({
      after: [
        snap("COMPANY_RESERVE", 10, 990n),
        snap("COMPANY_RESERVE", 7 * 24 - 2, 930n), // the last before the end
        snap("COMPANY_RESERVE", 7 * 24 + 3, 1n), // after the end: ignored
        snap("COMMUNITY_TREASURY", 100, 600n),
      ],
      feeDaysAfter: [
        { dayId: Math.floor(T / 86_400) + 1, quantity: "120" },
        { dayId: Math.floor(T / 86_400) + 2, quantity: "80" },
      ],
    });
    const bt = backtest(
      a,
      measured,
      points({ c: -10n, t: 20n, s: 1n }),
      { at: T, txHash: "0x1" },
      T + 30 * 86_400,
    )!;
    expect(bt.days).toBe(7);
    const by = Object.fromEntries(bt.rows.map((r) => [r.stock, r]));
    expect([by.companyReserve!.predicted, by.companyReserve!.actual]).toEqual([-70n, -70n]);
    expect(by.companyReserve!.errorBps).toBe(0n);
    // +140 predicted against +100 indexed: 40 % too high
    expect([by.communityTreasury!.predicted, by.communityTreasury!.actual]).toEqual([140n, 100n]);
    expect(by.communityTreasury!.errorBps).toBe(4000n);
    // no snapshot: the stable reserve did not move, so the error has no base
    expect(by.stableReserve!.actual).toBe(0n);
    expect(by.stableReserve!.errorBps).toBeNull();
    expect(by.treasuryTokens!.predicted).toBe(70n);
    expect(by.treasuryTokens!.actual).toBe(30n);
    expect(bt.generations).toEqual({ assumed: 100, after: 100, days: 2 });
  });

  it("takes other proposals' grants and buybacks out, not the proposal's own", () => {
    type Flow = ImpactInputs["governanceFlows"][number];
    const flow = (tx: string, amount: string, hours: number): Flow => ({
      stock: { kind: "COMMUNITY_TREASURY" as Flow["stock"]["kind"] },
      asset: "0xabc",
      direction: "OUT" as Flow["direction"],
      source: "GRANT" as Flow["source"],
      amount,
      timestamp: String(T + hours * 3600),
      txHash: tx,
    });
    const a = answer({
      after: [snap("COMMUNITY_TREASURY", 150, 440n)],
      governanceFlows: [flow("0x1", "50", 0), flow("0x2", "200", 100), flow("0x3", "999", 200)],
    });
    const bt = backtest(
      a,
      measured,
      points({ c: 0n, t: 20n, s: 0n }),
      { at: T, txHash: "0x1" },
      T + 30 * 86_400,
    )!;
    const row = bt.rows.find((r) => r.stock === "communityTreasury")!;
    expect(bt.otherFlows.map((f) => f.txHash)).toEqual(["0x2"]);
    expect(row.actual).toBe(-60n);
    expect(row.otherGovernance).toBe(-200n);
    // steady actual: −60 − (−200) = +140, exactly the prediction
    expect(row.steadyErrorBps).toBe(0n);
  });

  it("covers only the whole days indexed, and nothing before the first", () => {
    const p = points({ c: 1n, t: 1n, s: 1n });
    expect(backtest(answer({}), measured, p, { at: T, txHash: "0x1" }, T + 20 * 3600)).toBeNull();
    expect(
      backtest(answer({}), measured, p, { at: T, txHash: "0x1" }, T + 3.5 * 86_400)!.days,
    ).toBe(3);
  });

  it("assumes the generations the projection paid: the mean of its days over the backtest", () => {
    // the line's 170, 180, … 230, or what payers' budgets paid of it: the projection's days
    const trended = { ...measured, forecast: "budget" } as unknown as Measured;
    const p = points({ c: 0n, t: 0n, s: 0n }, (d) => 160n + 10n * BigInt(d));
    const bt = backtest(answer({}), trended, p, { at: T, txHash: "0x1" }, T + 30 * 86_400)!;
    expect(bt.generations.assumed).toBe(200);
    expect(bt.forecast).toBe("budget");
    const short = backtest(answer({}), trended, p, { at: T, txHash: "0x1" }, T + 2.5 * 86_400)!;
    expect(short.generations.assumed).toBe(175);
  });

  it("says whether each indexed change lies in the range, and which counts widen it most", () => {
    const a = answer({
      after: [snap("COMPANY_RESERVE", 150, 930n), snap("COMMUNITY_TREASURY", 150, 700n)],
    });
    const figures = (c: bigint, t: bigint, s: bigint) => ({
      companyReserve: c,
      communityTreasury: t,
      stableReserve: s,
      treasuryTokens: c + t,
    });
    const range = {
      total: { 7: figures(5n, 70n, 0n) },
      byCount: {
        generationsPerDay: { 7: figures(5n, 20n, 0n) },
        slashesPerDay: { 7: figures(0n, 60n, 0n) },
      },
    };
    const bt = backtest(
      a,
      measured,
      points({ c: -10n, t: 20n, s: 0n }),
      { at: T, txHash: "0x1" },
      T + 30 * 86_400,
      range,
    )!;
    const by = Object.fromEntries(bt.rows.map((r) => [r.stock, r]));
    // company −70 predicted, −70 indexed: inside ±5
    expect([by.companyReserve!.range, by.companyReserve!.within]).toEqual([5n, true]);
    // community +140 predicted, +200 indexed: 60 off, inside ±70
    expect([by.communityTreasury!.range, by.communityTreasury!.within]).toEqual([70n, true]);
    // the stable reserve did not move and was predicted not to: inside a zero range
    expect(by.stableReserve!.within).toBe(true);
    // tokens: +70 predicted, +130 indexed, 60 off a range of 75
    expect([by.treasuryTokens!.range, by.treasuryTokens!.within]).toEqual([75n, true]);
    expect(bt.rangeDrivers).toEqual([
      { key: "slashesPerDay", halfWidth: 60n },
      { key: "generationsPerDay", halfWidth: 25n },
    ]);
    const narrow = { ...range, total: { 7: figures(1n, 10n, 0n) } };
    const out = backtest(
      a,
      measured,
      points({ c: -10n, t: 20n, s: 0n }),
      { at: T, txHash: "0x1" },
      T + 30 * 86_400,
      narrow,
    )!;
    expect(out.rows.map((r) => r.within)).toEqual([true, false, true, false]);
  });

  it("has no range when none was computed", () => {
    const bt = backtest(
      answer({}),
      measured,
      points({ c: 1n, t: 1n, s: 1n }),
      { at: T, txHash: "0x1" },
      T + 30 * 86_400,
    )!;
    expect(bt.rows.every((r) => r.range === null && r.within === null)).toBe(true);
    expect(bt.rangeDrivers).toEqual([]);
    // one with no count that scattered (a single measured day) is unknown too, not ±0
    const zero = {
      companyReserve: 0n,
      communityTreasury: 0n,
      stableReserve: 0n,
      treasuryTokens: 0n,
    };
    const none = backtest(
      answer({}),
      measured,
      points({ c: 1n, t: 1n, s: 1n }),
      { at: T, txHash: "0x1" },
      T + 30 * 86_400,
      { total: { 7: zero }, byCount: {} },
    )!;
    expect(none.rows.map((r) => r.within)).toEqual([null, null, null, null]);
  });
});
