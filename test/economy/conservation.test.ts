import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publish, settleGenerations } from "../../economy/model/fees.ts";
import { recordSample, registerNode, settleHostingEpoch } from "../../economy/model/hosting.ts";
import { ModelRevert, mintStable, seedBalance } from "../../economy/model/ledger.ts";
import {
  approveMarket,
  buy,
  download,
  list,
  mintNft,
  reportSaturation,
} from "../../economy/model/market.ts";
import { claim, stake, unstake } from "../../economy/model/staking.ts";
import {
  createState,
  type EconomyState,
  type Stocks,
  stocksOf,
} from "../../economy/model/state.ts";
import { buyback, grant, setParameters } from "../../economy/model/treasury.ts";
import { DAY, defaultParameters, TOKEN } from "../../economy/parameters.ts";
import { DEFAULT_ACTIVITY, projectStocks } from "../../economy/projection.ts";

const USERS = ["alice", "bob", "carol", "dave"];

function fresh(): EconomyState {
  const s = createState({
    companyReserve: "company",
    communityTreasury: "community",
    stakingVault: "vault",
    stableReserve: "stable",
    liquidityProvider: "lp",
  });
  seedBalance(s.ledger, "company", 1_000_000n * TOKEN);
  seedBalance(s.ledger, "lp", 100_000n * TOKEN);
  mintStable(s.ledger, "lp", 1_000_000n * 10n ** 6n);
  for (const u of USERS) seedBalance(s.ledger, u, 10_000n * TOKEN);
  return s;
}

/** One random action; `n` picks the actor and sizes the action. */
type Step = { kind: number; n: number; size: bigint; flag: boolean };

function apply(s: EconomyState, step: Step, now: bigint): void {
  const who = USERS[step.n % USERS.length]!;
  const other = USERS[(step.n + 1) % USERS.length]!;
  const id = step.n % Math.max(1, s.vault.positions.length);
  const actions: (() => unknown)[] = [
    () => settleGenerations(s, who, 1n + (step.size % 50n), now),
    () => publish(s, who, `${now}-${step.n}`),
    () => mintNft(s, who, other, [other, who]),
    () => approveMarket(s, who, step.flag ? undefined : BigInt(1 + (step.n % 5))),
    () => list(s, who, BigInt(1 + (step.n % 5)), 1n + step.size),
    () => buy(s, who, BigInt(1 + (step.n % 5))),
    () => stake(s, who, 1n + step.size, BigInt(step.n % 3) * DAY, now),
    () => claim(s, who, id),
    () => unstake(s, who, id, now),
    () => registerNode(s, who, id, step.n % 4),
    () =>
      settleHostingEpoch(
        s,
        now / DAY - 1n,
        [{ node: who, hostedUnits: step.size, hotUnits: 3n }],
        now,
      ),
    () => recordSample(s, who, step.flag),
    () =>
      reportSaturation(
        s,
        now / 900n,
        [{ datumId: "d", demand: step.size % 500n, capacity: 100n }],
        now,
      ),
    () => download(s, who, "d"),
    () => grant(s, step.flag ? "company" : "community", who, step.size),
    () => buyback(s, 1n + (step.size % 10_000n)),
    () => setParameters(s, { DIVERSIFY_BPS: step.size % 10_001n, SLASH_BURN_BPS: 5000n }),
  ];
  try {
    actions[step.kind % actions.length]!();
  } catch (error) {
    if (!(error instanceof ModelRevert)) throw error;
  }
}

const tokenStocks = (x: Stocks) =>
  x.companyReserve + x.communityTreasury + x.stakingVault + x.holders;

describe("conservation: minted − burned = Σ stock changes", () => {
  it("holds after any sequence of contract actions, reverted ones included", () => {
    const step = fc.record({
      kind: fc.nat(),
      n: fc.nat(),
      size: fc.bigInt({ min: 0n, max: 2_000n * TOKEN }),
      flag: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const s = fresh();
        const before = stocksOf(s);
        for (const [i, st] of steps.entries()) apply(s, st, 10n * DAY + BigInt(i) * 1800n);
        const after = stocksOf(s);
        expect(after.minted - after.burned).toBe(tokenStocks(after) - tokenStocks(before));
        expect(after.totalSupply).toBe(tokenStocks(after));
        const stable = [...s.ledger.stable.values()].reduce((a, b) => a + b, 0n);
        expect(stable).toBe(s.ledger.stableMinted);
      }),
      { numRuns: 150 },
    );
  });

  it("holds for projections at any activity level", () => {
    const level = fc.bigInt({ min: 0n, max: 300n });
    fc.assert(
      fc.property(level, level, level, fc.bigInt({ min: 0n, max: 5_000n }), (g, d, m, bb) => {
        const points = projectStocks(
          defaultParameters(),
          {
            ...DEFAULT_ACTIVITY,
            generationsPerDay: g,
            downloadsPerDay: d,
            mintsPerDay: m,
            slashesPerDay: 1n,
            buybackBpsPerDay: bb,
          },
          12,
        );
        const first = points[0]!.stocks;
        const last = points.at(-1)!.stocks;
        expect(last.minted - last.burned).toBe(tokenStocks(last) - tokenStocks(first));
      }),
      { numRuns: 25 },
    );
  });

  it("projects the seeds' story: reserve shrinks, holders and treasury grow", () => {
    const points = projectStocks(defaultParameters(), DEFAULT_ACTIVITY, 30);
    const [first, last] = [points[0]!.stocks, points.at(-1)!.stocks];
    expect(last.companyReserve < first.companyReserve).toBe(true);
    expect(last.communityTreasury > first.communityTreasury).toBe(true);
    expect(last.stableReserve > 0n).toBe(true);
    expect(points[30]!.rewardPerGeneration < points[0]!.rewardPerGeneration).toBe(true);
  });
});
