// GenerationPayerDay: a generation payer's wallet per UTC day, followed from its first paid
// generation on (Account.generationsPaid), with its rewards and grants told apart.
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMISSION_KIND, EMISSION_SOURCE, FEE_KIND, FLOW } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import { newEmissionEvent } from "./factories/emission-schedule.ts";
import { newFeeCollectedEvent } from "./factories/fee-router.ts";
import { addressOf } from "./factories/log.ts";
import { newOutflowEvent } from "./factories/treasury.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, entity, must } from "./support/entities.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const DEPLOYER: Address = "0x00000000000000000000000000000000000de910";
const CREATOR: Address = "0x00000000000000000000000000000000000c0de1";
const BUYER: Address = "0x00000000000000000000000000000000000b0b00";
const E18 = 10n ** 18n;
const TOKEN = addressOf("CommunityToken");
const COMPANY = addressOf("CompanyReserve");
const COMMUNITY = addressOf("CommunityTreasury");
const day = (ts: bigint) => Number(ts / 86_400n);
const rowId = (d: number) => `${lower(CREATOR)}-${d}`;

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(80);
  s = openSession(chain);
  await s.run([
    newTransferEvent({ from: ZERO, to: DEPLOYER, value: 1_000_000n * E18 }),
    newTransferEvent({ from: DEPLOYER, to: CREATOR, value: 100n * E18 }, { tx: "fund" }),
  ]);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

/** A batch as FeeRouter settles it: the fee's transfer, FeeCollected, the reward and its Emission. */
const batch = (tx: string, quantity: bigint, fee: bigint, reward: bigint) => [
  newTransferEvent({ from: CREATOR, to: COMPANY, value: fee }, { tx }),
  newFeeCollectedEvent(
    {
      kind: FEE_KIND.GENERATION,
      payer: CREATOR,
      quantity,
      amount: fee,
      companyPart: fee,
      communityPart: 0n,
      stakerPart: 0n,
      stablePart: 0n,
      epoch: 1n,
    },
    { tx },
  ),
  newTransferEvent({ from: COMPANY, to: CREATOR, value: reward }, { tx }),
  newEmissionEvent(
    {
      recipient: CREATOR,
      kind: EMISSION_KIND.GENERATION,
      source: EMISSION_SOURCE.COMPANY_RESERVE,
      amount: reward,
      epoch: 1n,
    },
    { tx },
  ),
];

describe("GenerationPayerDay", () => {
  it("follows an account from its first paid generation, not before", async () => {
    expect(all(s.store, "GenerationPayerDay")).toEqual([]);
    expect(must(s.store, "Account", lower(CREATOR)).generationsPaid ?? null).toBeNull();
    // the next two blocks (an hour apart) must fall in one UTC day
    const hour = Number(((await s.peek()).timestamp % 86_400n) / 3_600n);
    if (hour >= 22) s.skip(24 - hour);
    const run = await s.run(batch("b1", 4n, 2n * E18, E18));
    const d = day(run.timestamp);
    // the first batch's fee moved before FeeCollected made it a payer: only its reward is in
    expect(must(s.store, "GenerationPayerDay", rowId(d))).toEqual({
      id: rowId(d),
      payer: lower(CREATOR),
      dayId: d,
      date: d * 86_400,
      generations: 4n,
      generationFees: 2n * E18,
      generationRewards: E18,
      grants: 0n,
      received: E18,
      sent: 0n,
      balance: 99n * E18,
    });
    expect(must(s.store, "Account", lower(CREATOR)).generationsPaid).toBe(4n);
  });

  it("adds every later transfer of the day, telling generation rewards and grants apart", async () => {
    const d = day((await s.peek()).timestamp);
    expect(entity(s.store, "GenerationPayerDay", rowId(d))).toBeDefined();
    await s.run([
      ...batch("b2", 2n, 3n * E18, E18),
      // a sale's proceeds, and a grant out of the community treasury
      newTransferEvent({ from: BUYER, to: CREATOR, value: 40n * E18 }, { tx: "sale" }),
      newTransferEvent({ from: COMMUNITY, to: CREATOR, value: 10n * E18 }, { tx: "grant" }),
      newOutflowEvent(
        "CommunityTreasury",
        { asset: TOKEN, to: CREATOR, amount: 10n * E18, flow: FLOW.GRANT },
        { tx: "grant" },
      ),
    ]);
    expect(must(s.store, "GenerationPayerDay", rowId(d))).toMatchObject({
      generations: 6n,
      generationFees: 5n * E18,
      generationRewards: 2n * E18,
      grants: 10n * E18,
      received: 52n * E18,
      sent: 3n * E18,
      balance: 147n * E18,
    });
    expect(must(s.store, "Account", lower(CREATOR)).generationsPaid).toBe(6n);
  });

  it("opens a row on a later day with a transfer only, and leaves other accounts alone", async () => {
    s.skip(24);
    const run = await s.run([
      newTransferEvent({ from: CREATOR, to: BUYER, value: 30n * E18 }, { tx: "buy" }),
      newTransferEvent({ from: DEPLOYER, to: BUYER, value: 5n * E18 }, { tx: "other" }),
    ]);
    const d = day(run.timestamp);
    expect(must(s.store, "GenerationPayerDay", rowId(d))).toMatchObject({
      generations: 0n,
      generationFees: 0n,
      received: 0n,
      sent: 30n * E18,
      balance: 117n * E18,
    });
    expect(all(s.store, "GenerationPayerDay").every((r) => r.payer === lower(CREATOR))).toBe(true);
  });
});
