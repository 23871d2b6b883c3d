import { BigInt } from "@graphprotocol/graph-ts";
import {
  Datum,
  Parameter,
  SaturationDay,
  SaturationSample,
  SaturationTotals,
  SaturationWindow,
} from "../../generated/schema";
import { BPS, ONE, SECONDS_PER_DAY, ZERO } from "./constants";
import { dayIdOf, windowStart } from "./time";

// The heatmap's aggregates. A window's samples are one SaturationWindow row, rewritten only
// when another block reports the same window (graph-node keeps one version per block), and
// a datum's day is a row of a few scalars: no row carries a growing list that every window
// rewrites.

const TOTALS_ID = "saturation";
const BASE_PRICE_KEY = "DOWNLOAD_BASE_PRICE";

/** The next datum's index, counted once per new datum. */
export function nextDatumIndex(): i32 {
  let totals = SaturationTotals.load(TOTALS_ID);
  if (totals == null) {
    totals = new SaturationTotals(TOTALS_ID);
    totals.dataCount = 0;
  }
  const index = totals.dataCount;
  totals.dataCount = index + 1;
  totals.save();
  return index;
}

/** DOWNLOAD_BASE_PRICE as last indexed, or null before its first ParameterChanged. */
export function downloadBasePrice(): BigInt | null {
  const parameter = Parameter.load(BASE_PRICE_KEY);
  return parameter == null ? null : parameter.value;
}

/** The price a surge sets, as DownloadMarket.priceOf: base × surgeBps / 10000, floored. */
export function surgePrice(basePrice: BigInt, surgeBps: BigInt): BigInt {
  return basePrice.times(surgeBps).div(BPS);
}

/** The oracle divides by one when a datum has no capacity. */
export function effectiveCapacity(capacity: BigInt): BigInt {
  return capacity.isZero() ? ONE : capacity;
}

export function appendToWindow(datum: Datum, sample: SaturationSample, basePrice: BigInt): void {
  const id = sample.window.toString();
  let row = SaturationWindow.load(id);
  if (row == null) {
    row = new SaturationWindow(id);
    row.window = sample.window;
    row.windowStart = windowStart(sample.window);
    row.datumIndexes = [];
    row.demand = [];
    row.capacity = [];
    row.surgeBps = [];
    row.basePrices = [];
    row.basePriceFrom = [];
  }
  const indexes = row.datumIndexes;
  const position = indexes.length;
  indexes.push(datum.index);
  row.datumIndexes = indexes;
  const demand = row.demand;
  demand.push(sample.demand);
  row.demand = demand;
  const capacity = row.capacity;
  capacity.push(sample.capacity);
  row.capacity = capacity;
  const surge = row.surgeBps;
  surge.push(sample.surgeBps);
  row.surgeBps = surge;
  // Base prices run-length encoded: one entry until governance changes the price.
  const prices = row.basePrices;
  if (prices.length == 0 || !prices[prices.length - 1].equals(basePrice)) {
    prices.push(basePrice);
    row.basePrices = prices;
    const from = row.basePriceFrom;
    from.push(position);
    row.basePriceFrom = from;
  }
  row.save();
}

export function addToDay(datum: Datum, sample: SaturationSample): void {
  const dayId = dayIdOf(sample.windowStart);
  const id = datum.id.toHexString() + "-" + dayId.toString();
  let day = SaturationDay.load(id);
  if (day == null) {
    day = new SaturationDay(id);
    day.datum = datum.id;
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.samples = 0;
    day.saturatedWindows = 0;
    day.peakSaturationBps = ZERO;
    day.peakSurgeBps = ZERO;
    day.demand = ZERO;
    day.capacity = ZERO;
  }
  const capacity = effectiveCapacity(sample.capacity);
  day.samples += 1;
  if (sample.demand.gt(capacity)) day.saturatedWindows += 1;
  if (sample.saturationBps.gt(day.peakSaturationBps)) {
    day.peakSaturationBps = sample.saturationBps;
  }
  if (sample.surgeBps.gt(day.peakSurgeBps)) day.peakSurgeBps = sample.surgeBps;
  day.demand = day.demand.plus(sample.demand);
  day.capacity = day.capacity.plus(capacity);
  day.save();
}
