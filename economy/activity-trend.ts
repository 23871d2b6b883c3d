// A count's trend: the least-squares line through a daily series, continued past its end.
// Exact in integers: the line is a ratio of bigints, and a day's count is the difference of
// the floored running totals, so no fraction is lost or counted twice over a horizon.

/** The per-day counts an Activity holds as window totals. */
export const COUNT_KEYS = [
  "generationsPerDay",
  "sharesPerDay",
  "mintsPerDay",
  "salesPerDay",
  "downloadsPerDay",
  "slashesPerDay",
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** Day `day`'s part of `n` actions spread evenly over `per` days. */
export function spreadCount(n: bigint, per: bigint, day: number): bigint {
  const d = BigInt(day % Number(per));
  return ((d + 1n) * n) / per - (d * n) / per;
}

/** Count on projection day k = max(0, level + slope·k) / den (den > 0). */
export interface Line {
  level: bigint;
  slope: bigint;
  den: bigint;
}

/**
 * The least-squares line through `series` (day i of a window at x = i), continued from x = n,
 * the day after the window's last. Fewer than two days: the series' mean, held.
 */
export function fitLine(series: readonly bigint[]): Line {
  const n = BigInt(series.length);
  if (n === 0n) return { level: 0n, slope: 0n, den: 1n };
  const s = series.reduce((a, y) => a + y, 0n);
  if (n < 2n) return { level: s, slope: 0n, den: n };
  const sx = (n * (n - 1n)) / 2n;
  const sxx = ((n - 1n) * n * (2n * n - 1n)) / 6n;
  const sxy = series.reduce((a, y, i) => a + BigInt(i) * y, 0n);
  const d = n * sxx - sx * sx;
  const b = n * sxy - sx * s; // slope β = b / d
  // ŷ(n + k) = α + β(n + k), α = (s − β·sx) / n, all over n·d
  return { level: s * d - b * sx + n * n * b, slope: n * b, den: n * d };
}

/** A steady rate: `total` actions every `per` days, as a line (slope 0). */
export const steadyLine = (total: bigint, per: bigint): Line => ({
  level: total,
  slope: 0n,
  den: per,
});

/** Σ_{k=a}^{b−1} (level + slope·k); (b − a)(a + b − 1) is always even. */
const arithmetic = (l: Line, a: bigint, b: bigint) =>
  b <= a ? 0n : (b - a) * l.level + (l.slope * (a + b - 1n) * (b - a)) / 2n;

/** ⌈x / y⌉ for x, y > 0. */
const ceilDiv = (x: bigint, y: bigint) => (x + y - 1n) / y;

/** Σ_{k<days} max(0, level + slope·k), in units of 1/den. */
function positiveSum(l: Line, days: bigint): bigint {
  if (l.slope === 0n) return l.level > 0n ? days * l.level : 0n;
  if (l.slope > 0n) {
    // positive from k0 on: the least k with level + slope·k > 0
    const k0 = l.level > 0n ? 0n : -l.level / l.slope + 1n;
    return arithmetic(l, k0 < days ? k0 : days, days);
  }
  // positive up to (excluding) k1: the least k with level + slope·k ≤ 0
  const k1 = l.level <= 0n ? 0n : ceilDiv(l.level, -l.slope);
  return arithmetic(l, 0n, k1 < days ? k1 : days);
}

/** The whole actions of projection day `day`: ⌊Σ to day + 1⌋ − ⌊Σ to day⌋, never negative. */
export function lineCount(l: Line, day: number): bigint {
  const d = BigInt(day);
  return positiveSum(l, d + 1n) / l.den - positiveSum(l, d) / l.den;
}

/** The line's slope in actions per day per day, and its level on day 0 (for display). */
export function lineRates(l: Line): { level: number; slopePerDay: number } {
  return { level: Number(l.level) / Number(l.den), slopePerDay: Number(l.slope) / Number(l.den) };
}

/** Student's t, two-sided 95 %, for 1…30 degrees of freedom (beyond: 1.96 to 2.04, taken as 2.04). */
const T95 = [
  12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.2, 2.18, 2.16, 2.14, 2.13, 2.12,
  2.11, 2.1, 2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04,
];

/** Student's t, two-sided 95 %, for `df` degrees of freedom (df ≥ 1). */
export const t95 = (df: number): number => T95[Math.min(Math.max(df, 1), T95.length) - 1]!;

export interface Trend {
  line: Line;
  /** fitted slope, actions per day per day */
  slopePerDay: number;
  /** half-width of the slope's 95 % confidence interval (Infinity with < 3 days) */
  margin: number;
  /** the interval excludes 0: the days show a trend beyond their day-to-day noise */
  significant: boolean;
}

/** The fitted line with its slope's 95 % interval (ordinary least squares, t with n − 2 df). */
export function fitTrend(series: readonly bigint[]): Trend {
  const line = fitLine(series);
  const { slopePerDay } = lineRates(line);
  const n = series.length;
  if (n < 3) return { line, slopePerDay, margin: Number.POSITIVE_INFINITY, significant: false };
  const ys = series.map(Number);
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, y) => a + y, 0) / n;
  const sxx = ys.reduce((a, _, i) => a + (i - mx) ** 2, 0);
  const intercept = my - slopePerDay * mx;
  const sse = ys.reduce((a, y, i) => a + (y - intercept - slopePerDay * i) ** 2, 0);
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const margin = t95(n - 2) * se;
  return { line, slopePerDay, margin, significant: Math.abs(slopePerDay) > margin };
}
