import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { FlowEdge } from "../../generated/schema";
import { SECONDS_PER_DAY, ZERO } from "./constants";
import { dayIdOf } from "./time";
import { tokenAddress } from "./token";

/**
 * Adds `amount` to the day's edge `from → to` of the value network. Edges of another asset
 * than the community token (the stablecoin) carry it in their id, so amounts of different
 * assets and decimals never add up on one edge.
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
  let id = from + "-" + to + "-" + dayId.toString();
  if (!asset.equals(tokenAddress())) id = id + "-" + asset.toHexString();
  let edge = FlowEdge.load(id);
  if (edge == null) {
    edge = new FlowEdge(id);
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
  edge.save();
}
