import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lockWeight } from "../../../../economy/lock-weight.ts";
import type { StakingViewQuery } from "../../../gql/graphql.ts";
import { curveMultiplier, curveParameters, curvePoints } from "./lock-curve.ts";
import {
  ACC_SCALE,
  apr,
  displayGroups,
  earnedAt,
  type LockGroup,
  type LockSnapshot,
  lockGroups,
  lockLabel,
  multiplier,
  share,
  stakeSecondsAt,
  sumOf,
  YEAR_SECONDS,
} from "./staking-model.ts";

const E18 = 10n ** 18n;
const DAY = 86_400n;

const snapshot = (s: Partial<LockSnapshot>): LockSnapshot => ({
  openPositions: 1,
  amount: 0n,
  weight: 0n,
  rewardEarned: 0n,
  stakeSeconds: 0n,
  accRewardPerWeight: 0n,
  updatedAt: 0n,
  ...s,
});

const wire = (s: LockSnapshot, dayId: number) => ({
  dayId,
  openPositions: s.openPositions,
  amount: String(s.amount),
  weight: String(s.weight),
  rewardEarned: String(s.rewardEarned),
  stakeSeconds: String(s.stakeSeconds),
  accRewardPerWeight: String(s.accRewardPerWeight),
  updatedAt: String(s.updatedAt),
});

const amounts = fc.bigInt({ min: 0n, max: 10n ** 27n });

describe("a lock group's rewards and stake × time at a boundary", () => {
  it("adds weight × Δacc to what was earned at the last change, as the vault accrues", () => {
    const s = snapshot({
      weight: 400n * E18,
      rewardEarned: 5n * E18,
      accRewardPerWeight: E18 / 10n,
    });
    // acc moved by 0.05 per weight unit: 400 × 0.05 = 20 more
    expect(earnedAt(s, E18 / 10n + E18 / 20n)).toBe(25n * E18);
    expect(earnedAt(null, 10n * E18)).toBe(0n);
  });

  it("never decreases as the accumulator grows, and is exact at the last change", () => {
    fc.assert(
      fc.property(
        amounts,
        amounts,
        amounts,
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        (w, e, acc, d) => {
          const s = snapshot({ weight: w, rewardEarned: e, accRewardPerWeight: acc });
          expect(earnedAt(s, acc)).toBe(e);
          expect(earnedAt(s, acc + d)).toBeGreaterThanOrEqual(e);
          expect(earnedAt(s, acc + d) - e).toBe((w * d) / ACC_SCALE);
        },
      ),
    );
  });

  it("extends stake × time linearly from the last change", () => {
    fc.assert(
      fc.property(amounts, amounts, fc.bigInt({ min: 0n, max: 10n ** 9n }), (amount, base, dt) => {
        const s = snapshot({ amount, stakeSeconds: base, updatedAt: 1_000n });
        expect(stakeSecondsAt(s, 1_000n + dt)).toBe(base + amount * dt);
      }),
    );
  });
});

describe("APR, shares and the multiplier", () => {
  it("is rewards over stake × time, scaled to a year", () => {
    // 10 tokens earned on 1000 tokens held for 36.5 days → 1 % in 36.5 d → 10 % a year
    expect(apr(10n * E18, (1000n * E18 * (365n * DAY)) / 10n)).toBeCloseTo(0.1, 9);
    expect(apr(5n, 0n)).toBeNull();
  });

  it("does not depend on how the same stake × time is made up, and scales with rewards", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 24n }),
        fc.bigInt({ min: 1n, max: 10n ** 8n }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.bigInt({ min: 1n, max: 1_000n }),
        (stake, seconds, earned, k) => {
          const a = apr(earned, stake * seconds)!;
          // twice the stake for half the time, or k times the rewards on k times the stake
          expect(apr(earned, 2n * stake * seconds)! * 2).toBeCloseTo(a, 6);
          expect(apr(k * earned, k * stake * seconds)!).toBeCloseTo(a, 6);
          expect(a).toBeGreaterThanOrEqual(0);
          // a stake held a whole year earning its own size is 100 %
          expect(apr(stake, stake * YEAR_SECONDS)).toBe(1);
        },
      ),
    );
  });

  it("makes shares that sum to 1 over the parts of a whole", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 30n }), { minLength: 1, maxLength: 20 }),
        (parts) => {
          const whole = parts.reduce((a, b) => a + b, 0n);
          const total = parts.reduce((s, p) => s + share(p, whole), 0);
          if (whole === 0n) expect(total).toBe(0);
          else expect(total).toBeCloseTo(1, 6);
          for (const p of parts) expect(share(p, whole)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("reads the multiplier as weight ÷ stake", () => {
    expect(multiplier(400n * E18, 100n * E18)).toBe(4);
    expect(multiplier(0n, 0n)).toBe(1);
  });
});

