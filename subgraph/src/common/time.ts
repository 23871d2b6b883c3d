import { BigInt, ethereum } from "@graphprotocol/graph-ts";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_WINDOW } from "./constants";

export function dayIdOf(timestamp: BigInt): i32 {
  return i32(timestamp.toI64() / SECONDS_PER_DAY);
}

export function hourIdOf(timestamp: BigInt): i32 {
  return i32(timestamp.toI64() / SECONDS_PER_HOUR);
}

export function windowStart(window: BigInt): BigInt {
  return window.times(BigInt.fromI64(SECONDS_PER_WINDOW));
}

/** `{txHash}-{logIndex}`: the id of every event entity. */
export function eventId(event: ethereum.Event): string {
  return event.transaction.hash.toHexString() + "-" + event.logIndex.toString();
}
