// Property: any valid sequence of token, treasury, staking, emission and vote events,
// indexed by the compiled subgraph, runs without a handler abort and leaves books that
// add up (Σ balances = supply, stock = Σ flows, tallies = Σ votes, the emission curve),
// matching an independent model of the same economy.
import fc from "fast-check";
import { keccak256, toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newProposalCreatedEvent } from "./factories/community-governor.ts";
import type { RawLog } from "./factories/log.ts";
import { addressOf } from "./factories/log.ts";
import { EconomyModel, HOLDERS } from "./property/economy-model.ts";
import { type Step, steps } from "./property/ops.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, must } from "./support/entities.ts";
import { expectFlowLinks } from "./support/flow-invariants.ts";
import {
  expectDelegation,
  expectEmissionCurve,
  expectStockBooks,
  expectSupplyDays,
  expectTallies,
  expectTokenBooks,
} from "./support/invariants.ts";
import { openSession, type Session } from "./support/session.ts";

const MAX_STEPS = 40;
let chain: TestChain;
let runs = 0;

beforeAll(async () => {
  // a fresh store per run, all runs over the same hourly blocks
  chain = await startTestChain(MAX_STEPS + 2);
});
afterAll(() => chain?.stop());

async function index(sequence: Step[]): Promise<{ s: Session; model: EconomyModel }> {
  const run = runs++;
  const proposalId = BigInt(keccak256(toHex(`proposal-${run}`)));
  const model = new EconomyModel(run, proposalId);
  const s = openSession(chain);
  const { timestamp } = await s.peek();
  const opening = [
    ...model.genesis(),
    newProposalCreatedEvent({
      proposalId,
      proposer: HOLDERS[0]!,
      targets: [addressOf("EconomyParameters")],
      values: [0n],
      signatures: [""],
      calldatas: ["0x"],
      // voting opened just before: ACTIVE at once, quorum read from the chain
      voteStart: timestamp - 1n,
      voteEnd: timestamp + 30n * 86_400n,
      description: "# Property",
    }),
  ];
  await s.run(opening);
  let block: RawLog[] = [];
  for (const step of sequence) {
    if (step.newBlock && block.length > 0) {
      await s.run(block);
      block = [];
    }
    block.push(...model.apply(step));
  }
  await s.run(block);
  return { s, model };
}

function expectModel(s: Session, model: EconomyModel): void {
  expect(must(s.store, "Token", "token").totalSupply).toBe(model.supply);
  for (const a of all(s.store, "Account"))
    expect([a.id, a.balance]).toEqual([a.id, model.balance(a.id as `0x${string}`)]);
  // every token a stock holds came in through a recorded flow
  for (const b of all(s.store, "StockBalance")) {
    const stock = must(s.store, "Stock", b.stock as string);
    expect([b.id, b.balance]).toEqual([b.id, model.balance(stock.address as `0x${string}`)]);
  }
  for (const p of model.positions) {
    expect(must(s.store, "StakePosition", p.id.toString())).toMatchObject({
      owner: lower(p.owner),
      amount: p.amount,
      weight: p.weight,
      claimed: p.claimed,
      slashed: p.slashed,
      closed: p.closed,
    });
  }
  const proposal = must(s.store, "Proposal", model.proposalId.toString());
  expect(proposal.state).toBe("ACTIVE");
  expect(proposal.voterCount).toBe(model.voted.size);
}

describe("random valid event sequences", () => {
  it("never abort a handler and keep every book balanced", async () => {
    await fc.assert(
      fc.asyncProperty(steps(MAX_STEPS), async (sequence) => {
        const { s, model } = await index(sequence);
        try {
          expectTokenBooks(s.store);
          expectStockBooks(s.store);
          expectFlowLinks(s.store);
          expectTallies(s.store);
          expectEmissionCurve(s.store);
          expectSupplyDays(s.store);
          expectDelegation(s.store);
          expectModel(s, model);
        } finally {
          await s.close();
        }
      }),
      { numRuns: 30, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
  });
});
