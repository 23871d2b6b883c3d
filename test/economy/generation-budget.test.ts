import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rewardPerGeneration } from "../../economy/emission.ts";
import {
  fundPayers,
  payerAccount,
  settleByPayer,
  splitByWeight,
} from "../../economy/generation-budget.ts";
import { balanceOf, seedBalance } from "../../economy/model/ledger.ts";
import { createState } from "../../economy/model/state.ts";
import { BPS, defaultParameters, type Parameters, TOKEN } from "../../economy/parameters.ts";
import {
  type Activity,
  DEFAULT_ACTIVITY,
  PROJECTION_ACCOUNTS,
  type ProjectionStart,
  projectStocks,
} from "../../economy/projection.ts";

// A measured-like start: the liquidity provider holds stablecoin enough for every
// diversification, so no fee is refused for want of it.
const START: ProjectionStart = {
  companyReserve: 70_000_000n * TOKEN,
  communityTreasury: 1_000_000n * TOKEN,
  stableReserve: 0n,
  holders: 29_000_000n * TOKEN,
  liquidityTokens: 0n,
  liquidityStable: 10n ** 30n,
};
const ACTIVITY: Activity = { ...DEFAULT_ACTIVITY, generationsPerDay: 600n, hostingNodes: 0 };

function state(params: Parameters = defaultParameters()) {
  const s = createState(PROJECTION_ACCOUNTS, { params });
  seedBalance(s.ledger, "companyReserve", 1_000_000n * TOKEN);
  seedBalance(s.ledger, "holders", 1_000_000n * TOKEN);
  s.ledger.stable.set("liquidityProvider", 10n ** 30n);
  return s;
}

describe("splitByWeight", () => {
  it("splits n into parts that sum to n, each within one of its exact share (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000n }),
        fc.array(fc.bigInt({ min: 0n, max: 5_000n }), { minLength: 1, maxLength: 30 }),
        (n, weights) => {
          const parts = splitByWeight(n, weights);
          const total = weights.reduce((a, w) => a + w, 0n);
          if (total === 0n) return parts.every((p) => p === 0n);
          expect(parts.reduce((a, p) => a + p, 0n)).toBe(n);
          const off = parts.filter((p, i) => {
            const exact = (n * weights[i]!) / total;
            return p < exact - 1n || p > exact + 1n;
          });
          expect(off).toEqual([]);
        },
      ),
    );
  });
});

