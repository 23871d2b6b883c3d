// How far a projection may stray because the activity it assumes was measured over a few noisy
// days. Each count's total over a horizon has a spread: the future days' own scatter plus the
// error of the level (or line) fitted to the window. A run with that count shifted shows how
// much the spread moves each figure. Counts are taken as independent, so their effects add in
// quadrature. The range is about activity noise only: a change in behaviour after the window
// (a new trend, a new kind of spending) is not in it. The spreads are statistics (square
// roots, Student's t), so they are worked in floating point and rounded to whole base units
// at the end: a range is an estimate around exact bigint projections, not an amount paid.
import { COUNT_KEYS, type CountKey, t95 } from "./activity-trend.ts";
import { type ImpactInput, metricsAt, proposedStart } from "./impact.ts";
import { IMPACT_METRICS, type ImpactMetric } from "./impact-metrics.ts";
import { type Activity, type ProjectionPoint, projectStocks } from "./projection.ts";

export type CountSeries = Record<CountKey, readonly bigint[]>;

export interface HorizonSpread {
  /** standard deviation of the count's total over the horizon, in actions */
  sd: number;
  /** degrees of freedom of the scatter it was estimated from (for Student's t) */
  df: number;
}

/**
 * The spread of a count's total over `horizon` days after a window of daily values, when the
 * forecast holds the window's mean (`fitted` false) or continues its least-squares line. For
 * residual variance s² over n days, the total's variance is
 *   s² · (h + h²/n + (Σ_k (n + k − x̄))² / Sxx)   (the last term only for a line),
 * the future days' own scatter plus the fitted level's (and slope's) error. Null when the window
 * has too few days to estimate a scatter.
 */
export function horizonSpread(
  series: readonly bigint[],
  fitted: boolean,
  horizon: number,
): HorizonSpread | null {
  const n = series.length;
  const df = n - (fitted ? 2 : 1);
  if (df < 1) return null;
  const ys = series.map(Number);
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, y) => a + y, 0) / n;
  const sxx = ys.reduce((a, _, i) => a + (i - mx) ** 2, 0);
  const slope = fitted ? ys.reduce((a, y, i) => a + (i - mx) * (y - my), 0) / sxx : 0;
  const sse = ys.reduce((a, y, i) => a + (y - my - slope * (i - mx)) ** 2, 0);
  const s2 = sse / df;
  const lever = horizon * (n - mx) + (horizon * (horizon - 1)) / 2;
  const variance = s2 * (horizon + horizon ** 2 / n + (fitted ? lever ** 2 / sxx : 0));
  return { sd: Math.sqrt(variance), df };
}

/** The activity with `key` raised by about `perDay` actions a day; returns the exact raise. */
export function raiseCount(
  activity: Activity,
  key: CountKey,
  perDay: number,
): { activity: Activity; raised: number } {
  const line = activity.trends?.[key];
  if (line) {
    const add = BigInt(Math.max(1, Math.ceil(perDay * Number(line.den))));
    const trends = { ...activity.trends, [key]: { ...line, level: line.level + add } };
    return { activity: { ...activity, trends }, raised: Number(add) / Number(line.den) };
  }
  const days = activity.countDays ?? 1n;
  const add = BigInt(Math.max(1, Math.round(perDay * Number(days))));
  return {
    activity: { ...activity, [key]: activity[key] + add },
    raised: Number(add) / Number(days),
  };
}

export interface RangeRequest {
  /** each count's daily values over the measured window */
  series: CountSeries;
  /** horizons (days) to give a range at; the runs go to the longest */
  horizons: readonly number[];
}

/** The treasury's stocks a backtest compares, and its tokens (company + community) together. */
export type TreasuryFigure =
  | "companyReserve"
  | "communityTreasury"
  | "stableReserve"
  | "treasuryTokens";

export function treasuryFigures(p: ProjectionPoint): Record<TreasuryFigure, bigint> {
  const { companyReserve, communityTreasury, stableReserve } = p.stocks;
  return {
    companyReserve,
    communityTreasury,
    stableReserve,
    treasuryTokens: companyReserve + communityTreasury,
  };
}

/** Half-width of the ≈95 % range of each figure, per horizon. */
export type FigureRanges<F extends string> = Record<number, Record<F, bigint>>;

