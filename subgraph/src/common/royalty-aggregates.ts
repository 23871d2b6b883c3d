import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { RoyaltyDay, RoyaltyEarner } from "../../generated/schema";
import { SECONDS_PER_DAY, ZERO } from "./constants";
import { dayIdOf } from "./time";

// Royalties by day and role, and per payee, so the dashboard reads a row per day instead of
// every payment of the range.

function royaltyDay(timestamp: BigInt): RoyaltyDay {
  const dayId = dayIdOf(timestamp);
  let day = RoyaltyDay.load(dayId.toString());
  if (day == null) {
    day = new RoyaltyDay(dayId.toString());
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.saleCount = 0;
    day.saleVolume = ZERO;
    day.royalty = ZERO;
    day.creator = ZERO;
    day.datasetContributors = ZERO;
    day.fineTuners = ZERO;
    day.community = ZERO;
    day.paymentCount = 0;
  }
  return day;
}

export function addSaleDay(price: BigInt, royalty: BigInt, timestamp: BigInt): void {
  const day = royaltyDay(timestamp);
  day.saleCount = day.saleCount + 1;
  day.saleVolume = day.saleVolume.plus(price);
  day.royalty = day.royalty.plus(royalty);
  day.save();
}

export function addRoyaltyPayment(
  role: string,
  payee: Bytes,
  amount: BigInt,
  timestamp: BigInt,
): void {
  const day = royaltyDay(timestamp);
  if (role == "CREATOR") day.creator = day.creator.plus(amount);
  else if (role == "DATASET_CONTRIBUTOR")
    day.datasetContributors = day.datasetContributors.plus(amount);
  else if (role == "FINE_TUNER") day.fineTuners = day.fineTuners.plus(amount);
  else day.community = day.community.plus(amount);
  day.paymentCount = day.paymentCount + 1;
  day.save();

  const id = role + "-" + payee.toHexString();
  let earner = RoyaltyEarner.load(id);
  if (earner == null) {
    earner = new RoyaltyEarner(id);
    earner.role = role;
    earner.payee = payee;
    earner.amount = ZERO;
    earner.paymentCount = 0;
  }
  earner.amount = earner.amount.plus(amount);
  earner.paymentCount = earner.paymentCount + 1;
  earner.lastPaidAt = timestamp;
  earner.save();
}
