import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureFixture } from "../../../../mocks/fixture/load-fixture.ts";
import {
  createQueryEngine,
  type QueryEngine,
} from "../../../../mocks/graph-node/graphql/engine.ts";
import type { TreasuryFlowsQuery, TreasuryHistoryQuery } from "../../../gql/graphql.ts";
import {
  alignWindow,
  bucketIds,
  DAY,
  dayId,
  type Granularity,
  HOUR,
  hourId,
} from "../../../lib/time-range.ts";
import { TREASURY_FLOWS_QUERY } from "./treasury-flows-query.ts";
import { TREASURY_HISTORY_QUERY } from "./treasury-history-query.ts";
import { sourceTotals, statements } from "./treasury-model.ts";

// The Treasury's figures reconcile on a history the real pipeline recorded: for any range,
// each stock's closing balance is its opening balance plus inflows minus outflows, and the
// by-source bars add up to the same inflows and outflows.
const STOCKS = ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "STABLE_RESERVE", "STAKING_VAULT"];
let engine: QueryEngine;
let head = 0;
let assets: string[] = [];

beforeAll(async () => {
  const fixture = await ensureFixture();
  engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  head = fixture.meta.head.timestamp;
  assets = fixture.meta.assets.map((a) => a.address);
});

async function run<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await engine.execute({ query, variables });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const RANGES: [string, number, Granularity][] = [
  ["the last 24 h by hour", DAY, "hour"],
  ["the last 7 d by hour", 7 * DAY, "hour"],
  ["the last 2 d by day", 2 * DAY, "day"],
  ["everything by day", 400 * DAY, "day"],
  ["a 30 h slice in the middle by hour", 30 * HOUR, "hour"],
];

describe("Treasury statement on the recorded fixture", () => {
  it.each(RANGES)("reconciles %s for every asset and stock", async (_name, length, g) => {
    const end = _name.includes("middle") ? head - 2 * DAY : head + 1;
    const window = alignWindow({ from: end - length, to: end }, g);
    const buckets = bucketIds(window, g);
    const vars = {
      fromDay: dayId(window.from),
      toDay: dayId(window.to - 1),
      fromHour: hourId(window.from),
      toHour: hourId(window.to - 1),
      hourly: g === "hour",
    };
    for (const asset of assets) {
      const history = await run<TreasuryHistoryQuery>(print(TREASURY_HISTORY_QUERY), {
        ...vars,
        asset,
      });
      const flows = await run<TreasuryFlowsQuery>(print(TREASURY_FLOWS_QUERY), {
        ...vars,
        asset,
        stocks: STOCKS,
        from: String(window.from),
        to: String(window.to),
      });
      const rows = statements(history, g, buckets);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.start + row.inflow - row.outflow, `${row.stock} ${asset}`).toBe(row.end);
        expect(row.reconciles).toBe(true);
      }
      // Per stock, the by-source rows sum to the snapshots' inflows and outflows.
      for (const stock of STOCKS) {
        const statement = rows.find((r) => r.stock === stock);
        const perStock = sourceTotals(
          {
            ...flows,
            stockSourceDays: flows.stockSourceDays?.filter((r) => r.stock.id === stock),
            stockSourceHours: flows.stockSourceHours?.filter((r) => r.stock.id === stock),
          },
          g,
        );
        const sum = (direction: string) =>
          [...perStock.byKey]
            .filter(([key]) => key.startsWith(`${direction}:`))
            .flatMap(([, byBucket]) => [...byBucket.values()])
            .reduce((a, b) => a + b, 0n);
        expect(sum("IN"), `${stock} in`).toBe(statement?.inflow ?? 0n);
        expect(sum("OUT"), `${stock} out`).toBe(statement?.outflow ?? 0n);
      }
    }
  });

  it("has a history in which the stocks actually moved", async () => {
    const window = alignWindow({ from: head - 400 * DAY, to: head + 1 }, "day");
    const history = await run<TreasuryHistoryQuery>(print(TREASURY_HISTORY_QUERY), {
      asset: assets[0],
      fromDay: dayId(window.from),
      toDay: dayId(window.to - 1),
      fromHour: 0,
      toHour: 0,
      hourly: false,
    });
    const rows = statements(history, "day", bucketIds(window, "day"));
    expect(rows.filter((r) => r.inflow > 0n && r.outflow > 0n).length).toBeGreaterThanOrEqual(2);
  });
});
