import { Address, BigInt, Bytes } from "@graphprotocol/graph-ts";
import { VotingPowerDay } from "../../generated/schema";
import { ZERO, ZERO_ADDRESS } from "./constants";
import { dayIdOf } from "./time";
import { getAccount } from "./token";

/** Moves one delegator between delegates' counts; the zero address is nobody's delegate. */
export function moveDelegator(from: Bytes, to: Bytes, timestamp: BigInt): void {
  if (Address.fromBytes(from).toHexString() != ZERO_ADDRESS) {
    const previous = getAccount(from, timestamp);
    previous.delegatorCount -= 1;
    previous.save();
  }
  if (Address.fromBytes(to).toHexString() != ZERO_ADDRESS) {
    const next = getAccount(to, timestamp);
    next.delegatorCount += 1;
    next.save();
  }
}

/** The delegate's row for the day of `timestamp`, after a change from `previous` to `next`. */
export function recordPowerDay(
  delegate: Bytes,
  previous: BigInt,
  next: BigInt,
  timestamp: BigInt,
): void {
  const dayId = dayIdOf(timestamp);
  const id = delegate.toHexString() + "-" + dayId.toString();
  let day = VotingPowerDay.load(id);
  if (day == null) {
    day = new VotingPowerDay(id);
    day.account = delegate;
    day.dayId = dayId;
    day.delta = ZERO;
    day.changes = 0;
  }
  day.votingPower = next;
  day.delta = day.delta.plus(next.minus(previous));
  day.changes += 1;
  day.save();
}
