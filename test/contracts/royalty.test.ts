// NFT sale royalties: price × ROYALTY_BPS split among creator, dataset contributors (equal
// shares, dust to the first), fine-tuner and the community treasury; parts sum exactly.

import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { PARAMETER_DEFAULTS as P } from "../../economy/parameters.ts";
import { allEvents, oneEvent } from "./events.ts";
import { approve, type Chain, expectRevert, setupChainSuite } from "./fixture.ts";
import { royaltySplit } from "./reference.ts";

const chain = setupChainSuite();
const ZERO = "0x0000000000000000000000000000000000000000";

/** Mints a work with provenance and moves it to a separate seller, so every role is distinct. */
async function mintTo(c: Chain, datasets: Address[]) {
  const [creator, fineTuner, seller] = [c.accounts[3]!, c.accounts[4]!, c.accounts[10]!];
  await approve(c, creator, "FeeRouter");
  const receipt = await c.send(creator, "PortfolioNFT", "mint", [fineTuner, datasets]);
  const { tokenId } = oneEvent<{ tokenId: bigint }>(c, receipt, "PortfolioNFT", "Minted");
  await c.send(creator, "PortfolioNFT", "transferFrom", [creator, seller, tokenId]);
  await c.send(seller, "PortfolioNFT", "setApprovalForAll", [c.addr("NftMarket"), true]);
  return { tokenId, creator, fineTuner, seller };
}

