import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRunway } from "./runway.ts";

describe("runway", () => {
  it("is the balance over the monthly net outflow", () => {
    // 1,000 USDC spent net over 30 days with 6,000 left: 6 months.
    const r = computeRunway({
      balance: 6_000_000_000n,
      inflow: 500_000_000n,
      outflow: 1_500_000_000n,
      windowDays: 30,
    });
    expect(r.months).toBe(6);
    expect(r.monthlyNetOutflow).toBe(1_000_000_000n);
    // The same spending spread over 90 days is a third of the pace: 18 months.
    expect(
      computeRunway({
        balance: 6_000_000_000n,
        inflow: 0n,
        outflow: 1_000_000_000n,
        windowDays: 90,
      }).months,
    ).toBe(18);
  });

  it("has no end while the reserve is not shrinking", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        (balance, flow) => {
          expect(
            computeRunway({ balance, inflow: flow, outflow: flow, windowDays: 30 }).months,
          ).toBeNull();
        },
      ),
    );
  });

  it("shrinks as spending grows", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 24n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (balance, a, extra) => {
          const slow = computeRunway({ balance, inflow: 0n, outflow: a, windowDays: 30 }).months!;
          const fast = computeRunway({ balance, inflow: 0n, outflow: a + extra, windowDays: 30 })
            .months!;
          expect(fast).toBeLessThanOrEqual(slow);
        },
      ),
    );
  });
});
