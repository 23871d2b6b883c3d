import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureFixture } from "../../../../mocks/fixture/load-fixture.ts";
import { createQueryEngine } from "../../../../mocks/graph-node/graphql/engine.ts";
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { dayId } from "../../../lib/time-range.ts";
import { EMISSION_KEYS, paramHistory } from "./emission-params.ts";
import { cumulativeRows, epochRows, scheduleShare } from "./emission-schedule.ts";
import { EMISSIONS_QUERY } from "./emissions-query.ts";
import { supplyDays, supplyRows } from "./supply-model.ts";

// On a history the real pipeline recorded, economy/'s schedule over the indexed activity
// and parameters is what the chain paid: generation and share rewards to the base unit
// (the reserves never ran dry), hosting short of the inflation only by each node's rounding.
let data: EmissionsQuery;
let head = 0;

beforeAll(async () => {
  const fixture = await ensureFixture();
  const engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  head = fixture.meta.head.timestamp;
  const native = fixture.meta.assets.find((a) => a.kind === "native")?.address;
  const result = await engine.execute({
    query: print(EMISSIONS_QUERY),
    variables: { native, keys: [...EMISSION_KEYS] },
  });
  expect(result.errors).toBeUndefined();
  data = result.data as EmissionsQuery;
});

describe("Emissions on the recorded fixture", () => {
  it("schedules exactly what was paid, but for hosting's rounding", () => {
    const genesis = Number(data.emissionTotals?.genesis);
    const rows = epochRows(data, paramHistory(data.parameterChanges), genesis);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      expect([r.epoch, r.actual.GENERATION, r.actual.SHARE]).toEqual([
        r.epoch,
        r.scheduled.GENERATION,
        r.scheduled.SHARE,
      ]);
      const dust = r.scheduled.HOSTING - r.actual.HOSTING;
      const nodes = BigInt(
        data.emissionActivities.find((a) => Number(a.epoch) === r.epoch)?.hostingNodes ?? 0,
      );
      expect([r.epoch, dust >= 0n && dust <= nodes]).toEqual([r.epoch, true]);
    }
    expect(rows.some((r) => r.actual.GENERATION > 0n && r.actual.HOSTING > 0n)).toBe(true);
    const share = scheduleShare(rows) ?? 0;
    expect(share).toBeGreaterThan(0.999);
    expect(share).toBeLessThanOrEqual(1);
    const cumulative = cumulativeRows(rows, head, 0n);
    expect(cumulative.at(-1)?.actual.total).toBe(BigInt(data.emissionTotals?.cumulative ?? "0"));
  });

  it("splits the supply into circulating, staked and the treasury stocks, every day", () => {
    const rows = supplyRows(data, supplyDays(data, dayId(head)));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect([r.dayId, r.circulating + r.staked + r.treasury]).toEqual([r.dayId, r.total]);
    }
    expect(rows.at(-1)?.staked).toBeGreaterThan(0n);
  });
});
