// StakingVault and HostingRewards handlers: positions through their life (stake, rewards,
// claims, slash, unstake), the vault as a stock, hosting nodes, reports, rewards, samples.
import { type Address, keccak256, toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLOW, SLASH_REASON } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import {
  newAvailabilitySampledEvent,
  newHostingReportedEvent,
  newHostingRewardPaidEvent,
  newNodeRegisteredEvent,
} from "./factories/hosting-rewards.ts";
import { addressOf, txHash } from "./factories/log.ts";
import {
  newRewardClaimedEvent,
  newRewardNotifiedEvent,
  newSlashedEvent,
  newStakedEvent,
  newUnstakedEvent,
} from "./factories/staking-vault.ts";
import { newInflowEvent } from "./factories/treasury.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { must } from "./support/entities.ts";
import { graphql } from "./support/graphql.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const OWNER: Address = "0x00000000000000000000000000000000000a11ce";
const ROUTER = addressOf("FeeRouter");
const VAULT = addressOf("StakingVault");
const COMMUNITY = addressOf("CommunityTreasury");
const TOKEN = addressOf("CommunityToken");
const E18 = 10n ** 18n;
const DATUM = keccak256(toHex("datum-1"));
const day = (ts: bigint) => Number(ts / 86_400n);

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(40);
  s = openSession(chain);
  await s.run([newTransferEvent({ from: ZERO, to: OWNER, value: 1_000n * E18 })]);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

const vaultBalance = () => must(s.store, "StockBalance", `STAKING_VAULT-${lower(TOKEN)}`);

describe("StakingVault", () => {
  let stakedAt: bigint;

  it("opens a position and makes the vault a stock", async () => {
    const { timestamp } = await s.peek();
    stakedAt = timestamp;
    const lockEnd = timestamp + 30n * 86_400n;
    await s.run([
      newTransferEvent({ from: OWNER, to: VAULT, value: 100n * E18 }, { tx: "stake" }),
      newStakedEvent(
        { positionId: 0n, owner: OWNER, amount: 100n * E18, lockEnd, weight: 150n * E18 },
        { tx: "stake" },
      ),
    ]);
    expect(must(s.store, "StakePosition", "0")).toEqual({
      id: "0",
      owner: lower(OWNER),
      amount: 100n * E18,
      initialAmount: 100n * E18,
      weight: 150n * E18,
      lockMultiplier: "1.5",
      lockEnd,
      lockDuration: 30n * 86_400n,
      stakedAt,
      closed: false,
      claimed: 0n,
      slashed: 0n,
    });
    expect(must(s.store, "StakeEvent", `${txHash("stake")}-1`)).toMatchObject({
      position: "0",
      kind: "STAKE",
      amount: 100n * E18,
    });
    expect(must(s.store, "Stock", "STAKING_VAULT").address).toBe(lower(VAULT));
    expect(vaultBalance()).toMatchObject({ balance: 100n * E18, flowCount: 1 });
    expect(must(s.store, "StockFlow", `${txHash("stake")}-1`)).toMatchObject({
      direction: "IN",
      source: "STAKE",
      counterparty: lower(OWNER),
    });
    expect(must(s.store, "Token", "token").stockHoldings).toBe(100n * E18);
    expect(must(s.store, "FlowEdge", `STAKERS-STAKING_VAULT-${day(stakedAt)}`).amount).toBe(
      100n * E18,
    );
  });

  it("takes in the stakers' fee share and pays claims", async () => {
    await s.run([
      newTransferEvent(
        { from: ROUTER, to: VAULT, value: 10n * E18 },
        { tx: { seed: "n", from: ROUTER } },
      ),
      newRewardNotifiedEvent(
        {
          amount: 10n * E18,
          totalWeight: 150n * E18,
          accRewardPerWeight: 666_666_666_666_666_666n,
        },
        { tx: { seed: "n", from: ROUTER } },
      ),
      newTransferEvent({ from: VAULT, to: OWNER, value: 4n * E18 }, { tx: "claim" }),
      newRewardClaimedEvent({ positionId: 0n, owner: OWNER, amount: 4n * E18 }, { tx: "claim" }),
    ]);
    expect(must(s.store, "RewardNotification", `${txHash("n")}-1`)).toMatchObject({
      amount: 10n * E18,
      totalWeight: 150n * E18,
      accRewardPerWeight: 666_666_666_666_666_666n,
    });
    // the vault flow's payer is the transaction's sender (the fee router)
    expect(must(s.store, "StockFlow", `${txHash("n")}-1`)).toMatchObject({
      source: "FEE",
      counterparty: lower(ROUTER),
    });
    expect(must(s.store, "RewardPayout", `${txHash("claim")}-3`)).toMatchObject({
      position: "0",
      owner: lower(OWNER),
      amount: 4n * E18,
    });
    expect(must(s.store, "StakePosition", "0").claimed).toBe(4n * E18);
    expect(vaultBalance()).toMatchObject({ balance: 106n * E18, outflowTotal: 4n * E18 });
  });

  it("slashes: weight shrinks with the stake, part burned, part to the treasury", async () => {
    const run = await s.run([
      newTransferEvent({ from: VAULT, to: ZERO, value: 5n * E18 }, { tx: "slash" }),
      newTransferEvent({ from: VAULT, to: COMMUNITY, value: 5n * E18 }, { tx: "slash" }),
      newInflowEvent(
        "CommunityTreasury",
        { asset: TOKEN, from: OWNER, amount: 5n * E18, flow: FLOW.SLASH },
        { tx: "slash" },
      ),
      newSlashedEvent(
        {
          positionId: 0n,
          owner: OWNER,
          amount: 10n * E18,
          toTreasury: 5n * E18,
          burned: 5n * E18,
          reason: SLASH_REASON.FAILED_AVAILABILITY_SAMPLE,
        },
        { tx: "slash" },
      ),
    ]);
    expect(must(s.store, "StakePosition", "0")).toMatchObject({
      amount: 90n * E18,
      initialAmount: 100n * E18,
      weight: 135n * E18,
      slashed: 10n * E18,
      closed: false,
    });
    expect(must(s.store, "Slash", `${txHash("slash")}-3`)).toMatchObject({
      position: "0",
      amount: 10n * E18,
      toTreasury: 5n * E18,
      burned: 5n * E18,
      reason: "FAILED_AVAILABILITY_SAMPLE",
    });
    expect(vaultBalance().balance).toBe(96n * E18);
    const d = day(run.timestamp);
    expect(must(s.store, "FlowEdge", `STAKING_VAULT-BURNED-${d}`).amount).toBe(5n * E18);
    expect(must(s.store, "FlowEdge", `STAKING_VAULT-COMMUNITY_TREASURY-${d}`).amount).toBe(
      5n * E18,
    );
    expect(must(s.store, "Token", "token")).toMatchObject({
      burned: 5n * E18,
      stockHoldings: 101n * E18,
    });
  });

  it("closes the position on unstake; derived events, payouts and slashes", async () => {
    await s.run([
      newTransferEvent({ from: VAULT, to: OWNER, value: 90n * E18 }, { tx: "unstake" }),
      newUnstakedEvent({ positionId: 0n, owner: OWNER, amount: 90n * E18 }, { tx: "unstake" }),
    ]);
    expect(must(s.store, "StakePosition", "0")).toMatchObject({ closed: true, amount: 90n * E18 });
    expect(vaultBalance()).toMatchObject({
      balance: 6n * E18,
      inflowTotal: 110n * E18,
      outflowTotal: 104n * E18,
      flowCount: 5,
    });
    const data = await graphql(s.store)<{
      stakePosition: { events: { kind: string }[]; payouts: unknown[]; slashes: unknown[] };
    }>(
      `{ stakePosition(id: "0") { events(orderBy: timestamp) { kind } payouts { id } slashes { id } } }`,
    );
    expect(data.stakePosition.events.map((e) => e.kind)).toEqual(["STAKE", "UNSTAKE"]);
    expect(data.stakePosition.payouts).toHaveLength(1);
    expect(data.stakePosition.slashes).toHaveLength(1);
  });

  it("aborts on a claim for a position it never saw", async () => {
    await expect(
      s.run([newRewardClaimedEvent({ positionId: 99n, owner: OWNER, amount: 1n })]),
    ).rejects.toThrow(/unknown stake position 99/);
  });
});

