import { print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { fitLine, fitTrend } from "../../../../../economy/activity-trend.ts";
import { COUNT_KEYS } from "../../../../../economy/projection.ts";
import { ensureFixture } from "../../../../../mocks/fixture/load-fixture.ts";
import {
  createQueryEngine,
  type QueryEngine,
} from "../../../../../mocks/graph-node/graphql/engine.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { dailySeries } from "./activity-series.ts";
import { IMPACT_QUERY, type ImpactInputs } from "./impact-query.ts";
import { impactVariables } from "./impact-variables.ts";
import { measureActivity } from "./measure-activity.ts";

// measureActivity's aggregates against sums computed here from the raw event entities of
// the recorded history (FeeCollection, Publication, NftSale, Download, Slash, StakePosition,
// HostingReport), paged by id: two ways to the same figures.
let engine: QueryEngine;
let assets: AssetInfo[];
let head: number;

async function run<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await engine.execute({ query, variables });
  if (r.errors) throw new Error(r.errors.map((e) => e.message).join("; "));
  return r.data as T;
}

async function all<T extends { id: string }>(entity: string, fields: string, where: string) {
  const rows: T[] = [];
  let after = "";
  for (;;) {
    const page = await run<Record<string, T[]>>(
      `{ rows: ${entity}(first: 1000, orderBy: id, where: { id_gt: "${after}", ${where} }) { id ${fields} } }`,
    );
    rows.push(...page.rows!);
    if (page.rows!.length < 1000) return rows;
    after = page.rows!.at(-1)!.id;
  }
}

/** A block's timestamp, from an event recorded in it (the seed collects fees every block). */
async function blockTime(block: number): Promise<number> {
  const { rows } = await run<{ rows: { timestamp: string }[] }>(
    `{ rows: feeCollections(first: 1, where: { blockNumber: "${block}" }) { timestamp } }`,
  );
  if (!rows[0]) throw new Error(`no fee collected in block ${block}`);
  return Number(rows[0].timestamp);
}

async function inputs(block: number | null) {
  const native = assets.find((a) => a.kind === "native");
  const stable = assets.find((a) => a.kind === "stable");
  const variables = impactVariables(
    { executedBlock: block === null ? null : block + 1, executedAt: block === null ? null : 1 },
    native,
    stable,
  );
  return run<ImpactInputs>(print(IMPACT_QUERY), variables as Record<string, unknown>);
}

beforeAll(async () => {
  const fixture = await ensureFixture();
  engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  assets = fixture.meta.assets;
  head = fixture.meta.head.number;
});

