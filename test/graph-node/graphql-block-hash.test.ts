// `block: { hash }` for a block the subgraph did not process. graph-node resolves every
// hash of a query in its chain store (graphql/src/store/resolver.rs `locate_blocks` calls
// QueryStore::block_numbers, which reads the chain's `blocks` table in
// store/postgres/src/chain_store.rs `block_numbers`): that table holds the chain's blocks
// whether or not the subgraph had a trigger in them, and nothing checks that the block is
// on the subgraph's chain. A hash found there answers as of its number after the same
// `block_queryable` check as `block: { number }` (its errors reported as `block.number`);
// a hash not found is "no block with that hash found". `_meta.block` then carries the
// hash asked for and the timestamp and parent hash the chain store holds (lookup_meta).
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import { EntityStore } from "../../mocks/graph-node/store/entity-store.ts";
import type { BlockPtr, StoreValue } from "../../mocks/graph-node/store/types.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";

const ptr = (n: number): BlockPtr => ({
  number: n,
  hash: `0x${n.toString(16).padStart(64, "a")}`,
  timestamp: 1_000 + n,
  parentHash: `0x${(n - 1).toString(16).padStart(64, "a")}`,
});
const supply = (id: bigint, v: number) =>
  new Map<string, StoreValue>([
    ["id", { kind: "Int8", value: id }],
    ["supply", { kind: "BigInt", value: BigInt(v) }],
  ]);

/** blocks 2 and 3 had no trigger, so the store never committed them; the chain has 0..8 */
function setup(withChain: boolean) {
  const store = new EntityStore(parseSubgraphSchema(conformanceSdl), "QmHashes");
  store.earliestBlock = 1;
  for (const [n, v] of [
    [1, 10],
    [4, 40],
    [5, 50],
  ] as const) {
    store.beginBlock(ptr(n));
    store.openBatch().set("DailySupply", "1", supply(1n, v), "0.0.9");
    store.commitBlock();
  }
  const chain = new Map([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => [ptr(n).hash, ptr(n)]));
  const asked: string[] = [];
  if (withChain) {
    store.chain = {
      blockByHash: async (hash) => {
        asked.push(hash);
        return chain.get(hash) ?? null;
      },
    };
  }
  const engine = createQueryEngine({ sdl: conformanceSdl, store });
  const at = async (n: number | string) => {
    const hash = typeof n === "number" ? ptr(n).hash : n;
    const r = await engine.execute({
      query: `{ dailySupplies(block: { hash: "${hash}" }) { supply }
        _meta(block: { hash: "${hash}" }) { block { number hash timestamp parentHash } } }`,
    });
    return r.errors ? r.errors[0]!.message : r.data;
  };
  return { at, asked };
}

describe("block: { hash } of a block the subgraph did not process", () => {
  it("answers as of that block's number when the chain knows the hash", async () => {
    const { at } = setup(true);
    expect(await at(3)).toEqual({
      dailySupplies: [{ supply: "10" }],
      _meta: { block: { ...ptr(3) } },
    });
    expect(await at(2)).toEqual({
      dailySupplies: [{ supply: "10" }],
      _meta: { block: { ...ptr(2) } },
    });
  });

  it("applies block_queryable to the number, as for block: { number }", async () => {
    const { at } = setup(true);
    expect(await at(8)).toBe(
      "Failed to decode `block.number` value: `subgraph QmHashes has only indexed up to block number 5 and data for block number 8 is therefore not yet available`",
    );
    expect(await at(0)).toBe(
      "Failed to decode `block.number` value: `subgraph QmHashes only has data starting at block number 1 and data for block number 0 is therefore not available`",
    );
  });

  it("reports a hash the chain does not know as graph-node does", async () => {
    const { at, asked } = setup(true);
    expect(await at(`0x${"12".repeat(32)}`)).toBe(
      "Failed to decode `block.hash` value: `no block with that hash found`",
    );
    // looked up once per query, for both fields
    expect(asked).toEqual([`0x${"12".repeat(32)}`]);
  });

  it("asks the chain only for blocks the store did not index", async () => {
    const { at, asked } = setup(true);
    expect(await at(4)).toEqual({
      dailySupplies: [{ supply: "40" }],
      _meta: { block: { ...ptr(4) } },
    });
    expect(asked).toEqual([]);
  });

  it("without a chain (a frozen fixture) knows only the indexed blocks", async () => {
    const { at } = setup(false);
    expect(await at(3)).toBe(
      "Failed to decode `block.hash` value: `no block with that hash found`",
    );
    expect((await at(4)) as object).toHaveProperty("dailySupplies", [{ supply: "40" }]);
  });
});
