// The demo loads the recorded store in parts (store-chunks.ts) and, before each query, only
// the parts of the entity types the query reads (query-types.ts). Every document the
// dashboard sends must then answer exactly as over the whole store: a type the walk misses
// would answer empty lists instead of failing, so each document runs over a store holding
// its own parts and nothing more.
import { readFileSync } from "node:fs";
import { parse, print } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { type DashboardQuery, dashboardQueries } from "../../test/support/dashboard-queries.ts";
import { PARAMETERS_QUERY } from "../../web/features/governance/api/parameters-query.ts";
import { IMPACT_QUERY } from "../../web/features/governance/impact/api/impact-query.ts";
import { impactVariables } from "../../web/features/governance/impact/api/impact-variables.ts";
import { PROPOSE_QUERY } from "../../web/features/governance/propose/api/propose-query.ts";
import { fixtureFiles } from "../fixture/fixture-files.ts";
import { ensureFixture, type RecordedFixture } from "../fixture/load-fixture.ts";
import { createQueryEngine, type QueryEngine } from "../graph-node/graphql/engine.ts";
import { parseSubgraphSchema } from "../graph-node/schema/parse-schema.ts";
import { EntityStore } from "../graph-node/store/entity-store.ts";
import { addTypeLines, loadLazyStore } from "./lazy-store.ts";
import { queryTypes } from "./query-types.ts";
import { lineType, type StoreParts, splitStore } from "./store-chunks.ts";

let fixture: RecordedFixture;
let whole: QueryEngine;
let parts: StoreParts;

beforeAll(async () => {
  fixture = await ensureFixture();
  whole = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  const text = readFileSync(fixtureFiles(fixture.dir).store, "utf8");
  parts = splitStore(text.split("\n").filter(Boolean));
}, 600_000);

/** A store with the core and the parts of `types` only, as the demo worker holds it. */
function storeWith(types: Iterable<string>): EntityStore {
  const store = new EntityStore(parseSubgraphSchema(fixture.sdl), "");
  loadLazyStore(store, (onLine) => parts.core.forEach(onLine));
  for (const type of types) {
    const lines = parts.types.get(type);
    if (lines) addTypeLines(store, type, (onLine) => lines.forEach(onLine));
  }
  return store;
}

async function documents(): Promise<DashboardQuery[]> {
  const anchors = (await whole.execute({
    query: `{ _meta { block { timestamp } } proposals(first: 1, orderBy: voterCount, orderDirection: desc) { id }
      accounts(first: 1, orderBy: balance, orderDirection: desc) { id } token(id: "token") { address }
      datums(first: 1, orderBy: sampleCount, orderDirection: desc) { id }
      executed: parameterChanges(first: 1, orderBy: blockNumber, where: { proposal_not: null }) {
        blockNumber timestamp } }`,
  })) as { data: Record<string, never>; errors?: unknown };
  // biome-ignore lint/suspicious/noExplicitAny: one-off anchor read
  const a = anchors.data as any;
  expect(anchors.errors).toBeUndefined();
  const [executed] = a.executed;
  expect(executed, "the fixture has an executed proposal").toBeDefined();
  const native = fixture.meta.assets.find((x) => x.kind === "native");
  const stable = fixture.meta.assets.find((x) => x.kind === "stable");
  const impact = (target: Parameters<typeof impactVariables>[0]) =>
    impactVariables(target, native, stable) as unknown as Record<string, unknown>;
  return [
    ...dashboardQueries({
      headTimestamp: a._meta.block.timestamp,
      proposalId: a.proposals[0].id,
      account: a.accounts[0].id,
      nativeAsset: a.token.address,
      datum: a.datums[0]?.id,
    }),
    { name: "parameters", query: print(PARAMETERS_QUERY), variables: {} },
    { name: "propose", query: print(PROPOSE_QUERY), variables: {} },
    {
      name: "impact of a draft",
      query: print(IMPACT_QUERY),
      variables: impact({ executedBlock: null, executedAt: null }),
    },
    {
      name: "impact of an executed proposal (time travel)",
      query: print(IMPACT_QUERY),
      variables: impact({
        executedBlock: Number(executed.blockNumber),
        executedAt: Number(executed.timestamp),
      }),
    },
  ];
}

