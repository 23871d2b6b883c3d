// Token amounts are bigint base units from the wire to the screen: parsing, exact and
// compact formatting with the asset's decimals. A float only ever sizes a bar (`ratio`).

/** Reads a graph-node BigInt (a decimal string) into a bigint; throws on anything else. */
export function toBigInt(wire: string | null | undefined): bigint {
  if (wire == null || !/^-?\d+$/.test(wire)) throw new Error(`not an integer amount: ${wire}`);
  return BigInt(wire);
}

/** Parses what a person types ("1,234.5") into base units; null when it is not a number. */
export function parseUnits(text: string, decimals: number): bigint | null {
  const clean = text.trim().replaceAll(",", "").replaceAll("_", "");
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(clean);
  if (!match || clean === "" || clean === "." || clean === "-") return null;
  const [, sign, whole = "", fraction = ""] = match;
  if (fraction.length > decimals) return null;
  const units =
    BigInt(whole || "0") * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, "0") || "0");
  return sign ? -units : units;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Exact: every digit kept, thousands grouped, trailing zeros trimmed (`1,234,567.891`). */
export function formatExact(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(decimals);
  const whole = groupThousands((abs / base).toString());
  const fraction =
    decimals > 0 ? (abs % base).toString().padStart(decimals, "0").replace(/0+$/, "") : "";
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

// Largest first; the last tier is plain tokens.
const TIERS: [bigint, string][] = [
  [10n ** 12n, "T"],
  [10n ** 9n, "B"],
  [10n ** 6n, "M"],
  [10n ** 3n, "k"],
  [1n, ""],
];

/** Rounds base units to `digits` fraction digits of whole tokens, half away from zero. */
function roundTo(abs: bigint, scale: bigint, digits: number): { whole: bigint; fraction: string } {
  const step = 10n ** BigInt(digits);
  const scaled = (abs * step * 2n + scale) / (scale * 2n);
  return {
    whole: scaled / step,
    fraction: digits > 0 ? (scaled % step).toString().padStart(digits, "0") : "",
  };
}

/** Compact for tight spaces (`1.23M`, `950.5`, `0.0012`), computed on the bigint. */
export function formatCompact(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const one = 10n ** BigInt(decimals);
  const sign = negative ? "-" : "";
  if (abs === 0n) return "0";
  if (abs < one) {
    // Below one token: two significant digits, so a small amount never reads as 0.
    const text = abs.toString().padStart(decimals, "0");
    const firstDigit = text.search(/[1-9]/);
    return `${sign}0.${text.slice(0, Math.min(decimals, firstDigit + 2)).replace(/0+$/, "")}`;
  }
  const index = Math.max(
    0,
    TIERS.findIndex(([factor]) => abs >= factor * one),
  );
  let [factor, suffix] = TIERS[index]!;
  let rounded = roundTo(abs, factor * one, 2);
  // 999,999 rounds to 1000.00k: say 1M instead.
  if (rounded.whole >= 1000n && index > 0) {
    [factor, suffix] = TIERS[index - 1]!;
    rounded = roundTo(abs, factor * one, 2);
  }
  return `${sign}${rounded.whole}${trimFraction(rounded.fraction)}${suffix}`;
}

function trimFraction(fraction: string): string {
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed ? `.${trimmed}` : "";
}

/** A ratio for drawing or percentages only; never an amount. */
export function ratio(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  // Keep 9 significant digits through the integer division, then leave bigint.
  return Number((part * 1_000_000_000n) / whole) / 1_000_000_000;
}

/** Token amounts scaled to whole tokens as numbers, for chart geometry only. */
export function toChartNumber(value: bigint, decimals: number): number {
  const base = 10n ** BigInt(decimals);
  return Number(value / base) + Number(value % base) / Number(base);
}

export function sumBigInt(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
