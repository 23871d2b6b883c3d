// Saturation figures in words: ratios from basis points, surge as a multiplier, windows and
// days in UTC as the oracle counts them.
import { formatExact } from "../../../lib/amount.ts";
import { WINDOW_SECONDS } from "./saturation-buckets.ts";

/** 15,000 bps → "1.5" (four decimals at most, the oracle's precision). */
export const ratioText = (bps: bigint) => formatExact(bps, 4);

/** 12,500 bps → "1.25×". */
export const surgeText = (bps: bigint) => `${formatExact(bps, 4)}×`;

export const bpsText = (bps: bigint) => `${bps.toLocaleString("en-US")} bps`;

const utc = (seconds: number) => new Date(seconds * 1000).toISOString();

/** "2026-01-05 14:15–14:30 UTC" */
export function windowLabel(window: number): string {
  const start = utc(window * WINDOW_SECONDS);
  const end = utc((window + 1) * WINDOW_SECONDS);
  return `${start.slice(0, 10)} ${start.slice(11, 16)}–${end.slice(11, 16)} UTC`;
}

/** "2026-01-05 UTC" */
export const dayLabel = (dayId: number) => `${utc(dayId * 86_400).slice(0, 10)} UTC`;

/** "0x1234…abcd" */
export const shortDatum = (id: string) => `${id.slice(0, 6)}…${id.slice(-4)}`;
