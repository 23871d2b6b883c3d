// The backtest of an executed proposal: the preview computed from what was indexed before its
// execution, against what the indexed history shows for the days after it. Grants and
// buybacks of other proposals in those days are no activity the preview could measure: they
// are reported apart, with the error left once they are taken out.
import type { CountKey } from "../../../../../economy/activity-trend.ts";
import type { RangeResult, TreasuryFigure } from "../../../../../economy/forecast-range.ts";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import { toBigInt } from "../../../../lib/amount.ts";
import type { ImpactInputs } from "./impact-query.ts";
import { BACKTEST_DAYS } from "./impact-variables.ts";
import type { Measured } from "./measure-activity.ts";

export const BACKTEST_STOCKS = ["companyReserve", "communityTreasury", "stableReserve"] as const;
export type BacktestStock = TreasuryFigure;

const KIND: Record<(typeof BACKTEST_STOCKS)[number], string> = {
  companyReserve: "COMPANY_RESERVE",
  communityTreasury: "COMMUNITY_TREASURY",
  stableReserve: "STABLE_RESERVE",
};

export interface BacktestRow {
  stock: BacktestStock;
  start: bigint;
  /** predicted change over the horizon (the proposal's own one-off calls included) */
  predicted: bigint;
  /** indexed change over the horizon */
  actual: bigint;
  /** net flows of other proposals' grants and buybacks in the horizon (in the actual) */
  otherGovernance: bigint;
  /** predicted − actual, in basis points of |actual|; null when actual is 0 */
  errorBps: bigint | null;
  /** the same with other proposals' flows taken out of the actual */
  steadyErrorBps: bigint | null;
  /** half-width of the prediction's ≈95 % range from the activity's daily scatter; null: unknown */
  range: bigint | null;
  /** the indexed change (other proposals' flows taken out) lies within predicted ± range */
  within: boolean | null;
}

export interface Backtest {
  /** whole days after the execution the comparison covers (at most 7) */
  days: number;
  rows: BacktestRow[];
  /** other proposals' grants and buybacks in the horizon */
  otherFlows: ImpactInputs["governanceFlows"];
  /** generations per day the preview paid (its projection's), and what whole days after had */
  generations: { assumed: number; after: number | null; days: number };
  /** the forecast of the counts the preview used */
  forecast: Measured["forecast"];
  /** what each count's scatter alone adds to the treasury-in-tokens range, widest first */
  rangeDrivers: { key: CountKey; halfWidth: bigint }[];
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/** Range and whether the steady actual (other proposals' flows out) falls inside it. */
function rangeOf(range: bigint | undefined, predicted: bigint, steadyActual: bigint) {
  if (range === undefined) return { range: null, within: null };
  return { range, within: abs(predicted - steadyActual) <= range };
}

const errorBps = (predicted: bigint, actual: bigint) =>
  actual === 0n ? null : ((predicted - actual) * 10_000n) / (actual < 0n ? -actual : actual);

/** Balance of a stock at `end`: its last hourly snapshot before, else unchanged since start. */
function balanceAt(answer: ImpactInputs, kind: string, endHour: number, start: bigint): bigint {
  const rows = answer.after.filter(
    (s) => s.stockBalance.key.startsWith(`${kind}-`) && s.hourId < endHour,
  );
  const last = rows.reduce<(typeof rows)[number] | null>(
    (m, r) => (m === null || r.hourId > m.hourId ? r : m),
    null,
  );
  return last ? toBigInt(last.balance) : start;
}

export function backtest(
  answer: ImpactInputs,
  measured: Measured,
  proposed: ProjectionPoint[],
  execution: { at: number; txHash: string },
  head: number,
  computed?: RangeResult<TreasuryFigure> | null,
): Backtest | null {
  // no count scattered (a single measured day): the range is unknown, not zero
  const range = computed && Object.keys(computed.byCount).length > 0 ? computed : null;
  const days = Math.min(BACKTEST_DAYS, Math.floor((head - execution.at) / 86_400));
  if (days < 1 || proposed.length <= days) return null;
  const end = execution.at + days * 86_400;
  const endHour = Math.floor(end / 3600);
  const otherFlows = answer.governanceFlows.filter(
    (f) => f.txHash !== execution.txHash && Number(f.timestamp) <= end,
  );
  const rows = BACKTEST_STOCKS.map((stock): BacktestRow => {
    const start = measured.start[stock];
    const predicted = proposed[days]!.stocks[stock] - start;
    const actual = balanceAt(answer, KIND[stock], endHour, start) - start;
    const otherGovernance = otherFlows
      .filter((f) => f.stock.kind === KIND[stock])
      .reduce((a, f) => a + (f.direction === "IN" ? 1n : -1n) * toBigInt(f.amount), 0n);
    return {
      stock,
      start,
      predicted,
      actual,
      otherGovernance,
      errorBps: errorBps(predicted, actual),
      steadyErrorBps: errorBps(predicted, actual - otherGovernance),
      ...rangeOf(range?.total[days]?.[stock], predicted, actual - otherGovernance),
    };
  });
  const [company, community] = [rows[0]!, rows[1]!];
  const sum = (k: "start" | "predicted" | "actual" | "otherGovernance") =>
    company[k] + community[k];
  rows.push({
    stock: "treasuryTokens",
    start: sum("start"),
    predicted: sum("predicted"),
    actual: sum("actual"),
    otherGovernance: sum("otherGovernance"),
    errorBps: errorBps(sum("predicted"), sum("actual")),
    steadyErrorBps: errorBps(sum("predicted"), sum("actual") - sum("otherGovernance")),
    ...rangeOf(
      range?.total[days]?.treasuryTokens,
      sum("predicted"),
      sum("actual") - sum("otherGovernance"),
    ),
  });
  const lastDay = Math.floor(end / 86_400);
  const afterDays = answer.feeDaysAfter.filter((d) => d.dayId < lastDay);
  // what the projection paid: the forecast's count, less what payers' budgets could not pay
  const paid = proposed.slice(1, days + 1).reduce((x, p) => x + p.generations, 0n);
  const generations = {
    assumed: Number(paid) / days,
    after:
      afterDays.length > 0
        ? afterDays.reduce((s, d) => s + Number(d.quantity), 0) / afterDays.length
        : null,
    days: afterDays.length,
  };
  const rangeDrivers = Object.entries(range?.byCount ?? {})
    .map(([key, r]) => ({ key: key as CountKey, halfWidth: r[days]?.treasuryTokens ?? 0n }))
    .filter((d) => d.halfWidth > 0n)
    .sort((a, b) => (a.halfWidth > b.halfWidth ? -1 : a.halfWidth < b.halfWidth ? 1 : 0));
  return { days, rows, otherFlows, generations, forecast: measured.forecast, rangeDrivers };
}
