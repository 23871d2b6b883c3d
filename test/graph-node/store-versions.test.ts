// The versioned store on its own: block ranges as graph-node's relational store keeps them
// (a change closes the current version at the changing block; a revert deletes versions
// that start after the target and reopens those closed after it), snapshots that keep them
// (`watershed-store/3`), and the head-only snapshots of earlier versions
// (`watershed-store/2`), whose undo log becomes versions from its first block on.
import { describe, expect, it } from "vitest";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import { EntityStore } from "../../mocks/graph-node/store/entity-store.ts";
import { readStoreLines, writeStoreLines } from "../../mocks/graph-node/store/snapshot.ts";
import type { BlockPtr, StoreValue } from "../../mocks/graph-node/store/types.ts";
import { encodeEntity } from "../../mocks/graph-node/store/value-codec.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";

const schema = parseSubgraphSchema(conformanceSdl);
const ptr = (n: number): BlockPtr => ({
  number: n,
  hash: `0x${n.toString(16).padStart(64, "0")}`,
  timestamp: 1_000 + n,
  parentHash: `0x${(n - 1).toString(16).padStart(64, "0")}`,
});
const supply = (id: bigint, v: number) =>
  new Map<string, StoreValue>([
    ["id", { kind: "Int8", value: id }],
    ["supply", { kind: "BigInt", value: BigInt(v) }],
  ]);

/** block -> daily supply id -> supply, as `at(block)` shows them */
function supplies(store: EntityStore, n: number): Record<string, [string, number]> {
  const out: Record<string, [string, number]> = {};
  for (const [e, from] of store.at(n).versions("DailySupply")) {
    const id = e.get("id") as { value: bigint };
    out[String(id.value)] = [String((e.get("supply") as { value: bigint }).value), from];
  }
  return out;
}

function history(): EntityStore {
  const store = new EntityStore(schema, "QmVersions");
  const block = (n: number, writes: [bigint, number | null][]) => {
    store.beginBlock(ptr(n));
    const batch = store.openBatch();
    for (const [id, v] of writes) {
      if (v === null) batch.remove("DailySupply", String(id));
      else batch.set("DailySupply", String(id), supply(id, v), "0.0.9");
    }
    store.commitBlock();
  };
  block(1, [
    [1n, 10],
    [2n, 20],
  ]);
  block(2, [[1n, 11]]);
  block(4, [
    [2n, null],
    [3n, 30],
  ]); // block 3 had no triggers
  block(5, [
    [1n, 12],
    [2n, 21],
  ]);
  return store;
}

const expected = {
  1: { "1": ["10", 1], "2": ["20", 1] },
  2: { "1": ["11", 2], "2": ["20", 1] },
  3: { "1": ["11", 2], "2": ["20", 1] },
  4: { "1": ["11", 2], "3": ["30", 4] },
  5: { "1": ["12", 5], "2": ["21", 5], "3": ["30", 4] },
};

describe("entity versions", () => {
  it("shows each block's state, removals and re-creations included", () => {
    const store = history();
    for (const [n, state] of Object.entries(expected))
      expect(supplies(store, Number(n))).toEqual(state);
    expect(supplies(store, 0)).toEqual({});
    expect(store.versionCount()).toBe(3);
  });

  it("reverts versions like graph-node's relational store", () => {
    const store = history();
    store.revertTo(3);
    expect(store.head).toEqual(ptr(2));
    expect(supplies(store, 3)).toEqual(expected[3]);
    expect([...store.rows.get("DailySupply")!.keys()].sort()).toEqual(["1", "2"]);
    expect(store.changedAt("DailySupply", "1")).toBe(2);
    expect(store.versionCount()).toBe(1);
    expect(store.blockByHash(ptr(4).hash)).toBeNull();
    store.beginBlock(ptr(3));
    store.openBatch().set("DailySupply", "2", supply(2n, 99), "0.0.9");
    store.commitBlock();
    expect(supplies(store, 2)).toEqual(expected[2]);
    expect(supplies(store, 3)).toEqual({ "1": ["11", 2], "2": ["99", 3] });
  });

  it("keeps versions and blocks in its snapshot", () => {
    const store = history();
    const lines: string[] = [];
    writeStoreLines(store, (l) => lines.push(l));
    expect(JSON.parse(lines[0]!).format).toBe("watershed-store/3");
    const loaded = new EntityStore(schema, "");
    readStoreLines(loaded, (on) => lines.forEach(on));
    for (const [n, state] of Object.entries(expected))
      expect(supplies(loaded, Number(n))).toEqual(state);
    expect(loaded.head).toEqual(ptr(5));
    expect(loaded.blockByHash(ptr(2).hash)).toEqual(ptr(2));
    expect(loaded.earliestBlock).toBe(0);
  });

  it("reads a head-only snapshot: its undo log's blocks are queryable, older ones are not", () => {
    const row = (id: bigint, v: number, at: number) => [encodeEntity(supply(id, v)), at];
    const lines = [
      { format: "watershed-store/2", deployment: "QmOld", head: ptr(5), hasIndexingErrors: false },
      { e: ["DailySupply", "1", row(1n, 12, 5)] },
      { e: ["DailySupply", "3", row(3n, 30, 4)] },
      // the undo log kept blocks 4 and 5 (after block 2)
      {
        u: {
          ptr: ptr(4),
          prev: ptr(2),
          changes: [
            { type: "DailySupply", id: "2", prev: row(2n, 20, 1) },
            { type: "DailySupply", id: "3", prev: null },
          ],
          dataSources: 0,
        },
      },
      {
        u: {
          ptr: ptr(5),
          prev: ptr(4),
          changes: [{ type: "DailySupply", id: "1", prev: row(1n, 11, 2) }],
          dataSources: 0,
        },
      },
    ].map((l) => JSON.stringify(l));
    const store = new EntityStore(schema, "");
    readStoreLines(store, (on) => lines.forEach(on));
    expect(store.earliestBlock).toBe(2);
    expect(store.meta()).toMatchObject({ block: ptr(5), deployment: "QmOld", earliestBlock: 2 });
    expect(supplies(store, 2)).toEqual(expected[2]);
    expect(supplies(store, 4)).toEqual(expected[4]);
    expect(supplies(store, 5)).toEqual({ "1": ["12", 5], "3": ["30", 4] });
    store.revertTo(2);
    expect(store.head).toEqual(ptr(2));
    expect(() => store.revertTo(1)).toThrow(/only has versions from block 2/);
  });
});
