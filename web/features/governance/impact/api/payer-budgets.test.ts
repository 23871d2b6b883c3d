import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImpactInputs } from "./impact-query.ts";
import { MAX_PAYERS, PAYER_ROWS, payerBudgets } from "./payer-budgets.ts";

type Row = ImpactInputs["payerDays"][number];
const E18 = 10n ** 18n;

const row = (payer: string, dayId: number, r: Partial<Record<keyof Row, bigint>> = {}): Row => ({
  payer,
  dayId,
  generations: String(r.generations ?? 0n),
  generationRewards: String(r.generationRewards ?? 0n),
  grants: String(r.grants ?? 0n),
  received: String(r.received ?? 0n),
  balance: String(r.balance ?? 0n),
});

describe("payerBudgets", () => {
  it("takes each payer's newest balance, and its window's generations and income", () => {
    const rows = [
      // day 13 is the execution's own, partial day: its balance counts, not its flows
      row("0xa", 13, { generations: 9n, received: 50n * E18, balance: 40n * E18 }),
      row("0xa", 12, { generations: 10n, received: 8n * E18, generationRewards: 5n * E18 }),
      row("0xa", 10, {
        generations: 30n,
        received: 30n * E18,
        generationRewards: 10n * E18,
        grants: 15n * E18,
        balance: 90n * E18,
      }),
      // before the window: neither share nor income
      row("0xa", 9, { generations: 99n, received: 99n * E18 }),
      row("0xb", 11, { generations: 20n, received: 2n * E18, balance: E18 }),
      // received tokens but paid no generation in the window: not a payer of it
      row("0xc", 12, { received: 5n * E18, balance: 500n * E18 }),
    ];
    const b = payerBudgets(rows, 10, 13, E18)!;
    expect(b.payerCount).toBe(2);
    expect(b.budgets.days).toBe(3n);
    expect(b.budgets.payers).toEqual([
      { balance: 40n * E18, weight: 40n, income: 8n * E18 },
      { balance: E18, weight: 20n, income: 2n * E18 },
    ]);
    // 0xb pays 20 ÷ 3 generations a day at 1 token and holds 1: short; 0xa holds 40 for 13.3
    expect(b.short).toBe(1);
    expect([b.balance, b.income]).toEqual([41n * E18, 10n * E18]);
  });

  it("leaves out the oldest day when the rows were cut at the query's first", () => {
    const rows = Array.from({ length: PAYER_ROWS }, (_, i) =>
      row(`0x${i % 50}`, 30 - Math.floor(i / 50), { generations: 1n, balance: E18 }),
    );
    // days 11…30 read, day 11 maybe in part: measured from 12
    const b = payerBudgets(rows, 5, 31, E18)!;
    expect([b.fromDay, b.toDay]).toEqual([12, 31]);
    expect(b.budgets.payers.map((p) => p.weight)).toEqual(Array(50).fill(19n));
    expect(payerBudgets(rows.slice(1), 5, 31, E18)!.fromDay).toBe(5);
  });

  it("is null with no generation paid in the days read", () => {
    expect(payerBudgets([], 0, 7, E18)).toBeNull();
    expect(payerBudgets([row("0xa", 3, { received: E18 })], 0, 7, E18)).toBeNull();
  });

  it("pools the payers beyond the largest into one wallet, every total kept (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            generations: fc.bigInt({ min: 1n, max: 500n }),
            received: fc.bigInt({ min: 0n, max: 100n * E18 }),
            balance: fc.bigInt({ min: 0n, max: 1_000n * E18 }),
          }),
          { minLength: 1, maxLength: 150 },
        ),
        (payers) => {
          const rows = payers.map((p, i) => row(`0x${i}`, 3, p));
          const b = payerBudgets(rows, 0, 4, E18)!;
          const kept = b.budgets.payers;
          expect(b.payerCount).toBe(payers.length);
          expect(b.pooled).toBe(Math.max(0, payers.length - MAX_PAYERS));
          expect(kept).toHaveLength(Math.min(payers.length, MAX_PAYERS + 1));
          const total = (f: (p: (typeof payers)[number]) => bigint) =>
            payers.reduce((a, p) => a + f(p), 0n);
          expect(kept.reduce((a, p) => a + p.weight, 0n)).toBe(total((p) => p.generations));
          expect(kept.reduce((a, p) => a + p.balance, 0n)).toBe(total((p) => p.balance));
          expect(kept.reduce((a, p) => a + p.income, 0n)).toBe(total((p) => p.received));
          // the ones kept apart are the largest shares
          const apart = kept.slice(0, MAX_PAYERS).map((p) => p.weight);
          expect(apart).toEqual([...apart].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0)));
        },
      ),
      { numRuns: 50 },
    );
  });
});
