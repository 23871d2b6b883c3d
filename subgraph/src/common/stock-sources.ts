import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { StockSourceDay, StockSourceHour } from "../../generated/schema";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, ZERO } from "./constants";
import { dayIdOf, hourIdOf } from "./time";

// Per-source totals by day and hour, so a chart of inflows and outflows by source reads a
// few hundred rows instead of summing every StockFlow of the range in the browser.

function sourceKey(stockId: string, asset: Bytes, source: string, direction: string): string {
  return stockId + "-" + asset.toHexString() + "-" + source + "-" + direction;
}

export function addSourceDay(
  stockId: string,
  asset: Bytes,
  source: string,
  direction: string,
  amount: BigInt,
  timestamp: BigInt,
): void {
  const dayId = dayIdOf(timestamp);
  const id = sourceKey(stockId, asset, source, direction) + "-" + dayId.toString();
  let day = StockSourceDay.load(id);
  if (day == null) {
    day = new StockSourceDay(id);
    day.stock = stockId;
    day.asset = asset;
    day.source = source;
    day.direction = direction;
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.amount = ZERO;
    day.count = 0;
  }
  day.amount = day.amount.plus(amount);
  day.count = day.count + 1;
  day.save();
}

export function addSourceHour(
  stockId: string,
  asset: Bytes,
  source: string,
  direction: string,
  amount: BigInt,
  timestamp: BigInt,
): void {
  const hourId = hourIdOf(timestamp);
  const id = sourceKey(stockId, asset, source, direction) + "-" + hourId.toString();
  let hour = StockSourceHour.load(id);
  if (hour == null) {
    hour = new StockSourceHour(id);
    hour.stock = stockId;
    hour.asset = asset;
    hour.source = source;
    hour.direction = direction;
    hour.hourId = hourId;
    hour.date = i32(i64(hourId) * SECONDS_PER_HOUR);
    hour.amount = ZERO;
    hour.count = 0;
  }
  hour.amount = hour.amount.plus(amount);
  hour.count = hour.count + 1;
  hour.save();
}