export interface RangeResult<F extends string> {
  /** all counts together */
  total: FigureRanges<F>;
  /** each count's own part (its half-width alone), so the screen can say what drives the range */
  byCount: Partial<Record<CountKey, FigureRanges<F>>>;
}

/** Runs the projection(s) for an activity; the figures at each horizon. */
type Evaluate<F extends string> = (activity: Activity) => (h: number) => Record<F, bigint>;

/** The counts' spreads pushed through `evaluate`: one shifted run per count that scatters. */
function rangeOf<F extends string>(
  activity: Activity,
  request: RangeRequest,
  evaluate: Evaluate<F>,
): RangeResult<F> {
  const days = Math.max(...request.horizons);
  const base = evaluate(activity);
  const parts: Partial<Record<CountKey, Record<number, Record<F, number>>>> = {};
  for (const key of COUNT_KEYS) {
    const fitted = activity.trends?.[key] !== undefined;
    const longest = horizonSpread(request.series[key], fitted, days);
    if (!longest || longest.sd === 0) continue;
    const raised = raiseCount(activity, key, longest.sd / days);
    const shifted = evaluate(raised.activity);
    const part: Record<number, Record<F, number>> = {};
    for (const h of request.horizons) {
      const spread = horizonSpread(request.series[key], fitted, h)!;
      // the run moved the h-day total by raised·h; the spread asks for t·sd
      const scale = (t95(spread.df) * spread.sd) / (raised.raised * h);
      const [b, s] = [base(h), shifted(h)];
      part[h] = mapFigures(b, (f) => Math.abs(Number(s[f] - b[f]) * scale));
    }
    parts[key] = part;
  }
  const whole = (pick: (h: number) => Record<F, number>[]) =>
    Object.fromEntries(
      request.horizons.map((h) => [
        h,
        mapFigures(base(h), (k) =>
          BigInt(Math.round(Math.sqrt(pick(h).reduce((a, p) => a + p[k] ** 2, 0)))),
        ),
      ]),
    ) as FigureRanges<F>;
  const counted = Object.values(parts) as Record<number, Record<F, number>>[];
  return {
    total: whole((h) => counted.map((p) => p[h]!)),
    byCount: Object.fromEntries(
      Object.entries(parts).map(([key, p]) => [key, whole((h) => [p![h]!])]),
    ),
  };
}

/**
 * The ≈95 % half-width of each figure of the proposed projection at each horizon, from the
 * counts' spreads. A count with no scatter (or too few days to tell) adds nothing.
 */
export function projectRange<F extends string>(
  input: ImpactInput,
  request: RangeRequest,
  figures: (p: ProjectionPoint) => Record<F, bigint>,
): RangeResult<F> {
  const { params, start } = proposedStart(input);
  const days = Math.max(...request.horizons);
  return rangeOf(input.activity, request, (a) => {
    const points = projectStocks(params, a, days, start);
    return (h) => figures(points[h]!);
  });
}

/** An impact table's figure: a metric under the proposed parameters, or its difference. */
export type ImpactFigure = ImpactMetric | `${ImpactMetric}Difference`;

/**
 * The ≈95 % half-width of each metric under the proposed parameters and of its difference from
 * the current ones: both projections run with the same shifted activity, so what the activity's
 * noise moves alike in both leaves the difference.
 */
export function impactRange(input: ImpactInput, request: RangeRequest): RangeResult<ImpactFigure> {
  const { params, start } = proposedStart(input);
  const days = Math.max(...request.horizons);
  return rangeOf(input.activity, request, (a) => {
    const current = projectStocks(input.current, a, days, input.start);
    const proposed = projectStocks(params, a, days, start);
    return (h) => {
      const [c, p] = [metricsAt(current[h]!), metricsAt(proposed[h]!)];
      const out = {} as Record<ImpactFigure, bigint>;
      for (const m of IMPACT_METRICS) {
        out[m] = p[m];
        out[`${m}Difference`] = p[m] - c[m];
      }
      return out;
    };
  });
}

function mapFigures<F extends string, T>(like: Record<F, bigint>, f: (key: F) => T): Record<F, T> {
  return Object.fromEntries((Object.keys(like) as F[]).map((k) => [k, f(k)])) as Record<F, T>;
}
