import { Address, BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";
import {
  Stock,
  StockBalance,
  StockDaySnapshot,
  StockFlow,
  StockHourSnapshot,
  Token,
} from "../../generated/schema";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, TOKEN_ID, ZERO } from "./constants";
import { addSourceDay, addSourceHour } from "./stock-sources";
import { dayIdOf, eventId, hourIdOf } from "./time";
import { getAccount, updateSupplyDay } from "./token";

/**
 * Registers `address` as the stock `kind`. The account's token balance so far (its
 * Transfers are indexed before the stock's own first event) joins the token's stock holdings,
 * and the day's supply row follows: its circulating figure excludes the new stock at once.
 */
export function getOrCreateStock(kind: string, address: Address, timestamp: BigInt): Stock {
  let stock = Stock.load(kind);
  if (stock != null) return stock;
  stock = new Stock(kind);
  stock.kind = kind;
  stock.address = address;
  stock.save();
  const account = getAccount(address, timestamp);
  account.stock = kind;
  account.save();
  const token = Token.load(TOKEN_ID);
  if (token != null) {
    token.stockHoldings = token.stockHoldings.plus(account.balance);
    token.save();
    if (!account.balance.isZero()) updateSupplyDay(token, timestamp, ZERO, ZERO);
  }
  return stock;
}

function getBalance(stockId: string, asset: Bytes): StockBalance {
  const id = stockId + "-" + asset.toHexString();
  let balance = StockBalance.load(id);
  if (balance == null) {
    balance = new StockBalance(id);
    balance.stock = stockId;
    balance.asset = asset;
    balance.balance = ZERO;
    balance.inflowTotal = ZERO;
    balance.outflowTotal = ZERO;
    balance.flowCount = 0;
  }
  return balance;
}

function updateDay(
  balance: StockBalance,
  timestamp: BigInt,
  inflow: BigInt,
  outflow: BigInt,
): void {
  const dayId = dayIdOf(timestamp);
  const id = balance.id + "-" + dayId.toString();
  let day = StockDaySnapshot.load(id);
  if (day == null) {
    day = new StockDaySnapshot(id);
    day.stockBalance = balance.id;
    day.stock = balance.stock;
    day.asset = balance.asset;
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.inflow = ZERO;
    day.outflow = ZERO;
  }
  day.balance = balance.balance;
  day.inflow = day.inflow.plus(inflow);
  day.outflow = day.outflow.plus(outflow);
  day.save();
}

function updateHour(
  balance: StockBalance,
  timestamp: BigInt,
  inflow: BigInt,
  outflow: BigInt,
): void {
  const hourId = hourIdOf(timestamp);
  const id = balance.id + "-" + hourId.toString();
  let hour = StockHourSnapshot.load(id);
  if (hour == null) {
    hour = new StockHourSnapshot(id);
    hour.stockBalance = balance.id;
    hour.stock = balance.stock;
    hour.asset = balance.asset;
    hour.hourId = hourId;
    hour.date = i32(i64(hourId) * SECONDS_PER_HOUR);
    hour.inflow = ZERO;
    hour.outflow = ZERO;
  }
  hour.balance = balance.balance;
  hour.inflow = hour.inflow.plus(inflow);
  hour.outflow = hour.outflow.plus(outflow);
  hour.save();
}

/** Records one flow of a stock and rolls it into the balance and its snapshots. */
export function recordStockFlow(
  event: ethereum.Event,
  stockId: string,
  asset: Bytes,
  incoming: boolean,
  source: string,
  counterparty: Bytes,
  amount: BigInt,
): void {
  const balance = getBalance(stockId, asset);
  const inflow = incoming ? amount : ZERO;
  const outflow = incoming ? ZERO : amount;
  balance.balance = balance.balance.plus(inflow).minus(outflow);
  balance.inflowTotal = balance.inflowTotal.plus(inflow);
  balance.outflowTotal = balance.outflowTotal.plus(outflow);
  balance.flowCount = balance.flowCount + 1;
  balance.save();

  const flow = new StockFlow(eventId(event));
  flow.stock = stockId;
  flow.stockBalance = balance.id;
  flow.asset = asset;
  flow.direction = incoming ? "IN" : "OUT";
  flow.source = source;
  flow.counterparty = counterparty;
  flow.amount = amount;
  flow.balanceAfter = balance.balance;
  flow.shareOfStockBps = incoming ? 0 : shareBps(amount, balance.balance.plus(amount));
  flow.timestamp = event.block.timestamp;
  flow.dayId = dayIdOf(event.block.timestamp);
  flow.blockNumber = event.block.number;
  flow.txHash = event.transaction.hash;
  flow.save();

  updateDay(balance, event.block.timestamp, inflow, outflow);
  updateHour(balance, event.block.timestamp, inflow, outflow);
  addSourceDay(stockId, asset, source, flow.direction, amount, event.block.timestamp);
  addSourceHour(stockId, asset, source, flow.direction, amount, event.block.timestamp);
}

/** `part` in basis points of `whole` (whole > 0 for an outflow, which cannot exceed it). */
function shareBps(part: BigInt, whole: BigInt): i32 {
  if (whole.isZero()) return 0;
  return part.times(BigInt.fromI32(10000)).div(whole).toI32();
}
