// The activity level a projection assumes, measured from the indexed history over a trailing
// window of complete UTC days ending at the block the inputs were read at. Counts stay
// window totals (Activity.countDays) so that no rate is rounded per day.

import { effectiveBaseFee } from "../../../../../economy/base-fee.ts";
import { DAY, type Parameters } from "../../../../../economy/parameters.ts";
import type { Activity, ProjectionStart } from "../../../../../economy/projection.ts";
import { toBigInt } from "../../../../lib/amount.ts";
import { activityFigures } from "./activity-figures.ts";
import { hostingOf, parametersOf, stakersOf } from "./activity-parts.ts";
import {
  type DailySeries,
  dailySeries,
  type Forecast,
  forecastAssumption,
  trendsOf,
} from "./activity-series.ts";
import type { ImpactInputs } from "./impact-query.ts";
import {
  budgetAssumption,
  budgetFigures,
  type MeasuredBudgets,
  payerBudgets,
} from "./payer-budgets.ts";

export const WINDOWS = [7, 14, 30] as const;
export type WindowDays = (typeof WINDOWS)[number];
/** What the page shows without `window` in its URL: all the history up to 30 days. */
export const DEFAULT_WINDOW: WindowDays = 30;

/** The liquidity provider's stablecoin is not indexed; it is assumed to meet every diversification. */
const AMPLE_STABLE = 10n ** 30n;

export type FigureUnit = "count" | "token" | "stable" | "bps" | "days";

export interface Figure {
  label: string;
  /** a window total for counts (shown per day beside it), else the value itself */
  value: bigint;
  unit: FigureUnit;
  /** counts: the window total is spread over this many days */
  perDays?: number;
  source: string;
}

export interface Measured {
  activity: Activity;
  /** how the counts go on past the window: steady at its average, or its fitted trend */
  forecast: Forecast;
  /** who paid for the window's generations, and what they can pay (null: no payer indexed) */
  budgets: MeasuredBudgets | null;
  start: ProjectionStart;
  params: Parameters;
  figures: Figure[];
  assumptions: string[];
  /** each count per day of the window (the forecast's scatter comes from it) */
  series: DailySeries;
  /** buybacks in the window: measured, but not assumed to recur (governance decides them) */
  buybacks: { count: number; stableSpent: bigint };
  /** complete UTC days measured: [fromDay, toDay) */
  fromDay: number;
  toDay: number;
  /** the block the inputs were read at */
  block: { number: number; timestamp: number };
}

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/**
 * When the inputs were read: graph-node's `_meta` gives no timestamp under a `number` block
 * constraint, so a past block's time comes from the caller (an execution's timestamp).
 */
const timeOf = (answer: ImpactInputs, at?: number) => answer.at?.block.timestamp ?? at ?? null;

/** Why no measurement is possible, or null. */
export function unmeasurable(answer: ImpactInputs, at?: number): string | null {
  const time = timeOf(answer, at);
  if (!answer.at || time === null) return "The subgraph did not say which block it answered at.";
  if (!answer.emissionTotals?.genesis) return "The economy's start (genesis) is not indexed yet.";
  const endDay = Math.floor(time / 86_400);
  const genesisDay = Math.floor(Number(answer.emissionTotals.genesis) / 86_400);
  if (endDay <= genesisDay) return "No complete day of history before this block to measure.";
  return null;
}

