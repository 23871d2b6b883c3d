// Mirrors PortfolioNFT.mint, NftMarket (list, buy, royalties), SaturationOracle.report and
// DownloadMarket.download.
import { BPS, WINDOW_LENGTH } from "../parameters.ts";
import { datasetShares, royaltySplit } from "../royalty.ts";
import { downloadPrice, saturationBps, surgeBpsFor } from "../saturation.ts";
import { checkFee, collectFee } from "./fees.ts";
import { balanceOf, ensure, transfer } from "./ledger.ts";
import { activeStakeOf } from "./staking.ts";
import type { EconomyState } from "./state.ts";

export function mintNft(
  s: EconomyState,
  creator: string,
  fineTuner: string,
  contributors: string[],
) {
  ensure(contributors.length > 0, "NoDatasetContributors");
  checkFee(s, creator, s.params.MINT_FEE);
  const parts = collectFee(s, creator, s.params.MINT_FEE);
  s.totalMinted += 1n;
  const tokenId = s.totalMinted;
  s.nfts.set(tokenId, { owner: creator, creator, fineTuner, contributors: [...contributors] });
  return { tokenId, parts };
}

/** ERC721 approve (one token) or setApprovalForAll (every token of the owner) for the market. */
export function approveMarket(s: EconomyState, owner: string, tokenId?: bigint) {
  if (tokenId === undefined) {
    s.operators.add(owner);
    return;
  }
  const nft = s.nfts.get(tokenId);
  ensure(nft !== undefined && nft.owner === owner, "ERC721InvalidApprover");
  nft.approved = "market";
}

export function list(s: EconomyState, seller: string, tokenId: bigint, price: bigint) {
  ensure(price > 0n, "ZeroPrice");
  ensure(s.nfts.get(tokenId)?.owner === seller, "NotTokenOwner");
  s.listings.set(tokenId, { seller, price });
}

export function buy(s: EconomyState, buyer: string, tokenId: bigint) {
  const listing = s.listings.get(tokenId);
  const nft = s.nfts.get(tokenId);
  ensure(listing !== undefined && nft !== undefined, "NotListed");
  ensure(nft.owner === listing.seller, "ERC721IncorrectOwner");
  ensure(nft.approved === "market" || s.operators.has(nft.owner), "ERC721InsufficientApproval");
  ensure(balanceOf(s.ledger, buyer) >= listing.price, "InsufficientBalance", buyer);
  s.listings.delete(tokenId);
  const parts = royaltySplit(listing.price, s.params);
  const l = s.ledger;
  if (parts.creator > 0n) transfer(l, buyer, nft.creator, parts.creator);
  const shares = datasetShares(parts.datasets, nft.contributors.length);
  shares.forEach((share, i) => {
    if (share > 0n) transfer(l, buyer, nft.contributors[i]!, share);
  });
  if (parts.fineTuner > 0n) transfer(l, buyer, nft.fineTuner, parts.fineTuner);
  if (parts.community > 0n) transfer(l, buyer, s.accounts.communityTreasury, parts.community);
  transfer(l, buyer, listing.seller, listing.price - parts.total);
  nft.owner = buyer;
  nft.approved = undefined;
  return { price: listing.price, seller: listing.seller, parts, shares };
}

export interface SaturationReport {
  datumId: string;
  demand: bigint;
  capacity: bigint;
}

export function reportSaturation(
  s: EconomyState,
  window: bigint,
  reports: SaturationReport[],
  now: bigint,
) {
  ensure(window <= now / WINDOW_LENGTH, "WindowInFuture");
  for (const r of reports) {
    const last = s.saturation.get(r.datumId);
    ensure(!last || window > last.window, "StaleWindow", r.datumId);
  }
  return reports.map((r) => {
    const sat = saturationBps(r.demand, r.capacity);
    const sample = { window, saturationBps: sat, surgeBps: surgeBpsFor(sat, s.params) };
    s.saturation.set(r.datumId, sample);
    return sample;
  });
}

export const surgeOf = (s: EconomyState, datumId: string) =>
  s.saturation.get(datumId)?.surgeBps ?? BPS;

export function download(s: EconomyState, downloader: string, datumId: string) {
  ensure(activeStakeOf(s, downloader) >= s.params.MIN_ACCESS_STAKE, "InsufficientStake");
  const surgeBps = surgeOf(s, datumId);
  const price = downloadPrice(surgeBps, s.params);
  checkFee(s, downloader, price);
  return { price, surgeBps, parts: collectFee(s, downloader, price) };
}