describe("settleByPayer", () => {
  it("pays what each wallet affords, the rewards of a round paying the next", () => {
    const s = state();
    // at the 0.5-token floor with a 1-token reward a generation pays for itself after the first
    // round: 3 tokens pay 6, then their 6 rewards pay the rest of the 20 asked
    const payers = [
      { balance: 3n * TOKEN, weight: 1n, income: 0n },
      { balance: 0n, weight: 1n, income: 0n },
    ];
    fundPayers(s, "holders", payers);
    const out = settleByPayer(s, "holders", { payers }, 40n, 43_200n, 0, 1n);
    expect(out.unpaid).toBe(20n);
    expect(balanceOf(s.ledger, payerAccount(0))).toBe(3n * TOKEN + 20n * (TOKEN - TOKEN / 2n));
    expect(out.rewards).toBe(20n * TOKEN);
  });

  it("an empty wallet pays from its day's income: ⌊income ÷ fee⌋ in the first round", () => {
    const params = { ...defaultParameters(), GEN_REWARD_INITIAL: 0n };
    const s = state(params);
    const payers = [{ balance: 0n, weight: 1n, income: 7n * TOKEN }];
    const out = settleByPayer(s, "holders", { payers, days: 7n }, 100n, 43_200n, 0, 7n);
    // one day's income is 1 token: 2 generations at 0.5, no reward to pay more
    expect(out.unpaid).toBe(98n);
    expect(balanceOf(s.ledger, payerAccount(0))).toBe(0n);
  });

  it("never pays more than asked nor leaves a wallet below 0; tokens are conserved (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            balance: fc.bigInt({ min: 0n, max: 50n * TOKEN }),
            weight: fc.bigInt({ min: 0n, max: 100n }),
            income: fc.bigInt({ min: 0n, max: 20n * TOKEN }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.bigInt({ min: 0n, max: 500n }),
        (payers, generations) => {
          const s = state();
          const supply = s.ledger.totalSupply;
          fundPayers(s, "holders", payers);
          const out = settleByPayer(s, "holders", { payers }, generations, 43_200n, 0, 1n);
          expect(out.unpaid >= 0n && out.unpaid <= generations).toBe(true);
          expect(s.fees.generationsThisEpoch).toBe(generations - out.unpaid);
          const balances = payers.map((_, i) => balanceOf(s.ledger, payerAccount(i)));
          expect(balances.every((b) => b >= 0n)).toBe(true);
          expect(s.ledger.totalSupply).toBe(supply);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("projectStocks with payers' budgets", () => {
  it("wallets that never run short give the aggregate run, to rounding per batch", () => {
    const rich = [3n, 2n, 1n].map((weight) => ({
      balance: 100_000n * TOKEN,
      weight,
      income: 0n,
    }));
    const aggregate = projectStocks(defaultParameters(), ACTIVITY, 10, START);
    const budgeted = projectStocks(
      defaultParameters(),
      { ...ACTIVITY, budgets: { payers: rich } },
      10,
      START,
    );
    for (let d = 1; d <= 10; d++) {
      expect(budgeted[d]!.generations).toBe(600n);
      expect(budgeted[d]!.baseFee).toBe(aggregate[d]!.baseFee);
      // each of 3 payers' batches floors its fee parts: a few base units a day at most
      const gap = budgeted[d]!.stocks.companyReserve - aggregate[d]!.stocks.companyReserve;
      expect(gap >= -100n && gap <= 100n).toBe(true);
    }
  });

  it("wallets that run dry pay no more than their income once their balance is spent", () => {
    // a 2-token fee floor: each generation costs more than its reward gives back
    const params = { ...defaultParameters(), GENERATION_FEE: 2n * TOKEN };
    const poor = [{ balance: 10n * TOKEN, weight: 1n, income: 14n * TOKEN }];
    const points = projectStocks(
      params,
      { ...ACTIVITY, countDays: 7n, budgets: { payers: poor, days: 7n } },
      30,
      START,
    );
    // far below demand: the base fee stays at its floor
    expect(points[30]!.baseFee).toBe(params.GENERATION_FEE);
    // over days 21–30: 20 tokens of income, plus less than a fee left over, pay for them all
    const net = params.GENERATION_FEE - rewardPerGeneration(params, 20n);
    const late = points.slice(21).reduce((a, p) => a + p.generations, 0n);
    expect(late > 0n).toBe(true);
    expect(late * net <= 20n * TOKEN + params.GENERATION_FEE).toBe(true);
    expect(points.slice(1).every((p) => p.generations < 600n)).toBe(true);
  });
});

describe("rewardPerGeneration", () => {
  it("the remembered curve equals the contract's loop for any epoch (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n * TOKEN }),
        fc.bigInt({ min: 0n, max: 2_000n }),
        fc.bigInt({ min: -3n, max: 3_000n }),
        (initial, decay, epoch) => {
          const p = {
            ...defaultParameters(),
            GEN_REWARD_INITIAL: initial,
            GEN_REWARD_DECAY_BPS: decay,
          };
          let reward = initial;
          for (let e = 0n; e < epoch && reward > 0n && decay > 0n; e++)
            reward = (reward * (BPS - decay)) / BPS;
          expect(rewardPerGeneration(p, epoch)).toBe(reward);
        },
      ),
      { numRuns: 200 },
    );
  });
});