/** `at`: the time of the block the answer was read at, when `_meta` cannot say it. */
export function measureActivity(
  answer: ImpactInputs,
  window: WindowDays,
  at?: number,
  forecast: Forecast = "steady",
): Measured {
  const reason = unmeasurable(answer, at);
  if (reason) throw new Error(reason);
  const block = { number: answer.at!.block.number, timestamp: timeOf(answer, at)! };
  const genesis = toBigInt(answer.emissionTotals!.genesis!);
  const toDay = Math.floor(block.timestamp / 86_400);
  const fromDay = Math.max(toDay - window, Math.floor(Number(genesis) / 86_400));
  const days = toDay - fromDay;
  const inWindow = (dayId: number) => dayId >= fromDay && dayId < toDay;
  const { params, missing } = parametersOf(answer.parameters);

  const fees = (kind: string) => answer.feeDays.filter((f) => f.kind === kind && inWindow(f.dayId));
  const generations = sum(fees("GENERATION").map((f) => toBigInt(f.quantity)));
  const mints = BigInt(fees("MINT").reduce((a, f) => a + f.count, 0));
  const downloadDays = fees("DOWNLOAD");
  const downloads = BigInt(downloadDays.reduce((a, f) => a + f.count, 0));
  const downloadRevenue = sum(downloadDays.map((f) => toBigInt(f.amount)));
  const averageSurgeBps =
    downloads > 0n && params.DOWNLOAD_BASE_PRICE > 0n
      ? (downloadRevenue * 10_000n) / (downloads * params.DOWNLOAD_BASE_PRICE)
      : 10_000n;
  const epochDay = (epoch: string) => Math.floor(Number(genesis + toBigInt(epoch) * DAY) / 86_400);
  const shares = BigInt(
    answer.emissionActivities
      .filter((e) => inWindow(epochDay(e.epoch)))
      .reduce((a, e) => a + e.shares, 0),
  );
  const royalties = answer.royaltyDays.filter((r) => inWindow(r.dayId));
  const sales = BigInt(royalties.reduce((a, r) => a + r.saleCount, 0));
  const volume = sum(royalties.map((r) => toBigInt(r.saleVolume)));
  const slashes = BigInt(
    answer.stakingDays.filter((d) => inWindow(d.dayId)).reduce((a, d) => a + d.slashCount, 0),
  );
  const hosting = hostingOf(answer, inWindow, epochDay);
  const staking = stakersOf(answer, params);
  const from = fromDay * 86_400;
  const buybacks = answer.buybacks.filter(
    (b) => Number(b.timestamp) >= from && Number(b.timestamp) < toDay * 86_400,
  );

  const activity: Activity = {
    generationsPerDay: generations,
    sharesPerDay: shares,
    mintsPerDay: mints,
    salesPerDay: sales,
    averageSalePrice: sales > 0n ? volume / sales : 0n,
    downloadsPerDay: downloads,
    averageSurgeBps,
    stakers: staking.stakers,
    stakePerStaker: staking.stakePerStaker,
    lockDuration: staking.lockDuration,
    hostingNodes: hosting.nodes,
    ...(staking.stakePerNode !== null ? { stakePerNode: staking.stakePerNode } : {}),
    hostedUnitsPerNode: hosting.hosted,
    hotUnitsPerNode: hosting.hot,
    slashesPerDay: slashes,
    buybackBpsPerDay: 0n,
    countDays: BigInt(days),
  };
  const series = dailySeries(answer, fromDay, toDay, epochDay);
  const trend = trendsOf(series);
  if (forecast !== "steady") activity.trends = trend.trends;
  const balance = (kind: string) =>
    toBigInt(answer.stocks.find((s) => s.key.startsWith(`${kind}-`))?.balance ?? "0");
  const companyReserve = balance("COMPANY_RESERVE");
  const communityTreasury = balance("COMMUNITY_TREASURY");
  const supply = toBigInt(answer.token?.totalSupply ?? "0");
  const start: ProjectionStart = {
    companyReserve,
    communityTreasury,
    stableReserve: balance("STABLE_RESERVE"),
    holders: supply - companyReserve - communityTreasury,
    liquidityTokens: 0n,
    liquidityStable: AMPLE_STABLE,
    epoch: (BigInt(block.timestamp) - genesis) / DAY,
    ...(answer.baseFeeUpdates[0] ? { baseFee: toBigInt(answer.baseFeeUpdates[0].newFee) } : {}),
  };
  const fee = effectiveBaseFee(start.baseFee ?? 0n, params.GENERATION_FEE);
  const budgets = payerBudgets(answer.payerDays, fromDay, toDay, fee);
  if (forecast === "budget" && budgets) activity.budgets = budgets.budgets;
  const figures = [
    ...activityFigures(activity, days, { ...staking, ...hosting }),
    ...budgetFigures(budgets),
  ];
  const assumptions = [
    forecastAssumption(forecast, days, trend.notes),
    ...(forecast === "budget" ? [budgetAssumption(budgets)] : []),
    "Grants and donations are assumed 0 beyond the proposal's own.",
    "The liquidity provider is assumed to sell all the stablecoin diversification asks for (its balance is not indexed).",
    "Hosting nodes keep their count and hosted units; their regions are spread over the four codes (the geographic boost does not change the total inflation).",
    "Slashes fall on hosting nodes' stakes in turn.",
  ];
  if (days < window) {
    assumptions.unshift(
      `Only ${days} complete days of history before this block: the window is ${days} d, not ${window} d.`,
    );
  }
  if (missing.length > 0) {
    assumptions.push(`Not indexed, taken at their defaults: ${missing.join(", ")}.`);
  }
  const buybackSpent = sum(buybacks.map((b) => toBigInt(b.stableSpent)));
  return {
    activity,
    forecast,
    budgets,
    start,
    params,
    figures,
    assumptions,
    series,
    buybacks: { count: buybacks.length, stableSpent: buybackSpent },
    fromDay,
    toDay,
    block,
  };
}
