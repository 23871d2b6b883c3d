// Words and units of the preview's figures.
import type { ImpactMetric } from "../../../../../economy/impact.ts";
import { formatCompact, formatExact } from "../../../../lib/amount.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { NBSP } from "../../../../lib/percent.ts";

export const METRIC_LABELS: Record<ImpactMetric, { label: string; hint: string }> = {
  companyReserve: { label: "Company reserve", hint: "balance at the horizon" },
  communityTreasury: { label: "Community treasury", hint: "balance at the horizon" },
  stableReserve: { label: "Stable reserve", hint: "balance at the horizon" },
  emissions: { label: "Emissions", hint: "generation, share and hosting rewards, summed" },
  stakerIncome: { label: "Stakers' income", hint: "their share of every fee, summed" },
  creatorIncome: { label: "Creators' income", hint: "rewards and royalties, summed" },
  hostIncome: { label: "Hosts' income", hint: "hosting inflation, summed" },
};

export const assetOfMetric = (
  metric: string,
  native: AssetInfo,
  stable: AssetInfo | undefined,
): AssetInfo => (metric === "stableReserve" && stable ? stable : native);

/** The signed number alone: `−791.61`. */
function signedNumber(value: bigint, asset: AssetInfo, exact: boolean): string {
  const sign = value > 0n ? "+" : value < 0n ? "−" : "±";
  const abs = value < 0n ? -value : value;
  return `${sign}${exact ? formatExact(abs, asset.decimals) : formatCompact(abs, asset.decimals)}`;
}

export function signedAmount(value: bigint, asset: AssetInfo, exact = false): string {
  return `${signedNumber(value, asset, exact)} ${asset.symbol}`;
}

/** A range too narrow to show at two decimals of the unit is left out. */
const shown = (range: bigint | null, asset: AssetInfo) =>
  range !== null && range * 100n >= 10n ** BigInt(asset.decimals) ? range : null;

/**
 * A signed prediction with its ≈95 % half-width: `−791.61 ± 539.17 WSHD`; without a range (or
 * one below 0.01 of the unit), the value alone.
 */
export function rangeText(
  value: bigint,
  range: bigint | null,
  asset: AssetInfo,
  exact = false,
): string {
  const r = shown(range, asset);
  if (r === null) return signedAmount(value, asset, exact);
  return `${signedNumber(value, asset, exact)} ${halfWidth(r, asset, exact)}`;
}

/** `± 539.17 WSHD`, no break inside; `bare` leaves the symbol out. */
export function halfWidth(range: bigint, asset: AssetInfo, exact = false, bare = false): string {
  const text = exact ? formatExact(range, asset.decimals) : formatCompact(range, asset.decimals);
  return `±${NBSP}${text}${bare ? "" : `${NBSP}${asset.symbol}`}`;
}

/** The half-width beside a figure, or nothing when it is too narrow to show. */
export function halfWidthBeside(range: bigint, asset: AssetInfo): string | null {
  return shown(range, asset) === null ? null : halfWidth(range, asset, false, true);
}

/** A change in basis points of its base, signed; "n/a" when the base is 0. */
export function signedBps(bps: bigint | null): string {
  if (bps === null) return "n/a";
  const sign = bps > 0n ? "+" : bps < 0n ? "−" : "±";
  const abs = bps < 0n ? -bps : bps;
  return `${sign}${(Number(abs) / 100).toFixed(2)}${NBSP}%`;
}

/** difference ÷ |base| as a signed percentage; a change below 0.01 % still shows its direction. */
export function signedShare(difference: bigint, base: bigint): string {
  const sign = difference > 0n ? "+" : difference < 0n ? "−" : "±";
  if (base === 0n) return difference === 0n ? `±0.00${NBSP}%` : "n/a";
  const abs = base < 0n ? -base : base;
  const ppm = (difference * 1_000_000n) / abs;
  const pct = Number(ppm < 0n ? -ppm : ppm) / 10_000;
  if (difference !== 0n && pct < 0.01)
    return difference > 0n ? `< +0.01${NBSP}%` : `> −0.01${NBSP}%`;
  return `${sign}${pct.toFixed(2)}${NBSP}%`;
}
