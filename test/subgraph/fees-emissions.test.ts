// FeeRouter and EmissionSchedule handlers: fee splits, fee days, base-fee updates, the
// emission curve and its running totals.
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMISSION_KIND, EMISSION_SOURCE, FEE_KIND } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import { newEmissionEvent } from "./factories/emission-schedule.ts";
import { newBaseFeeUpdatedEvent, newFeeCollectedEvent } from "./factories/fee-router.ts";
import { addressOf, txHash } from "./factories/log.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, must, sum } from "./support/entities.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const CREATOR: Address = "0x00000000000000000000000000000000000c0de1";
const SHARER: Address = "0x00000000000000000000000000000000000c0de2";
const NODE: Address = "0x00000000000000000000000000000000000c0de3";
const E18 = 10n ** 18n;
const TOKEN = lower(addressOf("CommunityToken"));
const day = (ts: bigint) => Number(ts / 86_400n);

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(40);
  s = openSession(chain);
  // the token's genesis Transfer comes first on chain: later handlers read its address
  await s.run([newTransferEvent({ from: ZERO, to: CREATOR, value: 1_000n * E18 })]);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

const fee = (kind: number, amount: bigint, stablePart: bigint, epoch = 3n) => {
  const company = (amount * 4000n) / 10_000n;
  const stakers = (amount * 2000n) / 10_000n;
  const community = amount - company - stakers - stablePart;
  return {
    kind,
    payer: CREATOR,
    quantity: kind === FEE_KIND.GENERATION ? 4n : 1n,
    amount,
    companyPart: company,
    communityPart: community,
    stakerPart: stakers,
    stablePart,
    epoch,
  };
};

describe("FeeRouter", () => {
  it("stores each collection with its split and rolls it into the day per kind", async () => {
    const gen = fee(FEE_KIND.GENERATION, 2n * E18, 120n * 10n ** 15n);
    const mint = fee(FEE_KIND.MINT, 20n * E18, 0n);
    const run = await s.run([
      newFeeCollectedEvent(gen, { tx: "gen" }),
      newFeeCollectedEvent(gen, { tx: "gen2" }),
      newFeeCollectedEvent(mint, { tx: "mint" }),
    ]);
    const d = day(run.timestamp);
    expect(must(s.store, "FeeCollection", `${txHash("gen")}-0`)).toEqual({
      id: `${txHash("gen")}-0`,
      kind: "GENERATION",
      payer: lower(CREATOR),
      quantity: 4n,
      amount: 2n * E18,
      companyPart: gen.companyPart,
      communityPart: gen.communityPart,
      stakerPart: gen.stakerPart,
      stablePart: gen.stablePart,
      epoch: 3n,
      timestamp: run.timestamp,
      dayId: d,
      blockNumber: BigInt(run.number),
      txHash: txHash("gen"),
    });
    expect(must(s.store, "FeeDay", `GENERATION-${d}`)).toEqual({
      id: `GENERATION-${d}`,
      kind: "GENERATION",
      dayId: d,
      date: d * 86_400,
      count: 2,
      quantity: 8n,
      amount: 4n * E18,
      companyPart: 2n * gen.companyPart,
      communityPart: 2n * gen.communityPart,
      stakerPart: 2n * gen.stakerPart,
      stablePart: 2n * gen.stablePart,
    });
    expect(must(s.store, "FeeDay", `MINT-${d}`)).toMatchObject({ count: 1, amount: 20n * E18 });
    // only the diversified part leaves the fee payers for the market maker here; the
    // stocks' inflows draw the other parts
    expect(must(s.store, "FlowEdge", `FEE_PAYERS-LIQUIDITY_PROVIDER-${d}`)).toMatchObject({
      amount: 2n * gen.stablePart,
      count: 2,
      asset: TOKEN,
    });
    for (const c of all(s.store, "FeeCollection")) {
      expect(
        (c.companyPart as bigint) +
          (c.communityPart as bigint) +
          (c.stakerPart as bigint) +
          (c.stablePart as bigint),
      ).toBe(c.amount);
    }
  });

  it("stores a base-fee update keyed by epoch with its utilisation", async () => {
    const run = await s.run([
      newBaseFeeUpdatedEvent(
        {
          epoch: 4n,
          oldFee: 5n * 10n ** 17n,
          newFee: 5625n * 10n ** 14n,
          used: 600n,
          target: 400n,
        },
        { tx: "roll" },
      ),
    ]);
    expect(must(s.store, "BaseFeeUpdate", "4")).toEqual({
      id: "4",
      epoch: 4n,
      oldFee: 5n * 10n ** 17n,
      newFee: 5625n * 10n ** 14n,
      used: 600n,
      target: 400n,
      utilisation: "1.5",
      timestamp: run.timestamp,
      txHash: txHash("roll"),
    });
  });
});