describe("the lock-weight curve from the indexed parameters", () => {
  const parameters = [
    { id: "LOCK_WEIGHT_EXPONENT", value: "2", updatedAt: "1" },
    { id: "MAX_LOCK_DURATION", value: String(365n * DAY), updatedAt: "1" },
    { id: "MAX_LOCK_BOOST_BPS", value: "30000", updatedAt: "1" },
  ];

  it("needs all three parameters", () => {
    expect(curveParameters(parameters)).toEqual({
      exponent: 2n,
      maxLock: 365n * DAY,
      maxBoostBps: 30_000n,
    });
    expect(curveParameters(parameters.slice(1))).toBeNull();
  });

  it("runs from 1× without a lock to 1 + max boost at the longest lock, never falling", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 6n }),
        fc.bigInt({ min: DAY, max: 4n * 365n * DAY }),
        fc.bigInt({ min: 0n, max: 100_000n }),
        (exponent, maxLock, maxBoostBps) => {
          const p = { exponent, maxLock, maxBoostBps };
          const points = curvePoints(p, 40);
          expect(points[0]).toEqual({ days: 0, multiplier: 1 });
          expect(points.at(-1)!.multiplier).toBeCloseTo(1 + Number(maxBoostBps) / 10_000, 8);
          for (let i = 1; i < points.length; i++)
            expect(points[i]!.multiplier).toBeGreaterThanOrEqual(points[i - 1]!.multiplier);
        },
      ),
    );
  });

  it("is economy/'s lockWeight, with its rounding", () => {
    const p = { exponent: 2n, maxLock: 365n * DAY, maxBoostBps: 30_000n };
    const lock = 30n * DAY;
    const weight = lockWeight(E18, lock, p.maxLock, p.exponent, p.maxBoostBps);
    expect(curveMultiplier(p, lock)).toBeCloseTo(Number(weight) / 1e18, 8);
    expect(curveMultiplier(p, 2n * p.maxLock)).toBe(4);
  });
});

describe("lock groups over a range", () => {
  const base = (days: number, atStart: LockSnapshot | null, atEnd: LockSnapshot | null) => ({
    lockDays: days,
    positionCount: 1,
    initialAmount: String(100n * E18),
    initialWeight: String(100n * E18),
    atStart: atStart ? [wire(atStart, 1)] : [],
    atEnd: atEnd ? [wire(atEnd, 3)] : [],
  });
  const data = (
    locks: ReturnType<typeof base>[],
    accBefore: bigint | null,
    accEnd: bigint | null,
  ) =>
    ({
      parameters: [],
      stakeLocks: locks,
      dayBefore: accBefore === null ? [] : [{ dayId: 1, accRewardPerWeight: String(accBefore) }],
      dayAtEnd:
        accEnd === null ? [] : [{ dayId: 3, accRewardPerWeight: String(accEnd), stakedTotal: "0" }],
      stakingDays: [],
      slashes: [],
    }) as StakingViewQuery;

  it("earns what accrued between the two ends, and stakes amount × seconds in between", () => {
    const start = 2n * DAY;
    const end = 4n * DAY;
    const atStart = snapshot({
      amount: 100n * E18,
      weight: 100n * E18,
      rewardEarned: 3n * E18,
      accRewardPerWeight: E18 / 100n,
      updatedAt: DAY,
      stakeSeconds: 7n,
    });
    const atEnd = snapshot({
      amount: 50n * E18,
      weight: 50n * E18,
      rewardEarned: 4n * E18,
      accRewardPerWeight: E18 / 50n,
      updatedAt: 3n * DAY,
      stakeSeconds: 7n + 100n * E18 * 2n * DAY,
    });
    const [g] = lockGroups(data([base(30, atStart, atEnd)], E18 / 50n, E18 / 25n), { start, end });
    // at start: 3 + 100 × (0.02 − 0.01) = 4; at end: 4 + 50 × (0.04 − 0.02) = 5
    expect(g!.earned).toBe(E18);
    // from start to the change at day 3: 100 tokens × 1 day; then 50 tokens × 1 day
    expect(g!.stakeSeconds).toBe(100n * E18 * DAY + 50n * E18 * DAY);
    expect(g!.staked).toBe(50n * E18);
    expect(g!.label).toBe("30 d");
  });

  it("leaves out lock lengths that neither staked nor earned in the range", () => {
    const gone = snapshot({ amount: 0n, weight: 0n, rewardEarned: 9n, updatedAt: DAY });
    expect(
      lockGroups(data([base(7, gone, gone)], 0n, 0n), { start: 2n * DAY, end: 3n * DAY }),
    ).toEqual([]);
  });

  it("starts from nothing for a lock length created within the range", () => {
    const atEnd = snapshot({
      amount: E18,
      weight: E18,
      rewardEarned: 0n,
      accRewardPerWeight: 0n,
      updatedAt: DAY,
    });
    const [g] = lockGroups(data([base(0, null, atEnd)], null, E18), { start: 0n, end: 2n * DAY });
    expect(g!.earned).toBe(E18);
    expect(g!.stakeSeconds).toBe(E18 * DAY);
    expect(g!.label).toBe("no lock");
  });
});

describe("display groups", () => {
  const group = fc.record({
    lockDays: fc.integer({ min: 0, max: 800 }).map((d) => [d]),
    label: fc.constant(""),
    positionCount: fc.nat(50),
    openPositions: fc.nat(50),
    staked: amounts,
    weight: amounts,
    initialAmount: amounts,
    initialWeight: amounts,
    earned: amounts,
    stakeSeconds: amounts,
  });

  it("keeps every total when it bins too many lock lengths, and stays ordered by lock length", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(group, { selector: (g) => g.lockDays[0], maxLength: 40 }),
        (groups) => {
          const shown = displayGroups(groups as LockGroup[], 12);
          expect(shown.length).toBeLessThanOrEqual(Math.max(12, 0) || groups.length);
          for (const pick of [
            (g: LockGroup) => g.staked,
            (g: LockGroup) => g.earned,
            (g: LockGroup) => g.stakeSeconds,
            (g: LockGroup) => g.initialWeight,
          ])
            expect(sumOf(shown, pick)).toBe(sumOf(groups as LockGroup[], pick));
          const firsts = shown.map((g) => Math.min(...g.lockDays));
          expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
          expect(shown.flatMap((g) => g.lockDays).sort()).toEqual(
            groups.flatMap((g) => g.lockDays).sort(),
          );
        },
      ),
    );
  });

  it("names lock lengths in days or years", () => {
    expect(lockLabel(0)).toBe("no lock");
    expect(lockLabel(7)).toBe("7 d");
    expect(lockLabel(365)).toBe("1 y");
  });
});
