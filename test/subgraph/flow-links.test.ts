// Value-network links with running totals per day, and the activity each epoch's emissions
// paid for (generations, shares, the supply hosting inflation was computed on).
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEE_KIND, FLOW } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import { newParameterChangedEvent } from "./factories/economy-parameters.ts";
import { newFeeCollectedEvent } from "./factories/fee-router.ts";
import { newHostingReportedEvent } from "./factories/hosting-rewards.ts";
import { addressOf } from "./factories/log.ts";
import { newPublishedEvent } from "./factories/portfolio-nft.ts";
import { newStableInflowEvent } from "./factories/stable-reserve.ts";
import { newInflowEvent } from "./factories/treasury.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { must } from "./support/entities.ts";
import { expectFlowLinks } from "./support/flow-invariants.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const DEPLOYER: Address = "0x00000000000000000000000000000000000de910";
const ALICE: Address = "0x00000000000000000000000000000000000a11ce";
const NODE_A: Address = "0x00000000000000000000000000000000000c0de3";
const NODE_B: Address = "0x00000000000000000000000000000000000c0de4";
const E18 = 10n ** 18n;
const SUPPLY = 1_000_000n * E18;
const TOKEN = addressOf("CommunityToken");
const day = (ts: bigint) => Number(ts / 86_400n);

let chain: TestChain;
let s: Session;
let genesis: bigint;
beforeAll(async () => {
  chain = await startTestChain(80);
  s = openSession(chain);
  const run = await s.run([
    newTransferEvent({ from: ZERO, to: DEPLOYER, value: SUPPLY }),
    newParameterChangedEvent({ key: "SHARE_REWARD", oldValue: 0n, newValue: E18, by: DEPLOYER }),
  ]);
  genesis = run.timestamp;
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

const fee = (amount: bigint) => ({ asset: TOKEN, from: ALICE, amount, flow: FLOW.FEE });

describe("FlowLink", () => {
  it("keeps the link's running total on each of its days", async () => {
    const first = await s.run([
      newInflowEvent("CompanyReserve", fee(3n * E18), { tx: "f1" }),
      newInflowEvent("CompanyReserve", fee(4n * E18), { tx: "f2" }),
    ]);
    s.skip(25);
    const second = await s.run([newInflowEvent("CompanyReserve", fee(5n * E18), { tx: "f3" })]);
    const [d1, d2] = [day(first.timestamp), day(second.timestamp)];
    expect(must(s.store, "FlowLink", "FEE_PAYERS-COMPANY_RESERVE")).toEqual({
      id: "FEE_PAYERS-COMPANY_RESERVE",
      from: "FEE_PAYERS",
      to: "COMPANY_RESERVE",
      asset: lower(TOKEN),
      amount: 12n * E18,
      count: 3,
      firstDayId: d1,
      lastDayId: d2,
    });
    expect(must(s.store, "FlowEdge", `FEE_PAYERS-COMPANY_RESERVE-${d1}`)).toMatchObject({
      link: "FEE_PAYERS-COMPANY_RESERVE",
      amount: 7n * E18,
      count: 2,
      cumulativeAmount: 7n * E18,
      cumulativeCount: 2,
    });
    // a range of days is the difference of two running totals: day 2 alone is 12 − 7
    expect(must(s.store, "FlowEdge", `FEE_PAYERS-COMPANY_RESERVE-${d2}`)).toMatchObject({
      amount: 5n * E18,
      cumulativeAmount: 12n * E18,
      cumulativeCount: 3,
    });
    expectFlowLinks(s.store);
  });

  it("gives the stablecoin its own link, never summed with the token", async () => {
    const usdc = chain.deployment.contracts.MockUSDC.address;
    const run = await s.run([
      newStableInflowEvent(
        { asset: usdc, from: ALICE, amount: 2_500_000n, flow: FLOW.DIVERSIFICATION },
        { tx: "d1" },
      ),
    ]);
    const id = `LIQUIDITY_PROVIDER-STABLE_RESERVE-${lower(usdc)}`;
    expect(must(s.store, "FlowLink", id)).toMatchObject({ asset: lower(usdc), amount: 2_500_000n });
    expect(
      must(
        s.store,
        "FlowEdge",
        `${id.replace(`-${lower(usdc)}`, "")}-${day(run.timestamp)}-${lower(usdc)}`,
      ),
    ).toMatchObject({ link: id, cumulativeAmount: 2_500_000n });
  });
});

describe("EmissionActivity", () => {
  it("dates epoch 0 at the first parameter change", () => {
    expect(must(s.store, "EmissionTotals", "emissions").genesis).toBe(genesis);
  });

  it("counts the generations of GENERATION fees by their epoch, not other fees", async () => {
    const collected = (kind: number, quantity: bigint, epoch: bigint) => ({
      kind,
      payer: ALICE,
      quantity,
      amount: quantity * E18,
      companyPart: quantity * E18,
      communityPart: 0n,
      stakerPart: 0n,
      stablePart: 0n,
      epoch,
    });
    await s.run([
      newFeeCollectedEvent(collected(FEE_KIND.GENERATION, 4n, 0n), { tx: "g1" }),
      newFeeCollectedEvent(collected(FEE_KIND.GENERATION, 6n, 0n), { tx: "g2" }),
      newFeeCollectedEvent(collected(FEE_KIND.MINT, 1n, 0n), { tx: "m1" }),
      newFeeCollectedEvent(collected(FEE_KIND.GENERATION, 2n, 1n), { tx: "g3" }),
    ]);
    expect(must(s.store, "EmissionActivity", "0")).toMatchObject({ epoch: 0n, generations: 10n });
    expect(must(s.store, "EmissionActivity", "1")).toMatchObject({ generations: 2n, shares: 0 });
  });

  it("counts publications in the epoch of their block", async () => {
    const run = await s.run([
      newPublishedEvent({ contentHash: `0x${"aa".repeat(32)}`, sharer: ALICE, reward: E18 }),
      newPublishedEvent({ contentHash: `0x${"bb".repeat(32)}`, sharer: ALICE, reward: 0n }),
    ]);
    const epoch = String((run.timestamp - genesis) / 86_400n);
    expect(must(s.store, "EmissionActivity", epoch).shares).toBe(2);
  });

  it("keeps the supply a hosting settlement started from, and how many nodes it paid", async () => {
    const report = (node: Address) => ({
      node,
      epoch: 0n,
      hostedUnits: 10n,
      hotUnits: 1n,
      weight: 15n,
    });
    const run = await s.run([
      newHostingReportedEvent(report(NODE_A), { tx: "settle" }),
      newHostingReportedEvent(report(NODE_B), { tx: "settle" }),
      // the first node's mint follows the reports: it must not move the recorded supply
      newTransferEvent({ from: ZERO, to: NODE_A, value: 7n * E18 }, { tx: "settle" }),
    ]);
    expect(must(s.store, "EmissionActivity", "0")).toMatchObject({
      hostingSupply: SUPPLY,
      hostingSettledAt: run.timestamp,
      hostingNodes: 2,
    });
  });
});
