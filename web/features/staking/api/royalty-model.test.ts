import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultParameters } from "../../../../economy/parameters.ts";
import { royaltySplit } from "../../../../economy/royalty.ts";
import type { RoyaltiesViewQuery } from "../../../gql/graphql.ts";
import { ROYALTY_ROLES, roleShares, royaltyRate, royaltyTotals } from "./royalty-model.ts";

type Day = RoyaltiesViewQuery["royaltyDays"][number];
const E18 = 10n ** 18n;

/** A day of sales at these prices, split as the contract splits them (economy/royalty.ts). */
function dayOf(dayId: number, prices: bigint[]): Day {
  const p = defaultParameters();
  const parts = prices.map((price) => royaltySplit(price, p));
  const total = (pick: (x: (typeof parts)[number]) => bigint) =>
    String(parts.reduce((s, x) => s + pick(x), 0n));
  return {
    dayId,
    saleCount: prices.length,
    saleVolume: String(prices.reduce((a, b) => a + b, 0n)),
    royalty: total((x) => x.total),
    creator: total((x) => x.creator),
    datasetContributors: total((x) => x.datasets),
    fineTuners: total((x) => x.fineTuner),
    community: total((x) => x.community),
    paymentCount: prices.length * 4,
  };
}

const prices = fc.array(fc.bigInt({ min: 1n, max: 10n ** 24n }), { maxLength: 8 });

describe("royalty totals and shares", () => {
  it("adds the range's days", () => {
    const t = royaltyTotals([dayOf(1, [100n * E18]), dayOf(2, [50n * E18, 50n * E18])]);
    expect(t).toMatchObject({ sales: 3, volume: 200n * E18, royalty: 20n * E18, payments: 12 });
    expect(t.byRole.CREATOR).toBe(10n * E18);
    expect(t.byRole.COMMUNITY).toBe(3n * E18);
  });

  it("has role parts that sum to the royalty and shares that sum to 1", () => {
    fc.assert(
      fc.property(fc.array(prices, { maxLength: 6 }), (days) => {
        const t = royaltyTotals(days.map((p, i) => dayOf(i, p)));
        expect(ROYALTY_ROLES.reduce((s, r) => s + t.byRole[r], 0n)).toBe(t.royalty);
        const shares = roleShares(t);
        const sum = ROYALTY_ROLES.reduce((s, r) => s + shares[r], 0);
        if (t.royalty === 0n) expect(sum).toBe(0);
        else expect(sum).toBeCloseTo(1, 6);
      }),
    );
  });

  it("finds the governed split back in what was paid, to within rounding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: E18, max: 10n ** 24n }), { minLength: 1, maxLength: 8 }),
        (p) => {
          const t = royaltyTotals([dayOf(0, p)]);
          const shares = roleShares(t);
          expect(shares.CREATOR).toBeCloseTo(0.5, 6);
          expect(shares.DATASET_CONTRIBUTOR).toBeCloseTo(0.2, 6);
          expect(royaltyRate(t)).toBeCloseTo(0.1, 6);
        },
      ),
    );
  });

  it("has no rate without sales", () => {
    expect(royaltyRate(royaltyTotals([]))).toBeNull();
    expect(roleShares(royaltyTotals([])).CREATOR).toBe(0);
  });
});
