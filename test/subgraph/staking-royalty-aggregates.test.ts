// The dashboard's staking and royalty aggregates: StakingTotals, StakingDay, StakeLock(Day),
// RoyaltyDay and RoyaltyEarner. Staking runs random sequences through the economy model's
// mirror of StakingVault (real accRewardPerWeight values), so each lock group's lazily
// accrued rewards can be checked against what the vault owes its positions.
import fc from "fast-check";
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mint } from "../../economy/model/ledger.ts";
import {
  claim,
  notifyReward,
  pendingReward,
  slashPosition,
  stake,
  unstake,
} from "../../economy/model/staking.ts";
import { createState, type EconomyState } from "../../economy/model/state.ts";
import { ROYALTY_ROLE, SLASH_REASON } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import { newNodeRegisteredEvent } from "./factories/hosting-rewards.ts";
import { addressOf, type RawLog } from "./factories/log.ts";
import { newRoyaltyPaidEvent, newSoldEvent } from "./factories/nft-market.ts";
import { newMintedEvent, newNftTransferEvent } from "./factories/portfolio-nft.ts";
import {
  newRewardClaimedEvent,
  newRewardNotifiedEvent,
  newSlashedEvent,
  newStakedEvent,
  newUnstakedEvent,
} from "./factories/staking-vault.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, must, type Plain, sum } from "./support/entities.ts";
import { graphql } from "./support/graphql.ts";
import { openSession, type Session } from "./support/session.ts";

const E18 = 10n ** 18n;
const DAY = 86_400n;
const OWNERS: Address[] = [
  "0x00000000000000000000000000000000000a11ce",
  "0x0000000000000000000000000000000000000b0b",
  "0x0000000000000000000000000000000000000ca7",
];
const ROUTER = addressOf("FeeRouter");
const LOCKS = [0n, DAY, 7n * DAY, 30n * DAY, 365n * DAY, 45n * DAY + 3_601n];
const MAX_STEPS = 24;

type Step =
  | { op: "stake"; owner: number; amount: number; lock: number }
  | { op: "notify"; amount: number }
  | { op: "claim"; pick: number }
  | { op: "slash"; pick: number; governance: boolean }
  | { op: "unstake"; pick: number }
  | { op: "wait"; hours: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant("stake" as const),
    owner: fc.nat(OWNERS.length - 1),
    amount: fc.integer({ min: 1, max: 5_000 }),
    lock: fc.nat(LOCKS.length - 1),
  }),
  fc.record({ op: fc.constant("notify" as const), amount: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant("claim" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("slash" as const), pick: fc.nat(), governance: fc.boolean() }),
  fc.record({ op: fc.constant("unstake" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 30 }) }),
);

/** Plays steps on the model and the subgraph alike; returns what the test checks against. */
class VaultRun {
  readonly state: EconomyState;
  readonly claimed: bigint[] = [];
  readonly lockDays: number[] = [];
  /** Σ amount × seconds per position, kept independently of the subgraph */
  readonly stakeSeconds: bigint[] = [];
  readonly since: bigint[] = [];
  notified = 0n;
  claims = 0n;
  slashed = 0n;
  private tx = 0;

  constructor(readonly tag: string) {
    this.state = createState({
      companyReserve: "company",
      communityTreasury: lower(addressOf("CommunityTreasury")),
      stakingVault: lower(addressOf("StakingVault")),
      stableReserve: "stable",
      liquidityProvider: "lp",
    });
    for (const o of OWNERS) mint(this.state.ledger, lower(o), 10n ** 9n * E18);
    mint(this.state.ledger, lower(ROUTER), 10n ** 9n * E18);
  }

  private meta(from?: Address) {
    return { tx: { seed: `${this.tag}-${this.tx++}`, from } };
  }

  private open(pick: number): number | null {
    const open = this.state.vault.positions.flatMap((p, i) => (p.closed ? [] : [i]));
    return open.length === 0 ? null : open[pick % open.length]!;
  }

  private settle(id: number, now: bigint) {
    const p = this.state.vault.positions[id]!;
    this.stakeSeconds[id]! += p.closed ? 0n : p.amount * (now - this.since[id]!);
    this.since[id] = now;
  }

