import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureFixture } from "../../../../mocks/fixture/load-fixture.ts";
import {
  createQueryEngine,
  type QueryEngine,
} from "../../../../mocks/graph-node/graphql/engine.ts";
import type { RoyaltiesViewQuery, StakingViewQuery } from "../../../gql/graphql.ts";
import { alignWindow, DAY, dayId, type TimeWindow } from "../../../lib/time-range.ts";
import { ROYALTIES_VIEW_QUERY } from "./royalties-query.ts";
import { ROYALTY_ROLES, royaltyTotals } from "./royalty-model.ts";
import { type LockGroup, lockGroups, sumOf } from "./staking-model.ts";
import { STAKING_VIEW_QUERY } from "./staking-query.ts";

// The view's documents and derivations on a history the real pipeline recorded: the lock
// groups' rewards add up over adjacent ranges and to what the vault took in, the stake by lock
// length is the open positions' stake, and the royalty days are the royalty payments.
let engine: QueryEngine;
let head = 0;

beforeAll(async () => {
  const fixture = await ensureFixture();
  engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  head = fixture.meta.head.timestamp;
});

async function run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await engine.execute({ query, variables });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function groupsOver(
  window: TimeWindow,
): Promise<{ data: StakingViewQuery; groups: LockGroup[] }> {
  const data = await run<StakingViewQuery>(print(STAKING_VIEW_QUERY), {
    keys: ["LOCK_WEIGHT_EXPONENT", "MAX_LOCK_DURATION", "MAX_LOCK_BOOST_BPS"],
    fromDay: dayId(window.from),
    toDay: dayId(window.to - 1),
    from: String(window.from),
    to: String(window.to),
  });
  const end = Math.max(window.from, Math.min(window.to, head));
  return { data, groups: lockGroups(data, { start: BigInt(window.from), end: BigInt(end) }) };
}

const byLock = (groups: LockGroup[]) => new Map(groups.map((g) => [g.lockDays[0]!, g]));

/** Paged by id, as the view never does: the test's independent sum. */
async function everything<T extends { id: string }>(field: string, fields: string): Promise<T[]> {
  const rows: T[] = [];
  for (let last = ""; ; ) {
    const page = await run<Record<string, T[]>>(
      `{ ${field}(first: 1000, orderBy: id, where: { id_gt: "${last}" }) { id ${fields} } }`,
    );
    rows.push(...page[field]!);
    if (page[field]!.length < 1000) return rows;
    last = rows.at(-1)!.id;
  }
}

describe("staking figures on the recorded fixture", () => {
  it("adds up over adjacent ranges: rewards earned and stake × time telescope exactly", async () => {
    const all = alignWindow({ from: head - 6 * DAY, to: head + 1 }, "day");
    const whole = byLock((await groupsOver(all)).groups);
    expect(whole.size).toBeGreaterThan(1);
    for (const cut of [DAY, 2 * DAY, 4 * DAY]) {
      const left = byLock((await groupsOver({ from: all.from, to: all.from + cut })).groups);
      const right = byLock((await groupsOver({ from: all.from + cut, to: all.to })).groups);
      for (const [days, g] of whole) {
        const l = left.get(days);
        const r = right.get(days);
        expect((l?.earned ?? 0n) + (r?.earned ?? 0n), `${days} d earned`).toBe(g.earned);
        expect((l?.stakeSeconds ?? 0n) + (r?.stakeSeconds ?? 0n), `${days} d stake`).toBe(
          g.stakeSeconds,
        );
      }
    }
  });

  it("earns over all lock lengths what the vault took in for stakers, and no less than was claimed", async () => {
    const { data, groups } = await groupsOver(alignWindow({ from: 0, to: head + 1 }, "day"));
    const earned = sumOf(groups, (g) => g.earned);
    const notified = data.stakingDays.reduce((s, d) => s + BigInt(d.rewardsNotified), 0n);
    const claimed = data.stakingDays.reduce((s, d) => s + BigInt(d.rewardsClaimed), 0n);
    expect(notified).toBeGreaterThan(0n);
    expect(earned).toBeLessThanOrEqual(notified);
    // the vault keeps what rounding leaves over: a few wei per notification
    expect(notified - earned).toBeLessThan(BigInt(10 * data.stakingDays.length + 1000) * 10n ** 6n);
    expect(earned).toBeGreaterThanOrEqual(claimed);
  });

  it("stakes by lock length what the open positions stake", async () => {
    const { groups } = await groupsOver(alignWindow({ from: head - DAY, to: head + 1 }, "day"));
    const positions = await everything<{
      id: string;
      amount: string;
      lockDuration: string;
      closed: boolean;
    }>("stakePositions", "amount lockDuration closed");
    const open = positions.filter((p) => !p.closed);
    const expected = new Map<number, bigint>();
    for (const p of open) {
      const days = Math.floor(Number(p.lockDuration) / DAY);
      expected.set(days, (expected.get(days) ?? 0n) + BigInt(p.amount));
    }
    const staked = new Map(
      groups.filter((g) => g.staked > 0n).map((g) => [g.lockDays[0]!, g.staked]),
    );
    expect(staked).toEqual(expected);
    expect(groups.reduce((n, g) => n + g.openPositions, 0)).toBe(open.length);
  });
});

describe("royalty figures on the recorded fixture", () => {
  it("are the royalty payments, by day and by role, and the earners' totals", async () => {
    const data = await run<RoyaltiesViewQuery>(print(ROYALTIES_VIEW_QUERY), {
      fromDay: 0,
      toDay: dayId(head),
      top: 1000,
    });
    const payments = await everything<{ id: string; role: string; amount: string }>(
      "royaltyPayments",
      "role amount",
    );
    expect(payments.length).toBeGreaterThan(0);
    const t = royaltyTotals(data.royaltyDays);
    for (const role of ROYALTY_ROLES) {
      const paid = payments
        .filter((p) => p.role === role)
        .reduce((s, p) => s + BigInt(p.amount), 0n);
      expect(t.byRole[role], role).toBe(paid);
    }
    expect(t.payments).toBe(payments.length);
    const earners = [
      ...data.creators,
      ...data.datasetContributors,
      ...data.fineTuners,
      ...data.community,
    ];
    expect(earners.reduce((s, e) => s + BigInt(e.amount), 0n)).toBe(t.royalty);
    const sales = await everything<{ id: string; price: string }>("nftSales", "price");
    expect(t.sales).toBe(sales.length);
    expect(t.volume).toBe(sales.reduce((s, x) => s + BigInt(x.price), 0n));
  });
});
