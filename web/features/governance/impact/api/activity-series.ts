// The measured counts day by day over the window, and the forecast the user picks for them:
// held at the window's average, or the least-squares line through the days continued, alone
// or with the generations capped by what their payers can pay (payer-budgets.ts).

import type { CountKey } from "../../../../../economy/activity-trend.ts";
import { fitTrend, type Line, lineRates } from "../../../../../economy/activity-trend.ts";
import { toBigInt } from "../../../../lib/amount.ts";
import type { ImpactInputs } from "./impact-query.ts";

export const FORECASTS = ["steady", "trend", "budget"] as const;
export type Forecast = (typeof FORECASTS)[number];
/** What the page shows without `forecast` in its URL. */
export const DEFAULT_FORECAST: Forecast = "budget";

export const FORECAST_LABEL: Record<Forecast, string> = {
  steady: "Steady at the window's average",
  trend: "Trend continues",
  budget: "Trend, within payers' budgets",
};

/** The counts a trend is fitted to, with the words the screen uses for them. */
export const TREND_COUNTS: { key: CountKey; label: string }[] = [
  { key: "generationsPerDay", label: "generations" },
  { key: "sharesPerDay", label: "shares" },
  { key: "mintsPerDay", label: "mints" },
  { key: "salesPerDay", label: "sales" },
  { key: "downloadsPerDay", label: "downloads" },
  { key: "slashesPerDay", label: "slashes" },
];

export type DailySeries = Record<CountKey, bigint[]>;

/** Each count per UTC day of [fromDay, toDay); a day with no entity counts 0. */
export function dailySeries(
  answer: ImpactInputs,
  fromDay: number,
  toDay: number,
  epochDay: (epoch: string) => number,
): DailySeries {
  const days = toDay - fromDay;
  const series = () => Array.from({ length: days }, () => 0n);
  const out: DailySeries = {
    generationsPerDay: series(),
    sharesPerDay: series(),
    mintsPerDay: series(),
    salesPerDay: series(),
    downloadsPerDay: series(),
    slashesPerDay: series(),
  };
  const add = (key: CountKey, day: number, n: bigint) => {
    if (day >= fromDay && day < toDay) out[key][day - fromDay]! += n;
  };
  for (const f of answer.feeDays) {
    if (f.kind === "GENERATION") add("generationsPerDay", f.dayId, toBigInt(f.quantity));
    if (f.kind === "MINT") add("mintsPerDay", f.dayId, BigInt(f.count));
    if (f.kind === "DOWNLOAD") add("downloadsPerDay", f.dayId, BigInt(f.count));
  }
  for (const e of answer.emissionActivities)
    add("sharesPerDay", epochDay(e.epoch), BigInt(e.shares));
  for (const r of answer.royaltyDays) add("salesPerDay", r.dayId, BigInt(r.saleCount));
  for (const d of answer.stakingDays) add("slashesPerDay", d.dayId, BigInt(d.slashCount));
  return out;
}

/**
 * The trend of every count whose slope's 95 % interval excludes 0; the others are held at
 * their average (a rare count such as slashes has too few events to show a trend). Notes say
 * which is which, with the slope.
 */
export function trendsOf(series: DailySeries): {
  trends: Partial<Record<CountKey, Line>>;
  notes: string[];
} {
  const trends: Partial<Record<CountKey, Line>> = {};
  const continued: string[] = [];
  const held: string[] = [];
  for (const { key, label } of TREND_COUNTS) {
    const t = fitTrend(series[key]);
    const slope = `${t.slopePerDay >= 0 ? "+" : "−"}${Math.abs(t.slopePerDay).toFixed(2)} ± ${t.margin.toFixed(2)} / day each day`;
    if (!t.significant) {
      held.push(`${label} (${slope})`);
      continue;
    }
    trends[key] = t.line;
    const { level } = lineRates(t.line);
    continued.push(`${label}: ${level.toFixed(1)} / day the day after the window, ${slope}`);
  }
  const notes = [
    continued.length > 0 ? `continued (floored at 0): ${continued.join("; ")}` : "no count has one",
  ];
  if (held.length > 0)
    notes.push(`held at the average, no trend beyond the noise: ${held.join(", ")}`);
  return { trends, notes };
}

/** The sentence the screen shows for the forecast in use. */
export function forecastAssumption(forecast: Forecast, days: number, notes: string[]): string {
  if (forecast === "steady")
    return "Every count is held at its window average for the whole horizon: growth or decline in activity is not extrapolated.";
  const line = `A count whose least-squares line through its ${days} daily values has a slope whose 95 % interval excludes 0 follows that line for the whole horizon; ${notes.join("; ")}.`;
  return forecast === "trend"
    ? `${line} Creators' budgets are not modelled: a rising trend is assumed affordable.`
    : `${line} For generations that line is the demand; what is paid of it is below.`;
}