  apply(s: Step, now: bigint): RawLog[] {
    const v = this.state.vault;
    switch (s.op) {
      case "stake": {
        const owner = OWNERS[s.owner]!;
        const amount = BigInt(s.amount) * E18;
        const lock = LOCKS[s.lock]!;
        const { id, weight, lockEnd } = stake(this.state, lower(owner), amount, lock, now);
        this.claimed.push(0n);
        this.lockDays.push(Number(lock / DAY));
        this.stakeSeconds.push(0n);
        this.since.push(now);
        return [
          newStakedEvent({ positionId: BigInt(id), owner, amount, lockEnd, weight }, this.meta()),
        ];
      }
      case "notify": {
        const amount = BigInt(s.amount) * E18;
        notifyReward(this.state, lower(ROUTER), amount);
        this.notified += amount;
        const e = {
          amount,
          totalWeight: v.totalWeight,
          accRewardPerWeight: v.accRewardPerWeight,
        };
        return [newRewardNotifiedEvent(e, this.meta(ROUTER))];
      }
      case "claim": {
        const id = this.open(s.pick);
        if (id === null || pendingReward(this.state, id) === 0n) return [];
        const p = v.positions[id]!;
        const amount = claim(this.state, p.owner, id);
        this.claimed[id]! += amount;
        this.claims += amount;
        const owner = p.owner as Address;
        return [newRewardClaimedEvent({ positionId: BigInt(id), owner, amount }, this.meta())];
      }
      case "slash": {
        const id = this.open(s.pick);
        if (id === null) return [];
        this.settle(id, now);
        const p = v.positions[id]!;
        const parts = slashPosition(this.state, id);
        this.slashed += parts.amount;
        const reason = s.governance
          ? SLASH_REASON.GOVERNANCE
          : SLASH_REASON.FAILED_AVAILABILITY_SAMPLE;
        return [
          newSlashedEvent(
            { positionId: BigInt(id), owner: p.owner as Address, ...parts, reason },
            this.meta(),
          ),
        ];
      }
      case "unstake": {
        const id = this.open(s.pick);
        if (id === null) return [];
        this.settle(id, now);
        const p = v.positions[id]!;
        const owner = p.owner as Address;
        // The vault checks the lock; the subgraph does not, so the model is told it expired.
        const { reward, amount } = unstake(
          this.state,
          p.owner,
          id,
          p.lockEnd > now ? p.lockEnd : now,
        );
        const meta = this.meta();
        const logs: RawLog[] = [];
        if (reward > 0n) {
          this.claimed[id]! += reward;
          this.claims += reward;
          logs.push(newRewardClaimedEvent({ positionId: BigInt(id), owner, amount: reward }, meta));
        }
        logs.push(newUnstakedEvent({ positionId: BigInt(id), owner, amount }, meta));
        return logs;
      }
      case "wait":
        return [];
    }
  }
}

let chain: TestChain;
beforeAll(async () => {
  chain = await startTestChain(MAX_STEPS * 31 + 40);
});
afterAll(() => chain?.stop());

const ZERO: Address = "0x0000000000000000000000000000000000000000";

/** A fresh store whose token is indexed (its genesis Transfer), as every handler expects. */
async function indexed(): Promise<Session> {
  const s = openSession(chain);
  await s.run([newTransferEvent({ from: ZERO, to: OWNERS[0]!, value: 10n ** 9n * E18 })]);
  return s;
}

const byLock = (rows: Plain[]) => new Map(rows.map((r) => [r.lockDays as number, r]));

async function play(sequence: Step[], tag: string) {
  const s = await indexed();
  const run = new VaultRun(tag);
  let now = 0n;
  for (const st of sequence) {
    if (st.op === "wait") s.skip(st.hours);
    now = (await s.peek()).timestamp;
    await s.run(run.apply(st, now));
  }
  return { s, run, now };
}

