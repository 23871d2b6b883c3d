// The value network's invariant, shared by the property test and the seeded history: the
// links' running totals add up, and the links explain every stock's balance.
import { expect } from "vitest";
import type { ReadableStore } from "../../../mocks/graph-node/store/types.ts";
import { all, sum } from "./entities.ts";

/**
 * Each link's totals = Σ its days, each day's running total = Σ the link's days up to it;
 * and the value network explains the stocks: for every stock and asset, the links into it
 * minus the links out of it equal its balance (no stock flow lacks its edge).
 */
export function expectFlowLinks(store: ReadableStore): void {
  const edges = all(store, "FlowEdge");
  const links = all(store, "FlowLink");
  for (const link of links) {
    const days = edges
      .filter((e) => e.link === link.id)
      .sort((a, b) => (a.dayId as number) - (b.dayId as number));
    let amount = 0n;
    let count = 0;
    for (const d of days) {
      amount += d.amount as bigint;
      count += d.count as number;
      expect([d.id, d.cumulativeAmount, d.cumulativeCount]).toEqual([d.id, amount, count]);
      expect([d.from, d.to, d.asset]).toEqual([link.from, link.to, link.asset]);
    }
    expect([link.id, link.amount, link.count]).toEqual([link.id, amount, count]);
    expect([link.firstDayId, link.lastDayId]).toEqual([days[0]?.dayId, days.at(-1)?.dayId]);
  }
  expect(links.reduce((n, l) => n + (l.count as number), 0)).toBe(
    edges.reduce((n, e) => n + (e.count as number), 0),
  );
  for (const b of all(store, "StockBalance")) {
    const mine = (side: "from" | "to") =>
      sum(links.filter((l) => l[side] === b.stock && l.asset === b.asset).map((l) => l.amount));
    expect([b.id, mine("to") - mine("from")]).toEqual([b.id, b.balance]);
  }
}
