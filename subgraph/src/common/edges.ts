import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { FlowEdge, FlowLink } from "../../generated/schema";
import { SECONDS_PER_DAY, ZERO } from "./constants";
import { dayIdOf } from "./time";
import { tokenAddress } from "./token";

function getLink(from: string, to: string, asset: Bytes, dayId: i32): FlowLink {
  let id = from + "-" + to;
  if (!asset.equals(tokenAddress())) id = id + "-" + asset.toHexString();
  let link = FlowLink.load(id);
  if (link == null) {
    link = new FlowLink(id);
    link.from = from;
    link.to = to;
    link.asset = asset;
    link.amount = ZERO;
    link.count = 0;
    link.firstDayId = dayId;
  }
  return link;
}

/**
 * Adds `amount` to the day's edge `from → to` of the value network and to the link's
 * running total, which the day keeps: a range's amount is the difference of two days'
 * running totals. Edges of another asset than the community token (the stablecoin) carry
 * it in their id, so amounts of different assets and decimals never add up on one edge.
 */
export function addFlowEdge(
  from: string,
  to: string,
  asset: Bytes,
  amount: BigInt,
  timestamp: BigInt,
): void {
  if (amount.isZero()) return;
  const dayId = dayIdOf(timestamp);
  const link = getLink(from, to, asset, dayId);
  link.amount = link.amount.plus(amount);
  link.count = link.count + 1;
  link.lastDayId = dayId;
  link.save();

  let id = from + "-" + to + "-" + dayId.toString();
  if (!asset.equals(tokenAddress())) id = id + "-" + asset.toHexString();
  let edge = FlowEdge.load(id);
  if (edge == null) {
    edge = new FlowEdge(id);
    edge.link = link.id;
    edge.from = from;
    edge.to = to;
    edge.asset = asset;
    edge.dayId = dayId;
    edge.date = i32(i64(dayId) * SECONDS_PER_DAY);
    edge.amount = ZERO;
    edge.count = 0;
  }
  edge.amount = edge.amount.plus(amount);
  edge.count = edge.count + 1;
  // Blocks arrive in time order: no later day of this link exists yet.
  edge.cumulativeAmount = link.amount;
  edge.cumulativeCount = link.count;
  edge.save();
}
