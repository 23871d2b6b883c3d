// Governed parameters in words and units. Descriptions come from economy/, the model the
// contracts mirror; units follow the key's convention (…_BPS basis points, durations in
// seconds, fees and rewards in token base units, STABLE_PRICE in stablecoin base units).
import { PARAMETER_DEFAULTS } from "../../economy/parameters.ts";
import { formatExact } from "./amount.ts";
import type { AssetInfo } from "./config.ts";
import { formatBps } from "./percent.ts";
import { formatDuration } from "./relative-time.ts";

type Unit = "bps" | "seconds" | "token" | "stable" | "count";

const TOKEN_KEYS = /(_FEE|_REWARD|REWARD_INITIAL|_STAKE|_PRICE)$/;

export function parameterUnit(key: string): Unit {
  if (key.endsWith("_BPS")) return "bps";
  if (key.endsWith("_DURATION")) return "seconds";
  if (key === "STABLE_PRICE") return "stable";
  if (TOKEN_KEYS.test(key)) return "token";
  return "count";
}

export function describeParameter(key: string): string {
  return (PARAMETER_DEFAULTS as Record<string, { description: string }>)[key]?.description ?? key;
}

export function formatParameter(
  key: string,
  value: bigint,
  native?: AssetInfo,
  stable?: AssetInfo,
): string {
  switch (parameterUnit(key)) {
    case "bps":
      return formatBps(value);
    case "seconds":
      return formatDuration(Number(value));
    case "token":
      return native ? `${formatExact(value, native.decimals)} ${native.symbol}` : value.toString();
    case "stable":
      return stable ? `${formatExact(value, stable.decimals)} ${stable.symbol}` : value.toString();
    default:
      return value.toLocaleString("en-US");
  }
}
