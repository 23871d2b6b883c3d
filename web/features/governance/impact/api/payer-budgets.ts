// Who pays for the generations, measured from GenerationPayerDay over the window: each payer's
// share of the window's generations, its balance at the block read, and its income (tokens
// received other than generation rewards and grants). The projection caps each payer's
// generations by what these afford (economy/generation-budget.ts).
import type { Payer, PayerBudgets } from "../../../../../economy/generation-budget.ts";
import { toBigInt } from "../../../../lib/amount.ts";
import type { ImpactInputs } from "./impact-query.ts";
import type { Figure } from "./measure-activity.ts";

/** Payers projected one by one; the smaller rest share one wallet (the projection's cost). */
export const MAX_PAYERS = 60;
/** Rows the query reads (its `first`). */
export const PAYER_ROWS = 1000;

export interface MeasuredBudgets {
  budgets: PayerBudgets;
  /** accounts that paid for generations in the days read */
  payerCount: number;
  /** of them, pooled into one wallet beyond the MAX_PAYERS largest */
  pooled: number;
  /** complete days the payers were measured over: [fromDay, toDay) */
  fromDay: number;
  toDay: number;
  /** payers whose balance at the block is below one day of their own generations' fees */
  short: number;
  balance: bigint;
  income: bigint;
}

type Row = ImpactInputs["payerDays"][number];

const sumOf = (payers: readonly Payer[], k: keyof Payer) => payers.reduce((a, p) => a + p[k], 0n);

/** Newest-first rows cut at `first`: their oldest day may be partial, so it is left out. */
function coveredFrom(rows: readonly Row[], fromDay: number): number {
  if (rows.length < PAYER_ROWS) return fromDay;
  const oldest = rows.reduce((m, r) => Math.min(m, r.dayId), Number.POSITIVE_INFINITY);
  return Math.max(fromDay, oldest + 1);
}

/**
 * The payers of [fromDay, toDay) with their budgets; `fee`, the base fee at the block, tells who
 * is short. Null when no generation was paid in the days read.
 */
export function payerBudgets(
  rows: readonly Row[],
  fromDay: number,
  toDay: number,
  fee: bigint,
): MeasuredBudgets | null {
  const from = coveredFrom(rows, fromDay);
  if (from >= toDay) return null;
  const byPayer = new Map<string, Payer & { latest: number }>();
  for (const r of rows) {
    const p = byPayer.get(r.payer) ?? { balance: 0n, weight: 0n, income: 0n, latest: -1 };
    // the newest row's balance is the balance at the block: a later transfer would have a row
    if (r.dayId > p.latest) p.balance = toBigInt(r.balance);
    p.latest = Math.max(p.latest, r.dayId);
    if (r.dayId >= from && r.dayId < toDay) {
      p.weight += toBigInt(r.generations);
      p.income += toBigInt(r.received) - toBigInt(r.generationRewards) - toBigInt(r.grants);
    }
    byPayer.set(r.payer, p);
  }
  const payers = [...byPayer.values()]
    .filter((p) => p.weight > 0n)
    .map(({ balance, weight, income }) => ({ balance, weight, income }))
    .sort((a, b) => (a.weight === b.weight ? 0 : a.weight > b.weight ? -1 : 1));
  if (payers.length === 0) return null;
  const days = BigInt(toDay - from);
  const short = payers.filter((p) => p.balance < (p.weight * fee) / days).length;
  const kept = payers.slice(0, MAX_PAYERS);
  const rest = payers.slice(MAX_PAYERS);
  if (rest.length > 0)
    kept.push({
      balance: sumOf(rest, "balance"),
      weight: sumOf(rest, "weight"),
      income: sumOf(rest, "income"),
    });
  return {
    budgets: { payers: kept, days },
    payerCount: payers.length,
    pooled: rest.length,
    fromDay: from,
    toDay,
    short,
    balance: sumOf(payers, "balance"),
    income: sumOf(payers, "income"),
  };
}

/** The payers as figures of the measured activity (none when no payer is indexed). */
export function budgetFigures(b: MeasuredBudgets | null): Figure[] {
  if (!b) return [];
  const span = `GenerationPayerDay, ${b.toDay - b.fromDay} d`;
  return [
    {
      label: "Generation payers",
      value: BigInt(b.payerCount),
      unit: "count",
      source: `accounts with generations in ${span}`,
    },
    {
      label: "Payers short of a day's fees",
      value: BigInt(b.short),
      unit: "count",
      source: "balance below their own daily generations × the base fee",
    },
    {
      label: "Payers' balance",
      value: b.balance,
      unit: "token",
      source: "GenerationPayerDay.balance, each payer's newest row",
    },
    {
      label: "Payers' income per day",
      value: b.income / (b.budgets.days ?? 1n),
      unit: "token",
      source: `received − generationRewards − grants, ${span}`,
    },
  ];
}

/** The sentence the screen shows for the payers' budgets. */
export function budgetAssumption(b: MeasuredBudgets | null): string {
  if (!b)
    return "No account paid for generations in the window (GenerationPayerDay): generations follow their line, not capped by any budget.";
  const days = b.toDay - b.fromDay;
  const pooled = b.pooled > 0 ? ` (the ${b.pooled} smallest share one wallet)` : "";
  return (
    `Generations are what the ${b.payerCount} accounts that paid for them in the last ${days} d can pay${pooled}: ` +
    "each asks for its share of the window's generations and pays, at the projected base fee, out of its balance at this block plus its income at the window's daily average (tokens received other than generation rewards and grants: sales, royalties, share and staking rewards, unstakes); each batch's reward comes back to it. " +
    `Their other spending (NFT purchases, stakes) is assumed to wait until generations are paid. ${b.short} of ${b.payerCount} held less than one day of their own generations' fees at this block.`
  );
}
