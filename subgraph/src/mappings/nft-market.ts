import { BigInt } from "@graphprotocol/graph-ts";
import { Listed, RoyaltyPaid, Sold } from "../../generated/NftMarket/NftMarket";
import { NftSale, PortfolioItem, RoyaltyPayment } from "../../generated/schema";
import { royaltyRole } from "../common/codes";
import {
  CREATORS,
  DATASET_CONTRIBUTORS,
  FINE_TUNERS,
  NFT_BUYERS,
  NFT_SELLERS,
} from "../common/constants";
import { addFlowEdge } from "../common/edges";
import { addRoyaltyPayment, addSaleDay } from "../common/royalty-aggregates";
import { eventId } from "../common/time";
import { tokenAddress } from "../common/token";

function loadItem(tokenId: BigInt): PortfolioItem {
  const item = PortfolioItem.load(tokenId.toString());
  if (item == null) throw new Error("unknown portfolio item " + tokenId.toString());
  return item;
}

/** RoyaltyPaid events precede their Sold event in the same transaction and share its id. */
function saleId(txHash: string, tokenId: BigInt): string {
  return txHash + "-" + tokenId.toString();
}

export function handleListed(event: Listed): void {
  const item = loadItem(event.params.tokenId);
  item.listedPrice = event.params.price;
  item.save();
}

export function handleSold(event: Sold): void {
  const p = event.params;
  const item = loadItem(p.tokenId);
  item.listedPrice = null;
  item.save();
  const sale = new NftSale(saleId(event.transaction.hash.toHexString(), p.tokenId));
  sale.item = item.id;
  sale.seller = p.seller;
  sale.buyer = p.buyer;
  sale.price = p.price;
  sale.royalty = p.royalty;
  sale.timestamp = event.block.timestamp;
  sale.txHash = event.transaction.hash;
  sale.save();
  addSaleDay(p.price, p.royalty, event.block.timestamp);
  addFlowEdge(
    NFT_BUYERS,
    NFT_SELLERS,
    tokenAddress(),
    p.price.minus(p.royalty),
    event.block.timestamp,
  );
}

function roleNode(role: string): string {
  if (role == "CREATOR") return CREATORS;
  if (role == "DATASET_CONTRIBUTOR") return DATASET_CONTRIBUTORS;
  return FINE_TUNERS;
}

export function handleRoyaltyPaid(event: RoyaltyPaid): void {
  const p = event.params;
  const role = royaltyRole(p.role);
  const payment = new RoyaltyPayment(eventId(event));
  payment.sale = saleId(event.transaction.hash.toHexString(), p.tokenId);
  payment.item = p.tokenId.toString();
  payment.role = role;
  payment.payee = p.payee;
  payment.amount = p.amount;
  payment.timestamp = event.block.timestamp;
  payment.save();
  addRoyaltyPayment(role, p.payee, p.amount, event.block.timestamp);
  // The community's part is drawn by the treasury's ROYALTY inflow.
  if (role != "COMMUNITY")
    addFlowEdge(NFT_BUYERS, roleNode(role), tokenAddress(), p.amount, event.block.timestamp);
}
