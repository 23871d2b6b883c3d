// SaturationOracle, DownloadMarket, PortfolioNFT and NftMarket handlers: saturation
// samples and downloads per datum, portfolio items with provenance, listings, sales and
// their royalty payments.
import { type Address, keccak256, toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLOW, ROYALTY_ROLE } from "./factories/codes.ts";
import { newTransferEvent } from "./factories/community-token.ts";
import { newDownloadEvent } from "./factories/download-market.ts";
import { addressOf, txHash } from "./factories/log.ts";
import { newListedEvent, newRoyaltyPaidEvent, newSoldEvent } from "./factories/nft-market.ts";
import {
  newMintedEvent,
  newNftTransferEvent,
  newPublishedEvent,
} from "./factories/portfolio-nft.ts";
import { newSaturationSampledEvent } from "./factories/saturation-oracle.ts";
import { newInflowEvent } from "./factories/treasury.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, must, sum } from "./support/entities.ts";
import { graphql } from "./support/graphql.ts";
import { openSession, type Session } from "./support/session.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
const CREATOR: Address = "0x00000000000000000000000000000000000c0de1";
const TUNER: Address = "0x00000000000000000000000000000000000c0de2";
const DATA_A: Address = "0x00000000000000000000000000000000000da7a1";
const DATA_B: Address = "0x00000000000000000000000000000000000da7a2";
const BUYER: Address = "0x000000000000000000000000000000000000b0e7";
const COMMUNITY = addressOf("CommunityTreasury");
const TOKEN = addressOf("CommunityToken");
const E18 = 10n ** 18n;
const DATUM = keccak256(toHex("datum-7"));
const day = (ts: bigint) => Number(ts / 86_400n);

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(30);
  s = openSession(chain);
  await s.run([newTransferEvent({ from: ZERO, to: BUYER, value: 1_000n * E18 })]);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

describe("SaturationOracle and DownloadMarket", () => {
  it("stores one sample per datum and window, and the datum's latest saturation", async () => {
    const { timestamp } = await s.peek();
    const window = timestamp / 900n;
    await s.run([
      newSaturationSampledEvent({
        datumId: DATUM,
        window: window - 1n,
        demand: 0n,
        capacity: 0n,
        saturationBps: 0n,
        surgeBps: 10_000n,
      }),
      newSaturationSampledEvent({
        datumId: DATUM,
        window,
        demand: 30n,
        capacity: 20n,
        saturationBps: 15_000n,
        surgeBps: 12_500n,
      }),
    ]);
    const id = `${DATUM}-${window}`;
    expect(must(s.store, "SaturationSample", id)).toEqual({
      id,
      datum: DATUM,
      window,
      windowStart: window * 900n,
      demand: 30n,
      capacity: 20n,
      saturationBps: 15_000n,
      saturation: "1.5",
      surgeBps: 12_500n,
      surge: "1.25",
    });
    expect(must(s.store, "SaturationSample", `${DATUM}-${window - 1n}`).saturation).toBe("0");
    expect(must(s.store, "Datum", DATUM)).toMatchObject({
      latestSaturation: "1.5",
      latestSurge: "1.25",
      latestWindow: window,
      sampleCount: 2,
      downloadCount: 0,
    });
  });

  it("counts paid downloads and their revenue on the datum", async () => {
    const { timestamp } = await s.peek();
    const window = timestamp / 900n;
    const run = await s.run([
      newDownloadEvent(
        { downloader: BUYER, datumId: DATUM, window, price: 125n * 10n ** 16n, surgeBps: 12_500n },
        { tx: "dl" },
      ),
      newDownloadEvent(
        { downloader: BUYER, datumId: DATUM, window, price: E18, surgeBps: 10_000n },
        { tx: "dl2" },
      ),
    ]);
    expect(must(s.store, "Download", `${txHash("dl")}-0`)).toEqual({
      id: `${txHash("dl")}-0`,
      downloader: lower(BUYER),
      datum: DATUM,
      window,
      price: 125n * 10n ** 16n,
      surgeBps: 12_500n,
      timestamp: run.timestamp,
      txHash: txHash("dl"),
    });
    expect(must(s.store, "Datum", DATUM)).toMatchObject({
      downloadCount: 2,
      downloadRevenue: 225n * 10n ** 16n,
      sampleCount: 2,
    });
  });
});