describe("measureActivity on the recorded fixture", () => {
  // The recorded store keeps past versions, so the measurement as of an earlier block (an
  // execution's) reads that block's state.
  // blocks before the head: the head is known once the fixture has loaded
  for (const [name, before] of [
    ["at the head", null],
    ["as of a past block", 10],
  ] as const) {
    it(`sums the window's raw events ${name}`, async () => {
      const at = before === null ? null : head - before;
      const answer = await inputs(at);
      // as the proposal page does, the past block's time comes from outside _meta
      const m = measureActivity(answer, 7, at === null ? undefined : await blockTime(at));
      const [from, to] = [m.fromDay * 86_400, m.toDay * 86_400];
      expect(m.toDay - m.fromDay).toBeGreaterThanOrEqual(2);
      expect(Number(m.activity.countDays)).toBe(m.toDay - m.fromDay);
      if (at !== null) expect(m.block.number).toBe(at);
      const time = `timestamp_gte: "${from}", timestamp_lt: "${to}"`;
      const fees = await all<{ id: string; kind: string; quantity: string }>(
        "feeCollections",
        "kind quantity",
        time,
      );
      const sumOf = (kind: string, f: (r: { quantity: string }) => bigint) =>
        fees.filter((r) => r.kind === kind).reduce((a, r) => a + f(r), 0n);
      expect(m.activity.generationsPerDay).toBe(sumOf("GENERATION", (r) => BigInt(r.quantity)));
      expect(m.activity.mintsPerDay).toBe(sumOf("MINT", () => 1n));

      const downloads = await all<{ id: string; price: string }>("downloads", "price", time);
      expect(m.activity.downloadsPerDay).toBe(BigInt(downloads.length));
      const revenue = downloads.reduce((a, d) => a + BigInt(d.price), 0n);
      const base = BigInt(answer.parameters.find((p) => p.key === "DOWNLOAD_BASE_PRICE")!.value);
      expect(m.activity.averageSurgeBps).toBe(
        (revenue * 10_000n) / (BigInt(downloads.length) * base),
      );

      const sales = await all<{ id: string; price: string }>("nftSales", "price", time);
      expect(m.activity.salesPerDay).toBe(BigInt(sales.length));
      const volume = sales.reduce((a, s) => a + BigInt(s.price), 0n);
      expect(m.activity.averageSalePrice).toBe(volume / BigInt(sales.length));

      // shares are counted per epoch; genesis is within seconds of midnight UTC
      const genesis = Number(answer.emissionTotals!.genesis);
      const epochs = `timestamp_gte: "${genesis + (m.fromDay * 86_400 - Math.floor(genesis / 86_400) * 86_400)}", timestamp_lt: "${genesis + (to - Math.floor(genesis / 86_400) * 86_400)}"`;
      const shares = await all("publications", "", epochs);
      expect(m.activity.sharesPerDay).toBe(BigInt(shares.length));

      const slashes = await all("slashes", "", time);
      expect(m.activity.slashesPerDay).toBe(BigInt(slashes.length));
    });
  }

  it("counts stakers from open positions, hosting nodes apart, as of the block", async () => {
    const answer = await inputs(null);
    const m = measureActivity(answer, 30);
    const open = await all<{ id: string; amount: string; owner: string }>(
      "stakePositions",
      "amount owner",
      "closed: false",
    );
    const nodes = new Set(answer.hostingNodes.map((n) => n.key));
    const plain = open.filter((p) => !nodes.has(p.owner));
    expect(m.activity.stakers).toBe(BigInt(plain.length));
    const stake = plain.reduce((a, p) => a + BigInt(p.amount), 0n);
    expect(m.activity.stakePerStaker).toBe(stake / BigInt(plain.length));
    expect(m.activity.hostingNodes).toBe(nodes.size);
    expect(m.start.holders + m.start.companyReserve + m.start.communityTreasury).toBe(
      BigInt(answer.token!.totalSupply),
    );
    expect(m.assumptions[0]).toMatch(/^Only \d complete days/);
  });

  it("measures the generation payers two ways: shares from FeeCollection, balances from Account", async () => {
    const at = head - 10;
    const answer = await inputs(at);
    const m = measureActivity(answer, 30, await blockTime(at), "budget");
    const b = m.budgets!;
    expect(m.activity.budgets).toBe(b.budgets);
    const window = `timestamp_gte: "${b.fromDay * 86_400}", timestamp_lt: "${b.toDay * 86_400}"`;
    const fees = await all<{ id: string; payer: string; quantity: string }>(
      "feeCollections",
      "payer quantity",
      `kind: GENERATION, ${window}`,
    );
    const shares = new Map<string, bigint>();
    for (const f of fees) shares.set(f.payer, (shares.get(f.payer) ?? 0n) + BigInt(f.quantity));
    const desc = (xs: bigint[]) => [...xs].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0));
    expect(b.payerCount).toBe(shares.size);
    expect(b.budgets.payers.map((p) => p.weight)).toEqual(desc([...shares.values()]));
    const { accounts } = await run<{ accounts: { balance: string }[] }>(
      `{ accounts(block: { number: ${at} }, where: { id_in: ${JSON.stringify([...shares.keys()])} }) { balance } }`,
    );
    expect(b.balance).toBe(accounts.reduce((a, x) => a + BigInt(x.balance), 0n));
    // the rewards taken out of the payers' income are their generation emissions
    const rewards = await all<{ id: string; recipient: string; amount: string }>(
      "emissions",
      "recipient amount",
      `kind: GENERATION, ${window}`,
    );
    const rows = answer.payerDays.filter((r) => r.dayId >= b.fromDay && r.dayId < b.toDay);
    expect(rows.reduce((a, r) => a + BigInt(r.generationRewards), 0n)).toBe(
      rewards.filter((e) => shares.has(e.recipient)).reduce((a, e) => a + BigInt(e.amount), 0n),
    );
    expect(
      m.assumptions.some((a) => a.startsWith(`Generations are what the ${b.payerCount}`)),
    ).toBe(true);
  });

  it("fits the trend to each count's days: raw events per day, the window's totals, OLS", async () => {
    const answer = await inputs(null);
    const steady = measureActivity(answer, 7);
    const m = measureActivity(answer, 7, undefined, "trend");
    expect(steady.activity.trends).toBeUndefined();
    const genesis = BigInt(answer.emissionTotals!.genesis!);
    const epochDay = (e: string) => Number((genesis + BigInt(e) * 86_400n) / 86_400n);
    const series = dailySeries(answer, m.fromDay, m.toDay, epochDay);
    for (const key of COUNT_KEYS) {
      expect(series[key]).toHaveLength(m.toDay - m.fromDay);
      expect(series[key].reduce((a, b) => a + b, 0n)).toBe(m.activity[key]);
      const t = fitTrend(series[key]);
      expect(m.activity.trends?.[key]).toEqual(t.significant ? fitLine(series[key]) : undefined);
    }
    const time = `kind: GENERATION, timestamp_gte: "${m.fromDay * 86_400}", timestamp_lt: "${m.toDay * 86_400}"`;
    const fees = await all<{ id: string; quantity: string; dayId: number }>(
      "feeCollections",
      "quantity dayId",
      time,
    );
    const perDay = series.generationsPerDay.map((_, i) =>
      fees.filter((f) => f.dayId === m.fromDay + i).reduce((a, f) => a + BigInt(f.quantity), 0n),
    );
    expect(series.generationsPerDay).toEqual(perDay);
    expect(m.assumptions.some((a) => a.includes("95 % interval"))).toBe(true);
  });
});