describe("royalties", () => {
  it("splits a sale's royalty exactly, dataset dust to the first contributor", async () => {
    const datasets = [chain.accounts[5]!, chain.accounts[6]!, chain.accounts[7]!];
    const { tokenId, creator, fineTuner, seller } = await mintTo(chain, datasets);
    const buyer = chain.accounts[8]!;
    await approve(chain, buyer, "NftMarket");
    const price = 12_345_678_901_234_567_891n;
    await chain.send(seller, "NftMarket", "list", [tokenId, price]);
    const parts = royaltySplit(price, {
      royalty: P.ROYALTY_BPS.value,
      creator: P.ROYALTY_CREATOR_BPS.value,
      datasets: P.ROYALTY_DATASET_BPS.value,
      fineTuner: P.ROYALTY_FINETUNER_BPS.value,
    });
    expect(parts.total).toBe(1_234_567_890_123_456_789n);
    expect(parts.creator + parts.datasets + parts.fineTuner + parts.community).toBe(parts.total);
    const each = parts.datasets / 3n;
    const dust = parts.datasets - 3n * each;
    expect(dust).toBe(1n); // the price is chosen so the datasets' part does not divide by 3

    const holders = [buyer, seller, creator, fineTuner, ...datasets] as const;
    const before = await Promise.all(holders.map((h) => chain.balance(h)));
    const communityBefore = await chain.balance("CommunityTreasury");
    const receipt = await chain.send(buyer, "NftMarket", "buy", [tokenId]);
    const after = await Promise.all(holders.map((h) => chain.balance(h)));
    expect(after.map((a, i) => a - before[i]!)).toEqual([
      -price,
      price - parts.total,
      parts.creator,
      parts.fineTuner,
      each + dust,
      each,
      each,
    ]);
    expect((await chain.balance("CommunityTreasury")) - communityBefore).toBe(parts.community);

    const paid = allEvents<{ role: number; payee: Address; amount: bigint }>(
      chain,
      receipt,
      "NftMarket",
      "RoyaltyPaid",
    );
    expect(paid.map((p) => [p.role, p.payee, p.amount])).toEqual([
      [0, creator, parts.creator],
      [1, datasets[0], each + dust],
      [1, datasets[1], each],
      [1, datasets[2], each],
      [2, fineTuner, parts.fineTuner],
      [3, chain.addr("CommunityTreasury"), parts.community],
    ]);
    expect(oneEvent(chain, receipt, "NftMarket", "Sold")).toEqual({
      tokenId,
      seller,
      buyer,
      price,
      royalty: parts.total,
    });
    expect(oneEvent(chain, receipt, "CommunityTreasury", "Inflow")).toMatchObject({
      from: buyer,
      amount: parts.community,
      flow: 1,
    });
    expect(await chain.read("PortfolioNFT", "ownerOf", [tokenId])).toBe(buyer);
    await expectRevert(chain.send(buyer, "NftMarket", "buy", [tokenId]), "NotListed", [tokenId]);
  });

  it("follows governed royalty bps (no royalty at all when ROYALTY_BPS is 0)", async () => {
    await chain.setParams({
      ROYALTY_BPS: 2500n,
      ROYALTY_CREATOR_BPS: 1000n,
      ROYALTY_DATASET_BPS: 7001n,
      ROYALTY_FINETUNER_BPS: 0n,
      ROYALTY_COMMUNITY_BPS: 1999n,
    });
    const datasets = [chain.accounts[5]!, chain.accounts[6]!];
    const { tokenId, seller } = await mintTo(chain, datasets);
    const buyer = chain.accounts[8]!;
    await approve(chain, buyer, "NftMarket");
    const price = 999_999n;
    await chain.send(seller, "NftMarket", "list", [tokenId, price]);
    const receipt = await chain.send(buyer, "NftMarket", "buy", [tokenId]);
    const parts = royaltySplit(price, {
      royalty: 2500n,
      creator: 1000n,
      datasets: 7001n,
      fineTuner: 0n,
    });
    const paid = allEvents<{ role: number; amount: bigint }>(
      chain,
      receipt,
      "NftMarket",
      "RoyaltyPaid",
    );
    // a zero part pays nothing and emits nothing (fine-tuner here)
    expect(paid.map((p) => [p.role, p.amount])).toEqual([
      [0, parts.creator],
      [1, parts.datasets / 2n + (parts.datasets % 2n)],
      [1, parts.datasets / 2n],
      [3, parts.community],
    ]);
    expect(paid.reduce((s, p) => s + p.amount, 0n)).toBe((price * 2500n) / 10_000n);

    await chain.setParams({ ROYALTY_BPS: 0n });
    await chain.send(buyer, "PortfolioNFT", "setApprovalForAll", [chain.addr("NftMarket"), true]);
    await chain.send(buyer, "NftMarket", "list", [tokenId, price]);
    const before = await chain.balance(buyer);
    await approve(chain, chain.accounts[9]!, "NftMarket");
    const sale = await chain.send(chain.accounts[9]!, "NftMarket", "buy", [tokenId]);
    expect(allEvents(chain, sale, "NftMarket", "RoyaltyPaid")).toEqual([]);
    expect((await chain.balance(buyer)) - before).toBe(price);
  });

  it("rejects bad listings and mints with a named error", async () => {
    const { tokenId, seller } = await mintTo(chain, [chain.accounts[5]!]);
    const other = chain.accounts[11]!;
    await expectRevert(chain.send(seller, "NftMarket", "list", [tokenId, 0n]), "ZeroPrice");
    await expectRevert(chain.send(other, "NftMarket", "list", [tokenId, 1n]), "NotTokenOwner", [
      tokenId,
      other,
    ]);
    await expectRevert(chain.send(other, "NftMarket", "buy", [tokenId]), "NotListed", [tokenId]);
    const creator = chain.accounts[3]!;
    await expectRevert(
      chain.send(creator, "PortfolioNFT", "mint", [chain.accounts[4]!, []]),
      "NoDatasetContributors",
    );
    await expectRevert(
      chain.send(creator, "PortfolioNFT", "mint", [ZERO, [chain.accounts[5]!]]),
      "ZeroAddress",
    );
    await expectRevert(
      chain.send(creator, "PortfolioNFT", "mint", [chain.accounts[4]!, [chain.accounts[5]!, ZERO]]),
      "ZeroAddress",
    );
    await expectRevert(chain.read("PortfolioNFT", "provenance", [77n]), "ERC721NonexistentToken", [
      77n,
    ]);
  });
});