function expectLocksMatchVault(s: Session, run: VaultRun, now: bigint) {
  const v = run.state.vault;
  const locks = byLock(all(s.store, "StakeLock"));
  const groups = new Set(run.lockDays);
  expect(new Set(locks.keys())).toEqual(groups);
  for (const days of groups) {
    const ids = run.lockDays.flatMap((d, i) => (d === days ? [i] : []));
    const open = ids.filter((i) => !v.positions[i]!.closed);
    const lock = locks.get(days)!;
    const ps = ids.map((i) => v.positions[i]!);
    expect(lock).toMatchObject({
      positionCount: ids.length,
      openPositions: open.length,
      amount: sum(open.map((i) => v.positions[i]!.amount)),
      weight: sum(open.map((i) => v.positions[i]!.weight)),
    });
    expect(lock.initialAmount).toBeGreaterThanOrEqual(sum(ps.map((p) => p.amount)));
    // What the dashboard computes at `now`: accrued + weight × Δacc; stake × time likewise.
    const weight = lock.weight as bigint;
    const earned =
      (lock.rewardEarned as bigint) +
      (weight * (v.accRewardPerWeight - (lock.accRewardPerWeight as bigint))) / E18;
    const owed = sum(ids.map((i) => run.claimed[i]! + pendingReward(run.state, i)));
    // The vault rounds per position and per change, the group per change: a few wei apart.
    const dust = BigInt(ids.length * 4 + MAX_STEPS);
    expect(earned - owed, `lock ${days} d: ${earned} vs ${owed}`).toBeLessThanOrEqual(dust);
    expect(owed - earned, `lock ${days} d: ${earned} vs ${owed}`).toBeLessThanOrEqual(dust);
    for (const i of open) run.stakeSeconds[i]! += v.positions[i]!.amount * (now - run.since[i]!);
    for (const i of open) run.since[i] = now;
    const stakeSeconds =
      (lock.stakeSeconds as bigint) + (lock.amount as bigint) * (now - (lock.updatedAt as bigint));
    expect(stakeSeconds).toBe(sum(ids.map((i) => run.stakeSeconds[i]!)));
    // The latest day row of the group holds the group as it is.
    const days_ = all(s.store, "StakeLockDay").filter((d) => d.lock === String(days));
    const last = days_.reduce((a, b) => ((b.dayId as number) > (a.dayId as number) ? b : a));
    expect(last).toMatchObject({
      openPositions: lock.openPositions,
      amount: lock.amount,
      weight: lock.weight,
      rewardEarned: lock.rewardEarned,
      stakeSeconds: lock.stakeSeconds,
      updatedAt: lock.updatedAt,
    });
    expect(sum(days_.map((d) => d.staked))).toBe(lock.initialAmount);
    expect(sum(days_.map((d) => d.slashed))).toBe(lock.slashed);
  }
}

function expectTotals(s: Session, run: VaultRun) {
  const v = run.state.vault;
  const open = v.positions.filter((p) => !p.closed);
  if (v.positions.length === 0) return;
  expect(must(s.store, "StakingTotals", "vault")).toMatchObject({
    staked: sum(open.map((p) => p.amount)),
    weight: v.totalWeight,
    accRewardPerWeight: v.accRewardPerWeight,
    openPositions: open.length,
    rewardsNotified: run.notified,
    rewardsClaimed: run.claims,
    slashed: run.slashed,
  });
  const days = all(s.store, "StakingDay").sort((a, b) => (a.dayId as number) - (b.dayId as number));
  expect(sum(days.map((d) => d.rewardsNotified))).toBe(run.notified);
  expect(sum(days.map((d) => d.rewardsClaimed))).toBe(run.claims);
  expect(sum(days.map((d) => d.slashed))).toBe(run.slashed);
  // Days chain: staked at the end of a day = previous + staked − unstaked − slashed.
  let staked = 0n;
  for (const d of days) {
    staked += (d.staked as bigint) - (d.unstaked as bigint) - (d.slashed as bigint);
    expect([d.dayId, d.stakedTotal]).toEqual([d.dayId, staked]);
  }
  expect(days.at(-1)).toMatchObject({
    weightTotal: v.totalWeight,
    accRewardPerWeight: v.accRewardPerWeight,
  });
}

