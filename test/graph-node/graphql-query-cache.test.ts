// graph-node's query result cache (graphql/src/execution/execution.rs: QUERY_BLOCK_CACHE,
// keyed by the query, its variables and the block it was answered at; results with errors
// are not kept; GRAPH_QUERY_CACHE_BLOCKS recent blocks, GRAPH_QUERY_CACHE_MAX_MEM megabytes).
// A cached answer must never outlive the data it was computed from: a new block, a revert
// and a failure each move the key.
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { queryCacheFromEnv } from "../../mocks/graph-node/graphql/limits-env.ts";
import { QueryCache } from "../../mocks/graph-node/graphql/query-cache.ts";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import { EntityStore } from "../../mocks/graph-node/store/entity-store.ts";
import type { BlockPtr, StoreValue } from "../../mocks/graph-node/store/types.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";

const ptr = (n: number): BlockPtr => ({
  number: n,
  hash: `0x${n.toString(16).padStart(64, "c")}`,
  timestamp: 1_000 + n,
  parentHash: `0x${(n - 1).toString(16).padStart(64, "c")}`,
});
const supply = (v: number) =>
  new Map<string, StoreValue>([
    ["id", { kind: "Int8", value: 1n }],
    ["supply", { kind: "BigInt", value: BigInt(v) }],
  ]);

function setup(cache?: { blocks: number }) {
  const store = new EntityStore(parseSubgraphSchema(conformanceSdl), "QmCache");
  const commit = (n: number, v: number) => {
    store.beginBlock(ptr(n));
    store.openBatch().set("DailySupply", "1", supply(v), "0.0.9");
    store.commitBlock();
  };
  commit(1, 10);
  const engine = createQueryEngine({ sdl: conformanceSdl, store, ...(cache ? { cache } : {}) });
  const query = "query($first: Int) { dailySupplies(first: $first) { supply } }";
  const run = (variables: Record<string, unknown> = { first: 5 }) =>
    engine.execute({ query, variables });
  return { store, engine, commit, run };
}

describe("query result cache", () => {
  it("answers a repeated query at the same block from the cache", async () => {
    const { run } = setup();
    const first = await run();
    expect(first).toEqual({ data: { dailySupplies: [{ supply: "10" }] } });
    expect(await run()).toBe(first);
    expect(await run({ first: 4 })).not.toBe(first); // other variables, another entry
  });

  it("answers anew after a block, a revert and a failure", async () => {
    const { store, commit, run } = setup();
    await run();
    commit(2, 20);
    expect(await run()).toEqual({ data: { dailySupplies: [{ supply: "20" }] } });
    store.revertTo(1);
    expect(await run()).toEqual({ data: { dailySupplies: [{ supply: "10" }] } });
    store.failBlock(ptr(2), {
      message: "boom",
      block: ptr(2),
      handler: null,
      deterministic: true,
    });
    const failed = await run();
    expect(failed.errors?.[0]?.message).toBe("indexing_error");
  });

  it("never keeps a result with errors", async () => {
    const { engine } = setup();
    const bad = { query: "{ dailySupplies(first: 5000) { supply } }" };
    const once = await engine.execute(bad);
    expect(once.errors).toBeDefined();
    expect(await engine.execute(bad)).not.toBe(once);
  });

  it("is off with GRAPH_QUERY_CACHE_BLOCKS=0", async () => {
    expect(queryCacheFromEnv({ GRAPH_QUERY_CACHE_BLOCKS: "0" })).toEqual({ blocks: 0 });
    expect(queryCacheFromEnv({ GRAPH_QUERY_CACHE_MAX_MEM: "1_000" })).toEqual({
      maxBytes: 1_000_000_000,
    });
    const { run } = setup({ blocks: 0 });
    const first = await run();
    expect(await run()).not.toBe(first);
    expect(await run()).toEqual(first);
  });

  it("keeps the most recent blocks' results within its memory budget", () => {
    const cache = new QueryCache({ blocks: 2, maxBytes: 100 });
    const result = (n: number) => ({ data: { n } });
    cache.set("a", "q", result(1), 10);
    cache.set("b", "q", result(2), 10);
    cache.set("c", "q", result(3), 10);
    expect(cache.get("a", "q")).toBeUndefined(); // only the 2 most recent blocks
    expect(cache.get("b", "q")).toEqual(result(2));
    cache.set("c", "big", result(4), 85); // over budget: block b's results go first
    expect(cache.get("b", "q")).toBeUndefined();
    expect(cache.get("c", "big")).toEqual(result(4));
    expect(cache.get("c", "q")).toEqual(result(3));
    cache.set("c", "huge", result(5), 101); // larger than the whole budget: not kept
    expect(cache.get("c", "huge")).toBeUndefined();
  });
});

describe("query cache keys", () => {
  it("answers, uncached, variables JSON cannot write", async () => {
    const { engine } = setup();
    const query = "query($first: Int) { dailySupplies(first: $first) { supply } }";
    const r = await engine.execute({ query, variables: { first: 5, extra: 1n } });
    expect(r).toEqual({ data: { dailySupplies: [{ supply: "10" }] } });
    expect(await engine.execute({ query, variables: { first: 5, extra: 1n } })).not.toBe(r);
  });
});
