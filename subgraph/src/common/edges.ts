import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { FlowEdge } from "../../generated/schema";
import { SECONDS_PER_DAY, ZERO } from "./constants";
import { dayIdOf } from "./time";

/** Adds `amount` to the day's edge `from → to` of the value network. */
export function addFlowEdge(
  from: string,
  to: string,
  asset: Bytes,
  amount: BigInt,
  timestamp: BigInt,
): void {
  if (amount.isZero()) return;
  const dayId = dayIdOf(timestamp);
  const id = from + "-" + to + "-" + dayId.toString();
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
