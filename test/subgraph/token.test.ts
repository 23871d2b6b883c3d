// CommunityToken handlers: balances, supply, holders, supply days and delegation.
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  newDelegateChangedEvent,
  newDelegateVotesChangedEvent,
  newTransferEvent,
} from "./factories/community-token.ts";
import { addressOf, txHash } from "./factories/log.ts";
import { HOUR, lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, must, sum } from "./support/entities.ts";
import { graphql } from "./support/graphql.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const ALICE: Address = "0x00000000000000000000000000000000000a11ce";
const BOB: Address = "0x0000000000000000000000000000000000000b0b";
const E18 = 10n ** 18n;
const TOKEN = lower(addressOf("CommunityToken"));
const dayOf = (ts: bigint) => Number(ts / 86_400n);

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(120);
  s = openSession(chain);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

describe("CommunityToken", () => {
  it("mints, transfers and burns: balances, supply, holder count, supply day", async () => {
    const mint = await s.run([newTransferEvent({ from: ZERO, to: ALICE, value: 1_000n * E18 })]);
    expect(must(s.store, "Token", "token")).toMatchObject({
      address: TOKEN,
      totalSupply: 1_000n * E18,
      minted: 1_000n * E18,
      burned: 0n,
      stockHoldings: 0n,
      holderCount: 1,
    });
    expect(must(s.store, "Account", lower(ALICE))).toMatchObject({
      balance: 1_000n * E18,
      votingPower: 0n,
      firstSeenAt: mint.timestamp,
    });
    // optional fields never set are absent from the entity (GraphQL answers null)
    expect(must(s.store, "Account", lower(ALICE))).not.toHaveProperty("delegate");
    expect(must(s.store, "Account", lower(ALICE))).not.toHaveProperty("stock");

    const move = await s.run([
      newTransferEvent({ from: ALICE, to: BOB, value: 400n * E18 }, { tx: "pay" }),
      newTransferEvent({ from: BOB, to: ZERO, value: 150n * E18 }, { tx: "burn" }),
    ]);
    expect(must(s.store, "Account", lower(ALICE)).balance).toBe(600n * E18);
    expect(must(s.store, "Account", lower(BOB))).toMatchObject({
      balance: 250n * E18,
      firstSeenAt: move.timestamp,
    });
    expect(must(s.store, "Token", "token")).toMatchObject({
      totalSupply: 850n * E18,
      minted: 1_000n * E18,
      burned: 150n * E18,
      holderCount: 2,
    });
    expect(must(s.store, "Governance", "governance").currentTokenHolders).toBe(2n);

    // Bob spends everything: he stops being a holder
    await s.run([newTransferEvent({ from: BOB, to: ALICE, value: 250n * E18 })]);
    expect(must(s.store, "Token", "token").holderCount).toBe(1);
    expect(must(s.store, "Account", lower(BOB)).balance).toBe(0n);

    const day = dayOf(mint.timestamp);
    expect(dayOf(move.timestamp)).toBe(day);
    expect(must(s.store, "SupplyDay", String(day))).toEqual({
      id: String(day),
      dayId: day,
      date: day * 86_400,
      totalSupply: 850n * E18,
      circulating: 850n * E18,
      burned: 150n * E18,
      mintedInDay: 1_000n * E18,
      burnedInDay: 150n * E18,
    });
  });

  it("starts a new supply day at the UTC day boundary", async () => {
    const { timestamp } = await s.peek();
    s.skip(Math.ceil(Number(86_400n - (timestamp % 86_400n)) / HOUR));
    const next = await s.run([newTransferEvent({ from: ALICE, to: ZERO, value: 50n * E18 })]);
    const day = dayOf(next.timestamp);
    expect(day).toBe(dayOf(timestamp) + 1);
    expect(must(s.store, "SupplyDay", String(day))).toMatchObject({
      totalSupply: 800n * E18,
      burned: 200n * E18,
      mintedInDay: 0n,
      burnedInDay: 50n * E18,
    });
  });

  it("tracks delegation and voting power (delegate counts, sums, derived delegators)", async () => {
    const run = await s.run([
      newDelegateChangedEvent(
        { delegator: ALICE, fromDelegate: ZERO, toDelegate: BOB },
        { tx: "d" },
      ),
      newDelegateVotesChangedEvent(
        { delegate: BOB, previousVotes: 0n, newVotes: 800n * E18 },
        { tx: "d" },
      ),
    ]);
    expect(run.handlers).toEqual([
      "CommunityToken.handleDelegateChanged",
      "CommunityToken.handleDelegateVotesChanged",
      "CommunityGovernor.handleBlock",
    ]);
    expect(all(s.store, "DelegateChange")).toEqual([
      {
        id: `${txHash("d")}-0`,
        delegator: lower(ALICE),
        fromDelegate: ZERO,
        toDelegate: lower(BOB),
        timestamp: run.timestamp,
        blockNumber: BigInt(run.number),
        txHash: txHash("d"),
      },
    ]);
    expect(must(s.store, "Account", lower(ALICE)).delegate).toBe(lower(BOB));
    expect(must(s.store, "Account", lower(BOB)).votingPower).toBe(800n * E18);
    expect(must(s.store, "VotingPowerChange", `${txHash("d")}-1`)).toMatchObject({
      delegate: lower(BOB),
      previousVotes: 0n,
      newVotes: 800n * E18,
      delta: 800n * E18,
    });
    expect(must(s.store, "Token", "token")).toMatchObject({
      delegateCount: 1,
      delegatedVotes: 800n * E18,
    });
    expect(must(s.store, "Governance", "governance")).toMatchObject({
      currentDelegates: 1n,
      delegatedVotes: 800n * E18,
    });
    const q = graphql(s.store);
    const data = await q<{ account: { delegators: { id: string }[] } }>(
      `{ account(id: "${lower(BOB)}") { delegators { id } } }`,
    );
    expect(data.account.delegators).toEqual([{ id: lower(ALICE) }]);

    // undelegating: the delegate link clears, the power drops to zero, the count follows
    await s.run([
      newDelegateChangedEvent({ delegator: ALICE, fromDelegate: BOB, toDelegate: ZERO }),
      newDelegateVotesChangedEvent({ delegate: BOB, previousVotes: 800n * E18, newVotes: 0n }),
    ]);
    expect(must(s.store, "Account", lower(ALICE)).delegate).toBeUndefined();
    expect(must(s.store, "Token", "token")).toMatchObject({ delegateCount: 0, delegatedVotes: 0n });
    const deltas = all(s.store, "VotingPowerChange").map((e) => e.delta as bigint);
    expect(sum(deltas)).toBe(0n);
    expect(deltas).toContain(-800n * E18);
  });

  it("keeps delegator counts, the first time power was held and a power row per day", async () => {
    const CAROL: Address = "0x0000000000000000000000000000000000ca401e";
    const before = all(s.store, "VotingPowerDay").length;
    // Carol delegates to herself, Alice to Carol: two delegators, Carol's first power now
    const first = await s.run([
      newDelegateChangedEvent(
        { delegator: CAROL, fromDelegate: ZERO, toDelegate: CAROL },
        { tx: "c1" },
      ),
      newDelegateVotesChangedEvent(
        { delegate: CAROL, previousVotes: 0n, newVotes: 5n * E18 },
        { tx: "c1" },
      ),
      newDelegateChangedEvent(
        { delegator: ALICE, fromDelegate: ZERO, toDelegate: CAROL },
        { tx: "c1" },
      ),
      newDelegateVotesChangedEvent(
        {
          delegate: CAROL,
          previousVotes: 5n * E18,
          newVotes: 805n * E18,
        },
        { tx: "c1" },
      ),
    ]);
    expect(must(s.store, "Account", lower(CAROL))).toMatchObject({
      delegate: lower(CAROL),
      delegatorCount: 2,
      firstVotingPowerAt: first.timestamp,
      votingPower: 805n * E18,
    });
    const day = dayOf(first.timestamp);
    expect(must(s.store, "VotingPowerDay", `${lower(CAROL)}-${day}`)).toEqual({
      id: `${lower(CAROL)}-${day}`,
      account: lower(CAROL),
      dayId: day,
      votingPower: 805n * E18,
      delta: 805n * E18,
      changes: 2,
    });

    // the next day Alice moves to Bob: Carol keeps her first time, a new day row says −800
    const { timestamp } = await s.peek();
    s.skip(Math.ceil(Number(86_400n - (timestamp % 86_400n)) / HOUR));
    const next = await s.run([
      newDelegateChangedEvent(
        { delegator: ALICE, fromDelegate: CAROL, toDelegate: BOB },
        { tx: "c2" },
      ),
      newDelegateVotesChangedEvent(
        {
          delegate: CAROL,
          previousVotes: 805n * E18,
          newVotes: 5n * E18,
        },
        { tx: "c2" },
      ),
      newDelegateVotesChangedEvent(
        { delegate: BOB, previousVotes: 0n, newVotes: 800n * E18 },
        { tx: "c2" },
      ),
    ]);
    expect(must(s.store, "Account", lower(CAROL))).toMatchObject({
      delegatorCount: 1,
      firstVotingPowerAt: first.timestamp,
    });
    // Bob held power in the test before: his first time stays that earlier one
    const bob = must(s.store, "Account", lower(BOB));
    expect(bob.delegatorCount).toBe(1);
    expect(bob.firstVotingPowerAt as bigint).toBeLessThan(first.timestamp);
    expect(
      must(s.store, "VotingPowerDay", `${lower(CAROL)}-${dayOf(next.timestamp)}`),
    ).toMatchObject({ votingPower: 5n * E18, delta: -800n * E18, changes: 1 });
    expect(all(s.store, "VotingPowerDay").length).toBe(before + 3);

    // Carol undelegates herself: nobody's delegator; her count drops, the zero address has none
    await s.run([
      newDelegateChangedEvent(
        { delegator: CAROL, fromDelegate: CAROL, toDelegate: ZERO },
        { tx: "c3" },
      ),
    ]);
    expect(must(s.store, "Account", lower(CAROL)).delegatorCount).toBe(0);
    expect(must(s.store, "Account", lower(CAROL)).delegate).toBeUndefined();
    expect(must(s.store, "Account", ZERO).delegatorCount).toBe(0);
  });
});
