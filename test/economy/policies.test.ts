import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextBaseFee } from "../../economy/base-fee.ts";
import { emissionCurve, payFromReserves, rewardPerGeneration } from "../../economy/emission.ts";
import { splitFee } from "../../economy/fee-split.ts";
import { hostingPayouts } from "../../economy/hosting.ts";
import { lockWeight } from "../../economy/lock-weight.ts";
import { BPS, defaultParameters, type Parameters, TOKEN } from "../../economy/parameters.ts";
import { datasetShares, royaltySplit } from "../../economy/royalty.ts";
import { surgeBpsFor } from "../../economy/saturation.ts";
import { slashSplit } from "../../economy/slash.ts";

const amount = fc.bigInt({ min: 0n, max: 10n ** 30n });
const bps = fc.bigInt({ min: 0n, max: BPS });

/** Three bps summing to 10_000, as EconomyParameters enforces for every split. */
const split3 = fc
  .tuple(bps, bps)
  .map(([a, b]) => (a + b <= BPS ? [a, b, BPS - a - b] : [BPS - a, BPS - b, a + b - BPS]));

const params = fc
  .record({ split: split3, diversify: bps, price: fc.bigInt({ min: 1n, max: 10n ** 8n }) })
  .map(
    ({ split, diversify, price }): Parameters => ({
      ...defaultParameters(),
      FEE_COMPANY_BPS: split[0]!,
      FEE_COMMUNITY_BPS: split[1]!,
      FEE_STAKERS_BPS: split[2]!,
      DIVERSIFY_BPS: diversify,
      STABLE_PRICE: price,
    }),
  );

describe("split parts always sum to the whole", () => {
  it("fee split: company + community + stakers + diversified = fee", () => {
    fc.assert(
      fc.property(amount, params, (fee, p) => {
        const s = splitFee(fee, p);
        expect(s.companyPart + s.communityPart + s.stakerPart + s.stablePart).toBe(fee);
        expect(s.companyPart).toBe((fee * p.FEE_COMPANY_BPS) / BPS);
      }),
    );
  });

  it("royalty: creator + datasets + fine-tuner + community = royalty; dataset dust goes first", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 12 }), (price, n) => {
        const r = royaltySplit(price, defaultParameters());
        expect(r.creator + r.datasets + r.fineTuner + r.community).toBe(r.total);
        const shares = datasetShares(r.datasets, n);
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(r.datasets);
        expect(shares.every((x) => x === shares[1] || x === shares[0])).toBe(true);
        expect(shares[0]! - (shares[1] ?? shares[0]!)).toBeLessThan(BigInt(n));
      }),
    );
  });

  it("slash: burned + to treasury = slashed ≤ stake", () => {
    fc.assert(
      fc.property(amount, bps, bps, (stake, slashBps, burnBps) => {
        const p = { ...defaultParameters(), SLASH_BPS: slashBps, SLASH_BURN_BPS: burnBps };
        const s = slashSplit(stake, p);
        expect(s.burned + s.toTreasury).toBe(s.amount);
        expect(s.amount <= stake).toBe(true);
      }),
    );
  });

  it("hosting payouts never exceed the inflation and lose less than one unit per node", () => {
    fc.assert(
      fc.property(amount, fc.array(amount, { minLength: 1, maxLength: 20 }), (inflation, ws) => {
        fc.pre(ws.some((w) => w > 0n));
        const paid = hostingPayouts(inflation, ws).reduce((a, b) => a + b, 0n);
        expect(paid <= inflation).toBe(true);
        expect(inflation - paid < BigInt(ws.length)).toBe(true);
      }),
    );
  });

  it("reserves pay what they can, company first", () => {
    fc.assert(
      fc.property(amount, amount, amount, (wanted, company, community) => {
        const pay = payFromReserves(wanted, company, community);
        expect(pay.fromCompany + pay.fromCommunity <= wanted).toBe(true);
        if (pay.fromCommunity > 0n) expect(pay.fromCompany).toBe(company);
      }),
    );
  });
});

describe("emission decays monotonically", () => {
  it("r(e+1) < r(e) while positive, and the one-pass curve equals the per-epoch loop", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n * TOKEN }),
        fc.bigInt({ min: 1n, max: BPS }),
        fc.integer({ min: 0, max: 400 }),
        (initial, decay, epoch) => {
          const p = {
            ...defaultParameters(),
            GEN_REWARD_INITIAL: initial,
            GEN_REWARD_DECAY_BPS: decay,
          };
          const r = rewardPerGeneration(p, BigInt(epoch));
          const next = rewardPerGeneration(p, BigInt(epoch + 1));
          expect(r > 0n ? next < r : next === 0n).toBe(true);
          expect(emissionCurve(p, epoch + 1)[epoch]).toBe(r);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("no decay keeps the reward constant", () => {
    const p = { ...defaultParameters(), GEN_REWARD_DECAY_BPS: 0n };
    expect(rewardPerGeneration(p, 1000n)).toBe(p.GEN_REWARD_INITIAL);
  });
});

describe("base fee, surge and lock weight stay in their bounds", () => {
  it("one epoch moves the base fee by at most 12.5%, never below the floor", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        amount,
        (fee, used, target, floor) => {
          const next = nextBaseFee(fee, used, target, floor);
          expect(next >= floor && next > 0n).toBe(true);
          if (next > floor && next > 1n) {
            expect(next <= fee + fee / 8n && next >= fee - fee / 8n - 1n).toBe(true);
          }
        },
      ),
    );
  });

  it("surge is 1× up to saturation 1, monotone and capped", () => {
    const p = defaultParameters();
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(surgeBpsFor(lo, p) <= surgeBpsFor(hi, p)).toBe(true);
        expect(surgeBpsFor(hi, p) <= p.SURGE_CAP_BPS && surgeBpsFor(hi, p) >= BPS).toBe(true);
      }),
    );
  });

  it("lock weight grows with lock length, from amount to amount × (1 + boost)", () => {
    const p = defaultParameters();
    fc.assert(
      fc.property(amount, fc.bigInt({ min: 0n, max: p.MAX_LOCK_DURATION }), (a, lock) => {
        const w = lockWeight(a, lock, p.MAX_LOCK_DURATION, 2n, p.MAX_LOCK_BOOST_BPS);
        const longer = lockWeight(a, lock + 1n, p.MAX_LOCK_DURATION + 1n, 2n, p.MAX_LOCK_BOOST_BPS);
        expect(w >= a && w <= a + (a * p.MAX_LOCK_BOOST_BPS) / BPS).toBe(true);
        expect(longer >= a).toBe(true);
      }),
    );
  });
});