describe("PortfolioNFT and NftMarket", () => {
  it("mints an item with provenance (the mint's Transfer comes first and is skipped)", async () => {
    const run = await s.run([
      newNftTransferEvent({ from: ZERO, to: CREATOR, tokenId: 1n }, { tx: "mint" }),
      newMintedEvent(
        {
          tokenId: 1n,
          creator: CREATOR,
          fineTuner: TUNER,
          datasetContributors: [DATA_A, DATA_B],
          fee: 20n * E18,
        },
        { tx: "mint" },
      ),
      newPublishedEvent(
        { contentHash: keccak256(toHex("work")), sharer: CREATOR, reward: 25n * 10n ** 16n },
        { tx: "pub" },
      ),
    ]);
    expect(must(s.store, "PortfolioItem", "1")).toEqual({
      id: "1",
      creator: lower(CREATOR),
      fineTuner: lower(TUNER),
      datasetContributors: [lower(DATA_A), lower(DATA_B)],
      owner: lower(CREATOR),
      mintFee: 20n * E18,
      mintedAt: run.timestamp,
    });
    expect(must(s.store, "Publication", keccak256(toHex("work")))).toMatchObject({
      sharer: lower(CREATOR),
      reward: 25n * 10n ** 16n,
      txHash: txHash("pub"),
    });
  });

  it("lists, then sells with royalties split by role; the item changes hands", async () => {
    await s.run([newListedEvent({ tokenId: 1n, seller: CREATOR, price: 100n * E18 })]);
    expect(must(s.store, "PortfolioItem", "1").listedPrice).toBe(100n * E18);

    const tx = { tx: "buy" };
    const parts: [number, Address, bigint][] = [
      [ROYALTY_ROLE.CREATOR, CREATOR, 4n * E18],
      [ROYALTY_ROLE.DATASET_CONTRIBUTOR, DATA_A, 15n * 10n ** 17n],
      [ROYALTY_ROLE.DATASET_CONTRIBUTOR, DATA_B, 15n * 10n ** 17n],
      [ROYALTY_ROLE.FINE_TUNER, TUNER, 1n * E18],
    ];
    const run = await s.run([
      ...parts.map(([role, payee, amount]) =>
        newRoyaltyPaidEvent({ tokenId: 1n, role, payee, amount }, tx),
      ),
      newTransferEvent({ from: BUYER, to: COMMUNITY, value: 2n * E18 }, tx),
      newInflowEvent(
        "CommunityTreasury",
        { asset: TOKEN, from: BUYER, amount: 2n * E18, flow: FLOW.ROYALTY },
        tx,
      ),
      newRoyaltyPaidEvent(
        { tokenId: 1n, role: ROYALTY_ROLE.COMMUNITY, payee: COMMUNITY, amount: 2n * E18 },
        tx,
      ),
      newNftTransferEvent({ from: CREATOR, to: BUYER, tokenId: 1n }, tx),
      newSoldEvent(
        { tokenId: 1n, seller: CREATOR, buyer: BUYER, price: 100n * E18, royalty: 10n * E18 },
        tx,
      ),
    ]);
    const saleId = `${txHash("buy")}-1`;
    expect(must(s.store, "NftSale", saleId)).toEqual({
      id: saleId,
      item: "1",
      seller: lower(CREATOR),
      buyer: lower(BUYER),
      price: 100n * E18,
      royalty: 10n * E18,
      timestamp: run.timestamp,
      txHash: txHash("buy"),
    });
    const item = must(s.store, "PortfolioItem", "1");
    expect(item.owner).toBe(lower(BUYER));
    expect(item).not.toHaveProperty("listedPrice");
    const payments = all(s.store, "RoyaltyPayment");
    expect(payments.map((p) => [p.role, p.payee, p.amount, p.sale])).toEqual(
      expect.arrayContaining([
        ["CREATOR", lower(CREATOR), 4n * E18, saleId],
        ["DATASET_CONTRIBUTOR", lower(DATA_B), 15n * 10n ** 17n, saleId],
        ["COMMUNITY", lower(COMMUNITY), 2n * E18, saleId],
      ]),
    );
    expect(sum(payments.map((p) => p.amount))).toBe(10n * E18);
    const data = await graphql(s.store)<{ nftSale: { royalties: unknown[] } }>(
      `{ nftSale(id: "${saleId}") { royalties { id } } }`,
    );
    expect(data.nftSale.royalties).toHaveLength(5);
    const d = day(run.timestamp);
    const edges = Object.fromEntries(
      all(s.store, "FlowEdge")
        .filter((e) => e.dayId === d)
        .map((e) => [`${e.from}>${e.to}`, e.amount]),
    );
    expect(edges).toMatchObject({
      "NFT_BUYERS>NFT_SELLERS": 90n * E18,
      "NFT_BUYERS>CREATORS": 4n * E18,
      "NFT_BUYERS>DATASET_CONTRIBUTORS": 3n * E18,
      "NFT_BUYERS>FINE_TUNERS": 1n * E18,
      "NFT_BUYERS>COMMUNITY_TREASURY": 2n * E18,
    });
  });

  it("aborts on a listing of an item it never saw minted", async () => {
    await expect(
      s.run([newListedEvent({ tokenId: 42n, seller: CREATOR, price: 1n })]),
    ).rejects.toThrow(/unknown portfolio item 42/);
  });
});
