// Indexing errors per block, as graph-node applies them to a failed subgraph queried at
// several blocks (an EntityStore with versions, failed at block 3):
// - graph/src/data/subgraph/mod.rs `has_deterministic_errors`: a block has errors when the
//   first deterministic error is at or below it, so blocks before the failure answer plainly
//   and `_meta.hasIndexingErrors` is per block;
// - graphql/src/execution/query.rs `block_constraint`: consecutive top-level fields with the
//   same block constraint form one group, whose policy is `deny` if any field's is (`_meta`
//   has no `subgraphError` argument: it counts as `deny`);
// - graphql/src/store/resolver.rs `post_process`: a group with errors gets `indexing_error`
//   and, under `deny`, keeps only `_meta`, `_logs`, `__schema` and `__type`.
import { beforeAll, describe, expect, it } from "vitest";
import { createQueryEngine, type QueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import { EntityStore } from "../../mocks/graph-node/store/entity-store.ts";
import type { BlockPtr, StoreValue } from "../../mocks/graph-node/store/types.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";

const ptr = (n: number): BlockPtr => ({
  number: n,
  hash: `0x${n.toString(16).padStart(64, "0")}`,
  timestamp: 1_700_000_000 + n,
  parentHash: `0x${(n - 1).toString(16).padStart(64, "0")}`,
});
const s = (value: string): StoreValue => ({ kind: "String", value });
const big = (v: number): StoreValue => ({ kind: "BigInt", value: BigInt(v) });
const bytes = (hex: string): StoreValue => ({ kind: "Bytes", value: Buffer.from(hex, "hex") });

let engine: QueryEngine;
const run = (query: string) => engine.execute({ query });

beforeAll(() => {
  const store = new EntityStore(parseSubgraphSchema(conformanceSdl), "QmFailed");
  const account = new Map<string, StoreValue>([
    ["id", bytes("01")],
    ["balance", big(1)],
    ["txCount", { kind: "Int", value: 0 }],
    ["total8", { kind: "Int8", value: 0n }],
    ["delegating", { kind: "Bool", value: false }],
    ["tags", { kind: "Array", value: [] }],
  ]);
  const proposal = (forVotes: number) =>
    new Map<string, StoreValue>([
      ["id", s("1")],
      ["description", s("raise the fee")],
      ["state", s("Active")],
      ["proposer", bytes("01")],
      ["forVotes", big(forVotes)],
    ]);
  store.beginBlock(ptr(1));
  store.openBatch().set("Account", "0x01", account, "0.0.9");
  store.openBatch().set("Proposal", "1", proposal(10), "0.0.9");
  store.commitBlock();
  store.beginBlock(ptr(2));
  store.openBatch().set("Proposal", "1", proposal(20), "0.0.9");
  store.commitBlock();
  // a handler of block 3 failed: the block is committed without its writes
  store.failBlock(ptr(3), {
    message: "boom in handler `handleVote` at block #3",
    block: ptr(3),
    handler: null,
    deterministic: true,
  });
  engine = createQueryEngine({ sdl: conformanceSdl, store });
});

describe("indexing errors per block", () => {
  it("a block before the failure has none; the failed head has them", async () => {
    expect(
      await run(`{ proposal(id: "1", block: { number: 2 }) { forVotes }
        _meta(block: { number: 2 }) { hasIndexingErrors } }`),
    ).toEqual({ data: { proposal: { forVotes: "20" }, _meta: { hasIndexingErrors: false } } });
    expect(await run(`{ proposal(id: "1", block: { number: 1 }) { forVotes } }`)).toEqual({
      data: { proposal: { forVotes: "10" } },
    });
    expect(await run(`{ proposal(id: "1") { forVotes } }`)).toEqual({
      errors: [{ message: "indexing_error" }],
    });
    expect(await run(`{ _meta { block { number } hasIndexingErrors } }`)).toEqual({
      data: { _meta: { block: { number: 3 }, hasIndexingErrors: true } },
    });
  });

  it("applies the policy per group of fields sharing a block constraint", async () => {
    // two groups: the past one answers plainly, the head one keeps its data under `allow`
    expect(
      await run(`{ past: proposal(id: "1", block: { number: 1 }) { forVotes }
        now: proposal(id: "1", subgraphError: allow) { forVotes } }`),
    ).toEqual({
      data: { past: { forVotes: "10" }, now: { forVotes: "20" } },
      errors: [{ message: "indexing_error" }],
    });
    // `_meta` beside an `allow` field at the same block makes the group `deny`
    expect(
      await run(
        `{ proposal(id: "1", subgraphError: allow) { forVotes } _meta { hasIndexingErrors } }`,
      ),
    ).toEqual({
      data: { _meta: { hasIndexingErrors: true } },
      errors: [{ message: "indexing_error" }],
    });
    // ... unless it asks for another block constraint, which makes it a group of its own
    expect(
      await run(`{ proposal(id: "1", subgraphError: allow) { forVotes }
        _meta(block: { number_gte: 0 }) { hasIndexingErrors } }`),
    ).toEqual({
      data: { proposal: { forVotes: "20" }, _meta: { hasIndexingErrors: true } },
      errors: [{ message: "indexing_error" }],
    });
  });

  it("reports the block served in `_meta`, by number without a hash", async () => {
    expect(
      await run(
        `{ _meta(block: { hash: "${ptr(2).hash}" }) { block { number hash timestamp parentHash } } }`,
      ),
    ).toEqual({ data: { _meta: { block: { ...ptr(2) } } } });
    expect(
      await run(`{ _meta(block: { number: 1 }) { block { number hash timestamp parentHash } } }`),
    ).toEqual({
      data: { _meta: { block: { number: 1, hash: null, timestamp: null, parentHash: null } } },
    });
    expect((await run(`{ proposals(block: {}) { id } }`)).errors).toEqual([
      {
        message: "Invalid value provided for argument `block`: Object({})",
        locations: expect.any(Array),
        path: ["proposals"],
      },
    ]);
  });
});