describe("HostingRewards", () => {
  const NODE = OWNER;

  it("registers a node, stores its report and reward with the hosted share", async () => {
    const reg = await s.run([newNodeRegisteredEvent({ node: NODE, positionId: 0n, region: 3 })]);
    expect(must(s.store, "HostingNode", lower(NODE))).toEqual({
      id: lower(NODE),
      position: "0",
      region: 3,
      registeredAt: reg.timestamp,
      totalRewards: 0n,
      latestShare: "0",
      failedSamples: 0,
    });
    const run = await s.run([
      newHostingReportedEvent(
        { node: NODE, epoch: 2n, hostedUnits: 100n, hotUnits: 10n, weight: 1150n },
        { tx: "settle" },
      ),
      newHostingRewardPaidEvent(
        { node: NODE, epoch: 2n, amount: 7n * E18, weight: 1150n, totalWeight: 4600n },
        { tx: "settle" },
      ),
    ]);
    const id = `${lower(NODE)}-2`;
    expect(must(s.store, "HostingReport", id)).toEqual({
      id,
      node: lower(NODE),
      epoch: 2n,
      hostedUnits: 100n,
      hotUnits: 10n,
      weight: 1150n,
      timestamp: run.timestamp,
    });
    expect(must(s.store, "HostingReward", id)).toMatchObject({
      amount: 7n * E18,
      totalWeight: 4600n,
      share: "0.25",
    });
    expect(must(s.store, "HostingNode", lower(NODE))).toMatchObject({
      totalRewards: 7n * E18,
      latestShare: "0.25",
      latestEpoch: 2n,
    });
  });

  it("counts failed availability samples", async () => {
    const { timestamp } = await s.peek();
    const window = timestamp / 900n;
    await s.run([
      newAvailabilitySampledEvent(
        { node: NODE, datumId: DATUM, window, passed: true, slashed: 0n },
        { tx: "ok" },
      ),
      newAvailabilitySampledEvent(
        { node: NODE, datumId: DATUM, window, passed: false, slashed: 9n * E18 },
        { tx: "fail" },
      ),
    ]);
    expect(must(s.store, "AvailabilitySample", `${txHash("fail")}-1`)).toMatchObject({
      node: lower(NODE),
      datum: DATUM,
      window,
      passed: false,
      slashed: 9n * E18,
    });
    expect(must(s.store, "HostingNode", lower(NODE)).failedSamples).toBe(1);
  });

  it("aborts on a reward for an unregistered node", async () => {
    await expect(
      s.run([
        newHostingRewardPaidEvent({
          node: ROUTER,
          epoch: 2n,
          amount: 1n,
          weight: 1n,
          totalWeight: 1n,
        }),
      ]),
    ).rejects.toThrow(/unknown hosting node in HostingRewardPaid/);
  });
});
