// Generations paid from the creators' own wallets. FeeRouter refuses a batch its payer cannot
// pay, so a community's generations are its creators' demand capped by what each can spend:
// its balance, plus what it earns (sales, royalties, share and staking rewards). Each payer
// asks for its share of the day's generations and settles what its wallet affords at the base
// fee then; the reward of each batch comes back to it, so it settles again with that, as a
// creator paying batch after batch would.
import { spreadCount } from "./activity-trend.ts";
import { effectiveBaseFee } from "./base-fee.ts";
import { previewRoll, settleGenerations } from "./model/fees.ts";
import { balanceOf, ModelRevert, transfer } from "./model/ledger.ts";
import type { EconomyState } from "./model/state.ts";

export interface Payer {
  /** its token balance at the start */
  balance: bigint;
  /** generations it paid for over the measured days: its share of the day's generations */
  weight: bigint;
  /** tokens it received over the measured days, generation rewards and grants left out */
  income: bigint;
}

export interface PayerBudgets {
  payers: Payer[];
  /** the days `income` was earned over (Activity.countDays when absent) */
  days?: bigint;
}

export const payerAccount = (i: number) => `payer-${i}`;

const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** Settle rounds a day: each pays with the rewards of the last, a fifth of the fee or less. */
const ROUNDS = 6;

/** Moves each payer's balance out of the holders' aggregate wallet into its own. */
export function fundPayers(s: EconomyState, from: string, payers: readonly Payer[]): void {
  payers.forEach((p, i) => {
    const amount = min(p.balance, balanceOf(s.ledger, from));
    if (amount > 0n) transfer(s.ledger, from, payerAccount(i), amount);
  });
}

/** `n` split by weight: part i is ⌊(W_<i + w_i)·n / W⌋ − ⌊W_<i·n / W⌋, so the parts sum to n. */
export function splitByWeight(n: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, w) => a + w, 0n);
  if (total === 0n) return weights.map(() => 0n);
  let cumulative = 0n;
  return weights.map((w) => {
    const part = ((cumulative + w) * n) / total - (cumulative * n) / total;
    cumulative += w;
    return part;
  });
}

/** Generations the payer's wallet affords at the fee in force now (one round, no reward yet). */
function affordable(s: EconomyState, account: string, now: bigint): bigint {
  const fee = effectiveBaseFee(previewRoll(s, now).fees.storedBaseFee, s.params.GENERATION_FEE);
  return fee > 0n ? balanceOf(s.ledger, account) / fee : 0n;
}

/** A batch the contracts would refuse for another reason (a fee split to 0, no stablecoin). */
function trySettle(s: EconomyState, payer: string, count: bigint, now: bigint) {
  try {
    return settleGenerations(s, payer, count, now);
  } catch (error) {
    if (error instanceof ModelRevert) return null;
    throw error;
  }
}

export interface Settled {
  stakerPart: bigint;
  rewards: bigint;
  /** generations asked for that no wallet could pay */
  unpaid: bigint;
}

/**
 * Day `day` of a projection: each payer receives its income (from `from`, the holders), then
 * settles its share of `generations` in rounds until paid or out of tokens.
 */
export function settleByPayer(
  s: EconomyState,
  from: string,
  budgets: PayerBudgets,
  generations: bigint,
  now: bigint,
  day: number,
  per: bigint,
): Settled {
  const { payers } = budgets;
  const days = budgets.days ?? per;
  payers.forEach((p, i) => {
    const amount = min(spreadCount(p.income, days, day), balanceOf(s.ledger, from));
    if (amount > 0n) transfer(s.ledger, from, payerAccount(i), amount);
  });
  const out: Settled = { stakerPart: 0n, rewards: 0n, unpaid: 0n };
  const weights = payers.map((p) => p.weight);
  // no payer with a share: nobody asks for the day's generations
  if (weights.every((w) => w === 0n)) return { ...out, unpaid: generations };
  const asked = splitByWeight(generations, weights);
  asked.forEach((want, i) => {
    let left = want;
    for (let round = 0; round < ROUNDS && left > 0n; round++) {
      const can = affordable(s, payerAccount(i), now);
      const count = min(left, can);
      if (count === 0n) break;
      const settled = trySettle(s, payerAccount(i), count, now);
      if (!settled) break;
      out.stakerPart += settled.parts.stakerPart;
      out.rewards += settled.paid.fromCompany + settled.paid.fromCommunity;
      left -= count;
    }
    out.unpaid += left;
  });
  return out;
}
