// What a proposer types for a parameter, in the parameter's own unit, to and from the
// integer the contract stores: whole tokens with decimals (base units on chain), percent
// (basis points), a duration in days/hours/minutes/seconds (seconds), or a plain count.
// Pure: the form and its tests use the same parsing, so what is refused is refused alike.

import { formatExact } from "../../../../lib/amount.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { parameterUnit } from "../../../../lib/parameters.ts";
import { NBSP } from "../../../../lib/percent.ts";

export interface UnitAssets {
  native?: AssetInfo;
  stable?: AssetInfo;
}

export type Parsed = { ok: true; value: bigint } | { ok: false; reason: string };

const refuse = (reason: string): Parsed => ({ ok: false, reason });

/** Digits with an optional fraction; thousands separators (`,` `_`) and spaces allowed. */
function parseDecimal(text: string, decimals: number, what: string): Parsed {
  const clean = text.trim().replaceAll(",", "").replaceAll("_", "").replaceAll(" ", "");
  if (clean === "") return refuse("Enter a value.");
  if (clean.startsWith("-")) return refuse("Must not be negative.");
  const match = /^(\d*)(?:\.(\d*))?$/.exec(clean);
  if (!match || clean === ".") return refuse(`“${text.trim()}” is not a number.`);
  const [, whole = "", fraction = ""] = match;
  if (fraction.length > decimals) {
    return refuse(
      decimals === 0 ? `Must be a whole ${what}.` : `At most ${decimals} decimals (${what}).`,
    );
  }
  const value =
    BigInt(whole || "0") * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, "0") || "0");
  return { ok: true, value };
}

const DURATION_UNITS: [bigint, string, RegExp][] = [
  [86_400n, "d", /^(d|days?)$/],
  [3_600n, "h", /^(h|hours?)$/],
  [60n, "m", /^(m|mins?|minutes?)$/],
  [1n, "s", /^(s|secs?|seconds?)$/],
];

/** `30 d`, `1 d 12 h`, `90 m`, `3600 s`: whole numbers, each with its unit. */
function parseDuration(text: string): Parsed {
  const clean = text.trim().toLowerCase();
  if (clean === "") return refuse("Enter a duration.");
  if (/^[\d.,]+$/.test(clean)) return refuse("Give a unit, e.g. 30 d, 12 h, 90 m or 45 s.");
  const parts = [...clean.matchAll(/(\d+)\s*([a-z]+)\s*/g)];
  if (parts.map((p) => p[0]).join("") !== clean.replace(/^\s+/, "")) {
    return refuse(`“${text.trim()}” is not a duration: write e.g. 30 d, 1 d 12 h or 90 m.`);
  }
  let seconds = 0n;
  for (const [, amount, unit] of parts) {
    const found = DURATION_UNITS.find(([, , re]) => re.test(unit!));
    if (!found) return refuse(`“${unit}” is not a unit: use d, h, m or s.`);
    seconds += BigInt(amount!) * found[0];
  }
  return { ok: true, value: seconds };
}

/** Seconds as the largest whole units, exactly: `1 d 12 h`, `0 s`. */
export function formatDurationExact(seconds: bigint): string {
  if (seconds === 0n) return "0 s";
  let rest = seconds;
  const parts: string[] = [];
  for (const [size, unit] of DURATION_UNITS) {
    if (rest >= size) {
      parts.push(`${rest / size} ${unit}`);
      rest %= size;
    }
  }
  return parts.join(" ");
}

/** The unit the field is typed in, shown beside it. */
export function inputUnit(key: string, assets: UnitAssets): string {
  switch (parameterUnit(key)) {
    case "bps":
      return "%";
    case "seconds":
      return "d h m s";
    case "token":
      return assets.native?.symbol ?? "base units";
    case "stable":
      return assets.stable?.symbol ?? "base units";
    default:
      return "count";
  }
}

/** Parses what was typed for `key` into the integer the contract stores. */
export function parseParameterInput(key: string, text: string, assets: UnitAssets): Parsed {
  switch (parameterUnit(key)) {
    case "bps":
      // one basis point is 0.01 %: two decimals of a percent
      return parseDecimal(text.replace(/%\s*$/, ""), 2, "0.01 % is one basis point");
    case "seconds":
      return parseDuration(text);
    case "token":
      return parseDecimal(text, assets.native?.decimals ?? 0, assets.native?.symbol ?? "unit");
    case "stable":
      return parseDecimal(text, assets.stable?.decimals ?? 0, assets.stable?.symbol ?? "unit");
    default:
      return parseDecimal(text, 0, "number");
  }
}

/** A stored value as it would be typed: the field's starting text, and the diff's words. */
export function formatParameterInput(key: string, value: bigint, assets: UnitAssets): string {
  switch (parameterUnit(key)) {
    case "bps":
      return formatExact(value, 2);
    case "seconds":
      return formatDurationExact(value);
    case "token":
      return formatExact(value, assets.native?.decimals ?? 0);
    case "stable":
      return formatExact(value, assets.stable?.decimals ?? 0);
    default:
      return formatExact(value, 0);
  }
}

/** A stored value in words with its unit: `0.5 WSHD`, `2.5 %`, `1 d 12 h`, `400`. */
export function formatParameterValue(key: string, value: bigint, assets: UnitAssets): string {
  const text = formatParameterInput(key, value, assets);
  const unit = parameterUnit(key);
  if (unit === "bps") return `${text}${NBSP}%`;
  if (unit === "token" || unit === "stable") return `${text} ${inputUnit(key, assets)}`;
  return text;
}
