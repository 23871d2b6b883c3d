// Each parameter in its own unit: the value as a reader reads it, the exact raw value for
// the tooltip, the range the contract accepts, and a number for the chart's geometry only.
import type { ParameterKey } from "../../../../economy/parameters.ts";
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import { type AppConfig, type AssetInfo, assetOfKind } from "../../../lib/config.ts";
import { parameterRange } from "../../../lib/parameter-rules.ts";
import { formatParameter, parameterUnit } from "../../../lib/parameters.ts";
import { formatDuration } from "../../../lib/relative-time.ts";

export interface ParameterAssets {
  native?: AssetInfo;
  stable?: AssetInfo;
}

export const assetsOf = (config: AppConfig): ParameterAssets => ({
  native: assetOfKind(config, "native"),
  stable: assetOfKind(config, "stable"),
});

const UINT256_MAX = (1n << 256n) - 1n;

function assetOf(key: string, assets: ParameterAssets): AssetInfo | undefined {
  const unit = parameterUnit(key);
  return unit === "token" ? assets.native : unit === "stable" ? assets.stable : undefined;
}

/** The value as read: `2.50 %`, `1 y`, `0.5 WSD`, `400`, `regions 2, 3`. */
export function displayValue(key: string, value: bigint, assets: ParameterAssets): string {
  if (key === "UNDERSERVED_REGIONS") {
    const codes = regionCodes(value);
    return codes.length > 0 ? `regions ${codes.join(", ")}` : "no region";
  }
  return formatParameter(key, value, assets.native, assets.stable);
}

/** What the contract stores, for the tooltip (UI.md: raw bps on hover). */
export function rawValue(key: string, value: bigint, assets: ParameterAssets): string {
  switch (parameterUnit(key)) {
    case "bps":
      return `${value.toLocaleString("en-US")} bps`;
    case "seconds":
      return `${value.toLocaleString("en-US")} s`;
    case "token":
    case "stable": {
      const asset = assetOf(key, assets);
      return asset
        ? `${value.toLocaleString("en-US")} base units (${asset.decimals} decimals)`
        : `${value.toLocaleString("en-US")} base units (no asset configured)`;
    }
    default:
      return key === "UNDERSERVED_REGIONS" ? `bitmask ${value.toString(2)}` : value.toString();
  }
}

/** UNDERSERVED_REGIONS is a bitmask of region codes: name the codes it holds. */
export function regionCodes(mask: bigint): number[] {
  const codes: number[] = [];
  for (let bit = 0; mask >> BigInt(bit) > 0n && bit < 256; bit++) {
    if ((mask >> BigInt(bit)) & 1n) codes.push(bit);
  }
  return codes;
}

/** The closed range the contract accepts, in the parameter's unit. */
export function displayRange(key: ParameterKey, assets: ParameterAssets): string {
  const { min, max } = parameterRange(key);
  const low = displayValue(key, min, assets);
  if (key === "UNDERSERVED_REGIONS") return "any set of region codes";
  if (max === undefined || max === UINT256_MAX) return `${low} or more`;
  return `${low} – ${displayValue(key, max, assets)}`;
}

/** A plain number for geometry: percent for bps, days for durations, whole tokens. */
export function chartNumber(key: string, value: bigint, assets: ParameterAssets): number {
  switch (parameterUnit(key)) {
    case "bps":
      return Number(value) / 100;
    case "seconds":
      return Number(value) / 86_400;
    case "token":
    case "stable": {
      const asset = assetOf(key, assets);
      return asset ? toChartNumber(value, asset.decimals) : Number(value);
    }
    default:
      return Number(value);
  }
}

/** The unit the chart's y axis is in, for its subtitle. */
export function chartUnit(key: string, assets: ParameterAssets): string {
  switch (parameterUnit(key)) {
    case "bps":
      return "%";
    case "seconds":
      return "days";
    case "token":
    case "stable":
      return assetOf(key, assets)?.symbol ?? "base units";
    default:
      return key === "UNDERSERVED_REGIONS" ? "bitmask value" : "count";
  }
}

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });

/** Axis labels only; exact values live in the tooltip and the table. */
export function axisTick(key: string, tick: number): string {
  const unit = parameterUnit(key);
  if (unit === "bps") return `${COMPACT.format(tick)} %`;
  if (unit === "seconds") return formatDuration(tick * 86_400);
  return COMPACT.format(tick);
}

/** Decimal text without thousands separators, for CSV, in `csvUnit`'s unit. */
export function csvValue(key: string, value: bigint, assets: ParameterAssets): string {
  const unit = parameterUnit(key);
  const asset = assetOf(key, assets);
  if (unit === "bps") return formatExact(value, 2).replaceAll(",", "");
  return asset ? formatExact(value, asset.decimals).replaceAll(",", "") : value.toString();
}

/** The unit of `csvValue`, for column headings. */
export function csvUnit(key: string, assets: ParameterAssets): string {
  const unit = parameterUnit(key);
  if (unit === "bps") return "%";
  if (unit === "seconds") return "s";
  return assetOf(key, assets)?.symbol ?? (unit === "count" ? "value" : "base units");
}