describe("EmissionSchedule", () => {
  it("accumulates emissions per epoch, kind and source, with running totals", async () => {
    const run = await s.run([
      newEmissionEvent(
        {
          recipient: CREATOR,
          kind: EMISSION_KIND.GENERATION,
          source: EMISSION_SOURCE.COMPANY_RESERVE,
          amount: 7n * E18,
          epoch: 3n,
        },
        { tx: "g" },
      ),
      // the company reserve ran dry mid-payment: the rest comes from the community treasury
      newEmissionEvent(
        {
          recipient: CREATOR,
          kind: EMISSION_KIND.GENERATION,
          source: EMISSION_SOURCE.COMMUNITY_TREASURY,
          amount: 1n * E18,
          epoch: 3n,
        },
        { tx: "g" },
      ),
      newEmissionEvent(
        {
          recipient: SHARER,
          kind: EMISSION_KIND.SHARE,
          source: EMISSION_SOURCE.COMMUNITY_TREASURY,
          amount: 25n * 10n ** 16n,
          epoch: 3n,
        },
        { tx: "s" },
      ),
      newEmissionEvent(
        {
          recipient: NODE,
          kind: EMISSION_KIND.HOSTING,
          source: EMISSION_SOURCE.INFLATION,
          amount: 3n * E18,
          epoch: 2n,
        },
        { tx: "h" },
      ),
    ]);
    expect(must(s.store, "Emission", `${txHash("g")}-1`)).toEqual({
      id: `${txHash("g")}-1`,
      recipient: lower(CREATOR),
      kind: "GENERATION",
      source: "COMMUNITY_TREASURY",
      amount: E18,
      epoch: 3n,
      cumulative: 8n * E18,
      timestamp: run.timestamp,
      blockNumber: BigInt(run.number),
      txHash: txHash("g"),
    });
    expect(must(s.store, "EmissionEpoch", "3")).toEqual({
      id: "3",
      epoch: 3n,
      total: 825n * 10n ** 16n,
      generation: 8n * E18,
      share: 25n * 10n ** 16n,
      hosting: 0n,
      fromCompanyReserve: 7n * E18,
      fromCommunityTreasury: 125n * 10n ** 16n,
      fromInflation: 0n,
      cumulative: 1125n * 10n ** 16n,
      count: 3,
    });
    // epoch 2's hosting reward, paid during epoch 3, counts for epoch 2 and every later one
    expect(must(s.store, "EmissionEpoch", "2")).toMatchObject({
      total: 3n * E18,
      hosting: 3n * E18,
      fromInflation: 3n * E18,
      cumulative: 3n * E18,
    });
    const totals = must(s.store, "EmissionTotals", "emissions");
    expect(totals).toEqual({
      id: "emissions",
      cumulative: 1125n * 10n ** 16n,
      generation: 8n * E18,
      share: 25n * 10n ** 16n,
      hosting: 3n * E18,
      latestEpoch: 3n,
    });
    expect(sum(all(s.store, "Emission").map((e) => e.amount))).toBe(totals.cumulative);
    const d = day(run.timestamp);
    expect(must(s.store, "FlowEdge", `COMPANY_RESERVE-CREATORS-${d}`).amount).toBe(7n * E18);
    expect(must(s.store, "FlowEdge", `COMMUNITY_TREASURY-CREATORS-${d}`).amount).toBe(E18);
    expect(must(s.store, "FlowEdge", `COMMUNITY_TREASURY-SHARERS-${d}`).amount).toBe(
      25n * 10n ** 16n,
    );
    expect(must(s.store, "FlowEdge", `INFLATION-HOSTS-${d}`).amount).toBe(3n * E18);
  });
});