describe("staking aggregates", () => {
  let runs = 0;
  it("lock groups earn what the vault owes their positions, for any valid sequence", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: MAX_STEPS }), async (seq) => {
        const { s, run, now } = await play(seq, `p${runs++}`);
        try {
          expectLocksMatchVault(s, run, now);
          expectTotals(s, run);
        } finally {
          await s.close();
        }
      }),
      { numRuns: 15, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  });

  it("splits rewards by weight: a 365-day lock earns 4× a no-lock stake of the same size", async () => {
    const seq: Step[] = [
      { op: "stake", owner: 0, amount: 100, lock: 0 },
      { op: "stake", owner: 1, amount: 100, lock: 4 },
      { op: "notify", amount: 50 },
      { op: "wait", hours: 24 },
      { op: "slash", pick: 0, governance: false },
    ];
    const { s, run, now } = await play(seq, "fixed");
    try {
      expectLocksMatchVault(s, run, now);
      const locks = byLock(all(s.store, "StakeLock"));
      expect(locks.get(0)).toMatchObject({
        lockDays: 0,
        rewardEarned: 10n * E18,
        slashed: 10n * E18,
      });
      const long = locks.get(365)!;
      expect(long.initialWeight).toBe(400n * E18);
      const acc = run.state.vault.accRewardPerWeight;
      const earned = ((long.weight as bigint) * (acc - (long.accRewardPerWeight as bigint))) / E18;
      expect(earned).toBe(40n * E18);
    } finally {
      await s.close();
    }
  });

  it("links a position to the hosting node it stakes for", async () => {
    const s = await indexed();
    try {
      const run = new VaultRun("node");
      const { timestamp } = await s.peek();
      const node = OWNERS[2]!;
      await s.run([
        ...run.apply({ op: "stake", owner: 2, amount: 1_000, lock: 4 }, timestamp),
        newNodeRegisteredEvent({ node, positionId: 0n, region: 2 }, { tx: "node-reg" }),
      ]);
      const data = await graphql(s.store)<{
        stakePosition: { hostingNodes: { id: string; region: number }[] };
      }>(`{ stakePosition(id: "0") { hostingNodes { id region } } }`);
      expect(data.stakePosition.hostingNodes).toEqual([{ id: lower(node), region: 2 }]);
    } finally {
      await s.close();
    }
  });
});

describe("royalty aggregates", () => {
  const CREATOR: Address = "0x00000000000000000000000000000000000c0de1";
  const TUNER: Address = "0x00000000000000000000000000000000000c0de2";
  const DATA: Address = "0x00000000000000000000000000000000000da7a1";
  const BUYER: Address = "0x000000000000000000000000000000000000b0e7";
  const COMMUNITY = addressOf("CommunityTreasury");

  it("totals sales and royalties per day by role, and per payee", async () => {
    const s = await indexed();
    try {
      await s.run([
        newNftTransferEvent({ from: ZERO, to: CREATOR, tokenId: 7n }, { tx: "m" }),
        newMintedEvent(
          {
            tokenId: 7n,
            creator: CREATOR,
            fineTuner: TUNER,
            datasetContributors: [DATA],
            fee: E18,
          },
          { tx: "m" },
        ),
      ]);
      const sale = (n: number, price: bigint) => {
        const tx = { tx: `sale-${n}` };
        const royalty = price / 10n;
        const parts: [number, Address, bigint][] = [
          [ROYALTY_ROLE.CREATOR, CREATOR, royalty / 2n],
          [ROYALTY_ROLE.DATASET_CONTRIBUTOR, DATA, royalty / 5n],
          [ROYALTY_ROLE.FINE_TUNER, TUNER, (royalty * 3n) / 20n],
          [ROYALTY_ROLE.COMMUNITY, COMMUNITY, (royalty * 3n) / 20n],
        ];
        return [
          ...parts.map(([role, payee, amount]) =>
            newRoyaltyPaidEvent({ tokenId: 7n, role, payee, amount }, tx),
          ),
          newSoldEvent({ tokenId: 7n, seller: CREATOR, buyer: BUYER, price, royalty }, tx),
        ];
      };
      const run = await s.run([...sale(1, 100n * E18), ...sale(2, 20n * E18)]);
      const day = String(run.timestamp / DAY);
      expect(must(s.store, "RoyaltyDay", day)).toEqual({
        id: day,
        dayId: Number(day),
        date: Number(day) * 86_400,
        saleCount: 2,
        saleVolume: 120n * E18,
        royalty: 12n * E18,
        creator: 6n * E18,
        datasetContributors: (12n * E18) / 5n,
        fineTuners: (18n * E18) / 10n,
        community: (18n * E18) / 10n,
        paymentCount: 8,
      });
      expect(must(s.store, "RoyaltyEarner", `CREATOR-${lower(CREATOR)}`)).toEqual({
        id: `CREATOR-${lower(CREATOR)}`,
        role: "CREATOR",
        payee: lower(CREATOR),
        amount: 6n * E18,
        paymentCount: 2,
        lastPaidAt: run.timestamp,
      });
      // Every payment lands in its day and its earner: both sum to the payments.
      const payments = sum(all(s.store, "RoyaltyPayment").map((p) => p.amount));
      expect(sum(all(s.store, "RoyaltyEarner").map((e) => e.amount))).toBe(payments);
      const d = must(s.store, "RoyaltyDay", day);
      expect(
        (d.creator as bigint) +
          (d.datasetContributors as bigint) +
          (d.fineTuners as bigint) +
          (d.community as bigint),
      ).toBe(d.royalty);
    } finally {
      await s.close();
    }
  });
});
