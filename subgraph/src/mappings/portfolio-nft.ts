import { Bytes } from "@graphprotocol/graph-ts";
import {
  Minted,
  Published,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
  Transfer,
} from "../../generated/PortfolioNFT/PortfolioNFT";
import { PortfolioItem, Publication } from "../../generated/schema";
import { epochAt, getEmissionActivity } from "../common/emission-activity";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";

export function handleMinted(event: Minted): void {
  const p = event.params;
  const item = new PortfolioItem(p.tokenId.toString());
  item.creator = p.creator;
  item.fineTuner = p.fineTuner;
  const contributors: Bytes[] = [];
  for (let i = 0; i < p.datasetContributors.length; i++)
    contributors.push(p.datasetContributors[i]);
  item.datasetContributors = contributors;
  item.owner = p.creator;
  item.mintFee = p.fee;
  item.mintedAt = event.block.timestamp;
  item.save();
}

/** Ownership follows ERC-721 transfers; the mint's Transfer precedes Minted and is skipped. */
export function handleTransfer(event: Transfer): void {
  const item = PortfolioItem.load(event.params.tokenId.toString());
  if (item == null) return;
  item.owner = event.params.to;
  item.save();
}

export function handlePublished(event: Published): void {
  const publication = new Publication(event.params.contentHash);
  publication.sharer = event.params.sharer;
  publication.reward = event.params.reward;
  publication.timestamp = event.block.timestamp;
  publication.txHash = event.transaction.hash;
  publication.save();
  const epoch = epochAt(event.block.timestamp);
  if (epoch === null) return;
  const activity = getEmissionActivity(epoch!);
  activity.shares += 1;
  activity.save();
}

export function handleRoleGranted(event: RoleGranted): void {
  const p = event.params;
  recordRoleGranted(event, p.role, p.account, p.sender);
}

export function handleRoleRevoked(event: RoleRevoked): void {
  const p = event.params;
  recordRoleRevoked(event, p.role, p.account, p.sender);
}

export function handleRoleAdminChanged(event: RoleAdminChanged): void {
  const p = event.params;
  recordRoleAdminChanged(event, p.role, p.previousAdminRole, p.newAdminRole);
}
