// The engine's lean executor (mocks/graph-node/graphql/fast-execute.ts) must answer exactly
// as graphql-js's `execute` over the same resolvers, and hand back every query that raises
// an error, so graphql-js (and graph-node's error texts) stay the reference.
import {
  execute,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
  parse,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureFixture } from "../../mocks/fixture/load-fixture.ts";
import {
  createQueryEngine,
  DEFAULT_LIMITS,
  type QueryEngine,
} from "../../mocks/graph-node/graphql/engine.ts";
import { fastExecute } from "../../mocks/graph-node/graphql/fast-execute.ts";
import { queryFieldNames } from "../../mocks/graph-node/graphql/inflect.ts";
import { buildQueryModel } from "../../mocks/graph-node/graphql/model.ts";
import type { ExecContext } from "../../mocks/graph-node/graphql/resolvers.ts";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import type { ReadableStore } from "../../mocks/graph-node/store/types.ts";
import { dashboardQueries } from "../support/dashboard-queries.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";
import { setup } from "./graphql-helpers.ts";

function both(
  schema: GraphQLSchema,
  sdl: string,
  store: ReadableStore,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const model = buildQueryModel(parseSubgraphSchema(sdl), queryFieldNames);
  const context = (): ExecContext => ({
    store,
    model,
    meta: store.meta(),
    limits: DEFAULT_LIMITS,
    roots: new Map(),
  });
  const document = parse(query);
  const operation = getOperationAST(document)!;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced.coerced) throw new Error(JSON.stringify(coerced.errors));
  const fastContext = context();
  const fast = fastExecute({
    schema,
    operation,
    fragments,
    variables: coerced.coerced,
    context: fastContext,
  });
  const jsContext = context();
  const js = execute({ schema, document, variableValues: variables, contextValue: jsContext });
  if (js instanceof Promise) throw new Error("resolvers are synchronous");
  return { fast, js, fastRoots: fastContext.roots, jsRoots: jsContext.roots };
}

// JSON text compares key order too, which a response's consumers see
const json = (v: unknown) => JSON.stringify(v);

describe("lean executor against graphql-js, conformance store", () => {
  const { store, engine } = setup();
  const run = (query: string, variables?: Record<string, unknown>) =>
    both(engine.schema, conformanceSdl, store, query, variables);

  it.each([
    [
      "every scalar kind, references, stored and derived lists",
      `{ accounts { id label balance share txCount total8 delegating tags lastSeen data
         delegate { id label } delegators(orderBy: balance) { id } favourites { id state }
         votes { support weight proposal { description } } __typename } }`,
    ],
    [
      "interfaces with inline fragments and __typename",
      `{ movements(orderBy: amount, orderDirection: desc) { __typename id amount from { id }
         ... on Transfer { to { id } timestamp } ... on Burn { timestamp } } }`,
    ],
    [
      "named fragments, aliases, merged keys, @skip and @include",
      `query Q($skip: Boolean!, $with: Boolean!) {
         a: accounts(first: 2, orderBy: balance) { ...F id @skip(if: $skip) label }
         ... on Query { b: proposals { id state votes(orderBy: weight) @include(if: $with) { weight } } }
         c: proposals(where: { state_in: [Active, Executed] }) { ...P }
       }
       fragment F on Account { label balance data }
       fragment P on Proposal { id forVotes proposer { id } }`,
      { skip: true, with: true },
    ],
    [
      "singular fields, a missing id, nulls and _meta",
      `{ account(id: "0x01") { id sent { id } } proposal(id: "nope") { id }
         _meta { block { number hash timestamp parentHash } deployment hasIndexingErrors }
         __typename }`,
    ],
    [
      "variables through filters and paging",
      `query V($min: BigInt, $ids: [Bytes!], $n: Int) {
         accounts(where: { balance_gte: $min, id_in: $ids }, first: $n, orderBy: id) { id }
       }`,
      { min: "10", ids: ["0x01", "0x02", "0x0a"], n: 2 },
    ],
  ] as [string, string, Record<string, unknown>?][])("%s", (_name, query, variables) => {
    const { fast, js, fastRoots, jsRoots } = run(query, variables);
    expect(js.errors).toBeUndefined();
    expect(fast).toBeDefined();
    expect(json(fast)).toBe(json(js.data));
    // the indexing-error pass reads what each top-level field resolved at
    expect([...fastRoots]).toEqual([...jsRoots]);
  });

  it.each([
    ["introspection", "{ __schema { queryType { name } } }"],
    ["a malformed Bytes filter", `{ accounts(where: { id: "0xzz" }) { id } }`],
    ["a first beyond the limit", "{ accounts(first: 5000) { id } }"],
    ["a block not yet indexed", "{ accounts(block: { number: 99 }) { id } }"],
  ])("hands %s back to graphql-js", (_name, query) => {
    const { fast, js } = run(query);
    expect(fast).toBeUndefined();
    // and the engine still answers with graphql-js's result
    if (query.includes("__schema")) expect(js.errors).toBeUndefined();
    else expect(js.errors?.length).toBeGreaterThan(0);
  });

  it("serves the engine's answers (errors included) exactly as before", async () => {
    const r = await engine.execute({ query: "{ accounts(first: 5000) { id } }" });
    expect(r.errors?.[0]?.message).toMatch(/first/);
    const ok = await engine.execute({ query: "{ accounts(first: 1) { id } }" });
    expect(ok).toEqual({ data: { accounts: [{ id: "0x01" }] } });
  });
});

describe("lean executor against graphql-js, the dashboard's documents on the fixture", () => {
  let fixture: Awaited<ReturnType<typeof ensureFixture>>;
  let engine: QueryEngine;
  beforeAll(async () => {
    fixture = await ensureFixture();
    engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  }, 600_000);

  it("answers every dashboard document identically", async () => {
    const head = await engine.execute({
      query: `{ _meta { block { timestamp } } proposals(first: 1, orderBy: voterCount, orderDirection: desc) { id }
        accounts(first: 1, orderBy: balance, orderDirection: desc) { id } token(id: "token") { address }
        datums(first: 1, orderBy: sampleCount, orderDirection: desc) { id } }`,
    });
    // biome-ignore lint/suspicious/noExplicitAny: one-off anchor read
    const a = head.data as any;
    const queries = dashboardQueries({
      headTimestamp: a._meta.block.timestamp,
      proposalId: a.proposals[0].id,
      account: a.accounts[0].id,
      nativeAsset: a.token.address,
      datum: a.datums[0]?.id,
    });
    for (const q of queries) {
      const { fast, js } = both(engine.schema, fixture.sdl, fixture.store, q.query, q.variables);
      expect(js.errors, q.name).toBeUndefined();
      expect(json(fast), q.name).toBe(json(js.data));
      // a second run over the same store answers the same
      const again = both(engine.schema, fixture.sdl, fixture.store, q.query, q.variables);
      expect(json(again.fast), `${q.name}, again`).toBe(json(js.data));
    }
  }, 120_000);
});
