import fc from "fast-check";
import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureFixture } from "../../../../mocks/fixture/load-fixture.ts";
import {
  createQueryEngine,
  type QueryEngine,
} from "../../../../mocks/graph-node/graphql/engine.ts";
import type { FlowDetailQuery, FlowLinksQuery } from "../../../gql/graphql.ts";
import { dayId } from "../../../lib/time-range.ts";
import { FLOW_DETAIL_QUERY } from "./flow-detail-query.ts";
import { FLOW_LINKS_QUERY } from "./flow-links-query.ts";
import { linkTotals, stockChanges } from "./flows-model.ts";
import { detailRows, detailSpec, detailVariables } from "./link-detail.ts";

// The Sankey's totals reconcile with the Treasury on a history the real pipeline recorded:
// for any range of days, every stock's links in minus links out equal its balance change
// as the Treasury's StockDaySnapshot rows tell it (the inflows and outflows of the days in
// the range, and the balances at its bounds). And a click on any link lists exactly the
// movements that make up its amount.
let engine: QueryEngine;
let firstDay = 0;
let headDay = 0;

beforeAll(async () => {
  const fixture = await ensureFixture();
  engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  headDay = dayId(fixture.meta.head.timestamp);
  const first = await run<{ stockDaySnapshots: { dayId: number }[] }>(
    "{ stockDaySnapshots(orderBy: dayId, first: 1) { dayId } }",
    {},
  );
  firstDay = first.stockDaySnapshots[0]?.dayId ?? headDay;
});

async function run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await engine.execute({ query, variables });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

// The Treasury's own figures for the same days: StockDaySnapshot, by stock and asset.
const TREASURY_DAYS = `
  query TreasuryDays($fromDay: Int!, $toDay: Int!) {
    stockDaySnapshots(where: { dayId_gte: $fromDay, dayId_lte: $toDay }, first: 1000) {
      stock { id } asset inflow outflow
    }
    stockBalances(first: 20) {
      stock { id } asset
      before: days(where: { dayId_lt: $fromDay }, orderBy: dayId, orderDirection: desc, first: 1) { balance }
      last: days(where: { dayId_lte: $toDay }, orderBy: dayId, orderDirection: desc, first: 1) { balance }
    }
  }
`;

interface TreasuryDays {
  stockDaySnapshots: { stock: { id: string }; asset: string; inflow: string; outflow: string }[];
  stockBalances: {
    stock: { id: string };
    asset: string;
    before: { balance: string }[];
    last: { balance: string }[];
  }[];
}

const range = () =>
  fc
    .tuple(fc.integer({ min: firstDay - 2, max: headDay + 1 }), fc.integer({ min: 0, max: 8 }))
    .map(([from, length]) => ({ fromDay: from, toDay: from + length }));

describe("Flows on the recorded fixture", () => {
  it("links in − links out = each stock's balance change in the Treasury's figures, for any range", async () => {
    await fc.assert(
      fc.asyncProperty(range(), async (vars) => {
        const data = await run<FlowLinksQuery>(print(FLOW_LINKS_QUERY), vars);
        const links = linkTotals(data);
        const treasury = await run<TreasuryDays>(TREASURY_DAYS, vars);
        for (const b of treasury.stockBalances) {
          const mine = links.filter((l) => l.asset === b.asset);
          const sum = (side: "from" | "to") =>
            mine.filter((l) => l[side] === b.stock.id).reduce((a, l) => a + l.amount, 0n);
          const days = treasury.stockDaySnapshots.filter(
            (d) => d.stock.id === b.stock.id && d.asset === b.asset,
          );
          const net = days.reduce((a, d) => a + BigInt(d.inflow) - BigInt(d.outflow), 0n);
          const opening = BigInt(b.before[0]?.balance ?? "0");
          const closing = BigInt(b.last[0]?.balance ?? opening.toString());
          const key = `${b.stock.id} ${b.asset} days ${vars.fromDay}..${vars.toDay}`;
          expect(sum("to") - sum("from"), key).toBe(net);
          expect(net, key).toBe(closing - opening);
        }
        for (const change of stockChanges(data, links)) expect(change.reconciles).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("never sums two assets on one link, and the history moved both", async () => {
    const data = await run<FlowLinksQuery>(print(FLOW_LINKS_QUERY), {
      fromDay: 0,
      toDay: headDay,
    });
    const links = linkTotals(data);
    const assets = new Set(links.map((l) => l.asset));
    expect(assets.size).toBe(2);
    // the same ends in two assets are two links, each with its own id
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
    const stable = links.filter((l) => l.id.endsWith(`-${l.asset}`));
    expect(stable.length).toBeGreaterThan(0);
    // the stablecoin's links are exactly those the stable reserve trades on
    for (const l of stable) expect([l.from, l.to]).toContain("STABLE_RESERVE");
  });

  it("lists, for every link of every day, exactly the movements that add up to it", async () => {
    for (let day = firstDay; day <= headDay; day++) {
      const vars = { fromDay: day, toDay: day };
      const links = linkTotals(await run<FlowLinksQuery>(print(FLOW_LINKS_QUERY), vars));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const spec = detailSpec(link.from, link.to);
        expect(spec, `${link.id} has its movements`).not.toBeNull();
        if (!spec) continue;
        const detail = await run<FlowDetailQuery>(
          print(FLOW_DETAIL_QUERY),
          detailVariables(spec, link.asset, day, day, 1000),
        );
        const rows = detailRows(detail);
        expect([link.id, rows.reduce((a, r) => a + r.amount, 0n)]).toEqual([link.id, link.amount]);
        expect([link.id, rows.length]).toEqual([link.id, link.count]);
      }
    }
  });
});
