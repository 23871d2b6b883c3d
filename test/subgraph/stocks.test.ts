// Treasury (company reserve, community treasury) and StableReserve handlers: stocks found
// through stock() eth_calls, flows, balances, snapshots and value-network edges.
import type { Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLOW } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import { addressOf, txHash } from "./factories/log.ts";
import {
  newBuybackEvent,
  newDiversifiedEvent,
  newStableInflowEvent,
  newStableOutflowEvent,
} from "./factories/stable-reserve.ts";
import { newInflowEvent, newOutflowEvent } from "./factories/treasury.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, must } from "./support/entities.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const DEPLOYER: Address = "0x00000000000000000000000000000000000de910";
const ALICE: Address = "0x00000000000000000000000000000000000a11ce";
const LP: Address = "0x00000000000000000000000000000000000001e0";
const E18 = 10n ** 18n;
const SUPPLY = 100_000_000n * E18;
const TOKEN = addressOf("CommunityToken");
const COMPANY = addressOf("CompanyReserve");
const COMMUNITY = addressOf("CommunityTreasury");
const STABLE = addressOf("StableReserve");
const day = (ts: bigint) => Number(ts / 86_400n);
const hour = (ts: bigint) => Number(ts / 3_600n);

let chain: TestChain;
let s: Session;
let USDC: Address;
beforeAll(async () => {
  chain = await startTestChain(60);
  USDC = chain.deployment.contracts.MockUSDC.address;
  s = openSession(chain);
  await s.run([newTransferEvent({ from: ZERO, to: DEPLOYER, value: SUPPLY })]);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

const balanceId = (stock: string, asset: Address) => `${stock}-${lower(asset)}`;

describe("Treasury stocks", () => {
  it("registers the company reserve from stock() and books the initial allocation", async () => {
    const run = await s.run([
      newTransferEvent({ from: DEPLOYER, to: COMPANY, value: SUPPLY }, { tx: "alloc" }),
      newInflowEvent(
        "CompanyReserve",
        { asset: TOKEN, from: DEPLOYER, amount: SUPPLY, flow: FLOW.INITIAL_ALLOCATION },
        { tx: "alloc" },
      ),
    ]);
    expect(must(s.store, "Stock", "COMPANY_RESERVE")).toEqual({
      id: "COMPANY_RESERVE",
      kind: "COMPANY_RESERVE",
      address: lower(COMPANY),
    });
    expect(must(s.store, "Account", lower(COMPANY)).stock).toBe("COMPANY_RESERVE");
    expect(must(s.store, "Token", "token").stockHoldings).toBe(SUPPLY);
    // the day's supply row follows the registration: nothing circulates yet
    expect(must(s.store, "SupplyDay", String(day(run.timestamp))).circulating).toBe(0n);
    const id = balanceId("COMPANY_RESERVE", TOKEN);
    expect(must(s.store, "StockBalance", id)).toEqual({
      id,
      stock: "COMPANY_RESERVE",
      asset: lower(TOKEN),
      balance: SUPPLY,
      inflowTotal: SUPPLY,
      outflowTotal: 0n,
      flowCount: 1,
    });
    expect(must(s.store, "StockFlow", `${txHash("alloc")}-1`)).toEqual({
      id: `${txHash("alloc")}-1`,
      stock: "COMPANY_RESERVE",
      stockBalance: id,
      asset: lower(TOKEN),
      direction: "IN",
      source: "INITIAL_ALLOCATION",
      counterparty: lower(DEPLOYER),
      amount: SUPPLY,
      balanceAfter: SUPPLY,
      shareOfStockBps: 0,
      timestamp: run.timestamp,
      dayId: day(run.timestamp),
      blockNumber: BigInt(run.number),
      txHash: txHash("alloc"),
    });
    expect(must(s.store, "StockDaySnapshot", `${id}-${day(run.timestamp)}`)).toMatchObject({
      stockBalance: id,
      stock: "COMPANY_RESERVE",
      dayId: day(run.timestamp),
      date: day(run.timestamp) * 86_400,
      balance: SUPPLY,
      inflow: SUPPLY,
      outflow: 0n,
    });
    expect(must(s.store, "StockHourSnapshot", `${id}-${hour(run.timestamp)}`)).toMatchObject({
      hourId: hour(run.timestamp),
      date: hour(run.timestamp) * 3_600,
      balance: SUPPLY,
    });
    expect(
      must(s.store, "FlowEdge", `GENESIS-COMPANY_RESERVE-${day(run.timestamp)}`),
    ).toMatchObject({
      from: "GENESIS",
      to: "COMPANY_RESERVE",
      asset: lower(TOKEN),
      amount: SUPPLY,
      count: 1,
    });
  });

  it("books grants, fees, donations and emission funding with their edges", async () => {
    const grant = 1_000n * E18;
    const run = await s.run([
      // Treasury._payOut transfers before it emits Outflow
      newTransferEvent({ from: COMPANY, to: ALICE, value: grant }, { tx: "grant" }),
      newOutflowEvent(
        "CompanyReserve",
        { asset: TOKEN, to: ALICE, amount: grant, flow: FLOW.GRANT },
        { tx: "grant" },
      ),
      newTransferEvent({ from: ALICE, to: COMMUNITY, value: 30n * E18 }, { tx: "fee" }),
      newInflowEvent(
        "CommunityTreasury",
        { asset: TOKEN, from: ALICE, amount: 30n * E18, flow: FLOW.FEE },
        { tx: "fee" },
      ),
      newTransferEvent({ from: ALICE, to: COMMUNITY, value: 5n * E18 }, { tx: "gift" }),
      newInflowEvent(
        "CommunityTreasury",
        { asset: TOKEN, from: ZERO, amount: 5n * E18, flow: FLOW.DONATION },
        { tx: "record" },
      ),
      newTransferEvent({ from: COMMUNITY, to: ALICE, value: 2n * E18 }, { tx: "reward" }),
      newOutflowEvent(
        "CommunityTreasury",
        { asset: TOKEN, to: ALICE, amount: 2n * E18, flow: FLOW.EMISSION_FUNDING },
        { tx: "reward" },
      ),
    ]);
    const d = day(run.timestamp);
    expect(must(s.store, "StockBalance", balanceId("COMPANY_RESERVE", TOKEN))).toMatchObject({
      balance: SUPPLY - grant,
      outflowTotal: grant,
      flowCount: 2,
    });
    expect(must(s.store, "StockBalance", balanceId("COMMUNITY_TREASURY", TOKEN))).toMatchObject({
      balance: 33n * E18,
      inflowTotal: 35n * E18,
      outflowTotal: 2n * E18,
      flowCount: 3,
    });
    expect(must(s.store, "StockFlow", `${txHash("grant")}-1`)).toMatchObject({
      direction: "OUT",
      source: "GRANT",
      counterparty: lower(ALICE),
      balanceAfter: SUPPLY - grant,
    });
    const edges = Object.fromEntries(
      all(s.store, "FlowEdge")
        .filter((e) => e.dayId === d)
        .map((e) => [`${e.from}>${e.to}`, e.amount]),
    );
    expect(edges).toMatchObject({
      "COMPANY_RESERVE>GRANTEES": grant,
      "FEE_PAYERS>COMMUNITY_TREASURY": 30n * E18,
      "DONORS>COMMUNITY_TREASURY": 5n * E18,
    });
    // emission funding is drawn by the Emission handler, which knows the reward kind
    expect(Object.keys(edges).some((k) => k.startsWith("COMMUNITY_TREASURY>"))).toBe(false);
    // a transfer into a stock counts as stock holdings even before the flow is recorded
    expect(must(s.store, "Token", "token").stockHoldings).toBe(SUPPLY - grant + 33n * E18);
    expect(must(s.store, "SupplyDay", String(d)).circulating).toBe(grant - 33n * E18);
  });

  it("measures outflows against their stock and totals flows by source per day and hour", async () => {
    // The community treasury holds 33 tokens from the test above; paying 2 took 2 ÷ 35 of it.
    const flows = all(s.store, "StockFlow").filter((f) => f.stock === "COMMUNITY_TREASURY");
    const out = flows.find((f) => f.direction === "OUT");
    expect(out).toMatchObject({ amount: 2n * E18, shareOfStockBps: 571 });
    expect(flows.filter((f) => f.direction === "IN").every((f) => f.shareOfStockBps === 0)).toBe(
      true,
    );
    const t = out?.timestamp as bigint;
    const id = `COMMUNITY_TREASURY-${lower(TOKEN)}-EMISSION_FUNDING-OUT-${day(t)}`;
    expect(must(s.store, "StockSourceDay", id)).toEqual({
      id,
      stock: "COMMUNITY_TREASURY",
      asset: lower(TOKEN),
      source: "EMISSION_FUNDING",
      direction: "OUT",
      dayId: day(t),
      date: day(t) * 86_400,
      amount: 2n * E18,
      count: 1,
    });
    expect(
      must(s.store, "StockSourceHour", `COMMUNITY_TREASURY-${lower(TOKEN)}-FEE-IN-${hour(t)}`),
    ).toMatchObject({ hourId: hour(t), date: hour(t) * 3_600, amount: 30n * E18, count: 1 });
    // Every flow lands in exactly one source row: the rows sum to the balance's totals.
    for (const balance of all(s.store, "StockBalance")) {
      const rows = all(s.store, "StockSourceDay").filter(
        (r) => r.stock === balance.stock && r.asset === balance.asset,
      );
      const sum = (direction: string) =>
        rows
          .filter((r) => r.direction === direction)
          .reduce((a, r) => a + (r.amount as bigint), 0n);
      expect(sum("IN")).toBe(balance.inflowTotal);
      expect(sum("OUT")).toBe(balance.outflowTotal);
    }
  });

  it("rejects a flow code outside the catalog, leaving the store as it was", async () => {
    const before = must(s.store, "StockBalance", balanceId("COMPANY_RESERVE", TOKEN));
    await expect(
      s.run([newInflowEvent("CompanyReserve", { asset: TOKEN, from: ALICE, amount: 1n, flow: 9 })]),
    ).rejects.toThrow(/unknown flow source code 9/);
    expect(must(s.store, "StockBalance", balanceId("COMPANY_RESERVE", TOKEN))).toEqual(before);
  });
});

describe("StableReserve", () => {
  it("registers itself through its own ABI and books diversification in stablecoin", async () => {
    const run = await s.run([
      newTransferEvent({ from: ALICE, to: LP, value: 10n * E18 }, { tx: "div" }),
      newStableInflowEvent(
        { asset: USDC, from: ALICE, amount: 2_500_000n, flow: FLOW.DIVERSIFICATION },
        { tx: "div" },
      ),
      newDiversifiedEvent(
        { tokensIn: 10n * E18, stableOut: 2_500_000n, price: 250_000n },
        { tx: "div" },
      ),
    ]);
    expect(must(s.store, "Stock", "STABLE_RESERVE")).toMatchObject({ address: lower(STABLE) });
    expect(must(s.store, "StockBalance", balanceId("STABLE_RESERVE", USDC))).toMatchObject({
      asset: lower(USDC),
      balance: 2_500_000n,
      inflowTotal: 2_500_000n,
    });
    expect(must(s.store, "Diversification", `${txHash("div")}-2`)).toEqual({
      id: `${txHash("div")}-2`,
      tokensIn: 10n * E18,
      stableOut: 2_500_000n,
      price: 250_000n,
      timestamp: run.timestamp,
      txHash: txHash("div"),
    });
    expect(
      must(
        s.store,
        "FlowEdge",
        `LIQUIDITY_PROVIDER-STABLE_RESERVE-${day(run.timestamp)}-${lower(USDC)}`,
      ),
    ).toMatchObject({ asset: lower(USDC), amount: 2_500_000n });
  });

  it("books a buyback: stable out, tokens bought and burned", async () => {
    const burned = 4n * E18;
    const holdings = must(s.store, "Token", "token").stockHoldings as bigint;
    const run = await s.run([
      newStableOutflowEvent(
        { asset: USDC, to: LP, amount: 1_000_000n, flow: FLOW.BUYBACK },
        { tx: "bb" },
      ),
      newTransferEvent({ from: LP, to: STABLE, value: burned }, { tx: "bb" }),
      newTransferEvent({ from: STABLE, to: ZERO, value: burned }, { tx: "bb" }),
      newBuybackEvent(
        { stableSpent: 1_000_000n, tokensBurned: burned, price: 250_000n },
        { tx: "bb" },
      ),
    ]);
    expect(must(s.store, "StockBalance", balanceId("STABLE_RESERVE", USDC))).toMatchObject({
      balance: 1_500_000n,
      outflowTotal: 1_000_000n,
      flowCount: 2,
    });
    expect(must(s.store, "Buyback", `${txHash("bb")}-3`)).toMatchObject({
      stableSpent: 1_000_000n,
      tokensBurned: burned,
      price: 250_000n,
    });
    const token = must(s.store, "Token", "token");
    expect(token.stockHoldings).toBe(holdings);
    expect(token.burned).toBe(burned);
    expect(token.totalSupply).toBe(SUPPLY - burned);
    const d = day(run.timestamp);
    // stablecoin edges carry their asset in the id, token edges do not
    expect(
      must(s.store, "FlowEdge", `STABLE_RESERVE-LIQUIDITY_PROVIDER-${d}-${lower(USDC)}`),
    ).toMatchObject({
      asset: lower(USDC),
      amount: 1_000_000n,
    });
    expect(must(s.store, "FlowEdge", `LIQUIDITY_PROVIDER-BURNED-${d}`)).toMatchObject({
      asset: lower(TOKEN),
      amount: burned,
    });
  });
});
