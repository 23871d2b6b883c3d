// Mirrors SaturationOracle and DownloadMarket.priceOf.
import { BPS, type Parameters } from "./parameters.ts";

/** demand / capacity in basis points; a datum without capacity counts as capacity 1. */
export function saturationBps(demand: bigint, capacity: bigint): bigint {
  return (demand * BPS) / (capacity === 0n ? 1n : capacity);
}

/** 1× up to saturation 1, then 1 + slope × (saturation − 1), capped. */
export function surgeBpsFor(satBps: bigint, p: Parameters): bigint {
  if (satBps <= BPS) return BPS;
  const surge = BPS + ((satBps - BPS) * p.SURGE_SLOPE_BPS) / BPS;
  // biome-ignore lint/complexity/useMathMinMax: Math.min does not take bigint
  return surge < p.SURGE_CAP_BPS ? surge : p.SURGE_CAP_BPS;
}

export function downloadPrice(surgeBps: bigint, p: Parameters): bigint {
  return (p.DOWNLOAD_BASE_PRICE * surgeBps) / BPS;
}