describe("the demo's store in parts", () => {
  it("puts every line in exactly one part, the large types in parts of their own", () => {
    const text = readFileSync(fixtureFiles(fixture.dir).store, "utf8");
    const lines = text.split("\n").filter(Boolean);
    const inParts = [...parts.types.values()].reduce((n, l) => n + l.length, 0);
    expect(parts.core.length + inParts).toBe(lines.length);
    expect(parts.core[0]).toBe(lines[0]); // the header first
    expect(parts.types.has("SaturationSample")).toBe(true);
    for (const [type, typeLines] of parts.types) {
      for (const line of typeLines) expect(lineType(line)).toBe(type);
    }
    for (const line of parts.core) expect(parts.types.has(lineType(line) ?? "")).toBe(false);
  });

  it("answers every dashboard document over its own parts as over the whole store", async () => {
    const queries = await documents();
    expect(queries.length).toBeGreaterThan(20);
    for (const q of queries) {
      const types = queryTypes(whole.schema, parse(q.query), q.variables);
      const engine = createQueryEngine({ sdl: fixture.sdl, store: storeWith(types) });
      const expected = await whole.execute({ query: q.query, variables: q.variables });
      expect(expected.errors, q.name).toBeUndefined();
      const got = await engine.execute({ query: q.query, variables: q.variables });
      expect(JSON.stringify(got), q.name).toBe(JSON.stringify(expected));
    }
  }, 120_000);

  it("would answer wrongly without a type's part: the check above can fail", async () => {
    const query = "{ saturationSamples(first: 3, orderBy: id) { id } }";
    const expected = await whole.execute({ query });
    const engine = createQueryEngine({ sdl: fixture.sdl, store: storeWith([]) });
    expect(JSON.stringify(await engine.execute({ query }))).not.toBe(JSON.stringify(expected));
  });
});

describe("queryTypes", () => {
  const types = (query: string, variables?: Record<string, unknown>) =>
    [...queryTypes(whole.schema, parse(query), variables)]
      .filter((name) => !name.startsWith("_"))
      .sort();

  it("reads the fields' entity types, nested and in fragments", () => {
    expect(types("{ stocks { id balances { id } } }")).toEqual(["Stock", "StockBalance"]);
    expect(types("query { ...F } fragment F on Query { datums { id } }")).toEqual(["Datum"]);
    expect(types("{ _meta { block { number } } }")).toEqual([]);
  });

  it("reads the types of nested filters and of child orderings", () => {
    expect(types(`{ stockFlows(where: { stock_: { address: "0x" } }) { id } }`)).toEqual([
      "Stock",
      "StockFlow",
    ]);
    expect(types("{ votes(orderBy: proposal__createdAt) { id } }")).toEqual(["Proposal", "Vote"]);
  });

  it("reads the types a filter or an ordering given as a variable names", () => {
    const where = "query($w: Vote_filter) { votes(where: $w) { id } }";
    expect(types(where, { w: { proposal_: { state: "ACTIVE" } } })).toEqual(["Proposal", "Vote"]);
    expect(types(where, { w: { or: [{ voter_: { id: "0x" } }] } })).toEqual(["Account", "Vote"]);
    expect(types(where, {})).toEqual(["Vote"]);
    const order = "query($o: Vote_orderBy) { votes(orderBy: $o) { id } }";
    expect(types(order, { o: "proposal__createdAt" })).toEqual(["Proposal", "Vote"]);
    expect(types(order, { o: "weight" })).toEqual(["Vote"]);
  });
});
