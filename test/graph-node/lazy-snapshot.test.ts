// The node's own snapshot file (`watershed-store/4`, store/lazy-snapshot.ts): read without
// decoding entities, it must answer as the store it was written from, at every block, through
// reverts and new blocks, be written back unchanged when nothing was read, and still load
// the fixture's `watershed-store/3` files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import { EntityStore } from "../../mocks/graph-node/store/entity-store.ts";
import { decodeAll } from "../../mocks/graph-node/store/lazy-snapshot.ts";
import {
  loadSnapshot,
  saveSnapshot,
  snapshotFormat,
  writeStoreLines,
} from "../../mocks/graph-node/store/snapshot.ts";
import type { BlockPtr, StoreValue } from "../../mocks/graph-node/store/types.ts";
import { conformanceSdl } from "./fixtures/conformance-store.ts";

const schema = parseSubgraphSchema(conformanceSdl);
const dir = mkdtempSync(join(tmpdir(), "watershed-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

function write(store: EntityStore, n: number, writes: [bigint, number | null][]) {
  store.beginBlock(ptr(n));
  const batch = store.openBatch();
  for (const [id, v] of writes) {
    if (v === null) batch.remove("DailySupply", String(id));
    else batch.set("DailySupply", String(id), supply(id, v), "0.0.9");
  }
  store.commitBlock();
}

const ODD = 'odd\t"id"→';
const burn = new Map<string, StoreValue>([
  ["id", { kind: "String", value: ODD }],
  ["from", { kind: "Bytes", value: Uint8Array.from([1, 2]) }],
  ["amount", { kind: "BigInt", value: 70n }],
  ["timestamp", { kind: "Timestamp", value: 1_500_000n }],
]);

/** ids with a tab, a quote and a non-Latin-1 character survive the tab-separated lines */
function history(): EntityStore {
  const store = new EntityStore(schema, "QmLazy");
  write(store, 1, [
    [1n, 10],
    [2n, 20],
  ]);
  write(store, 2, [[1n, 11]]);
  write(store, 4, [
    [2n, null],
    [3n, 30],
  ]);
  write(store, 5, [
    [1n, 12],
    [2n, 21],
  ]);
  store.beginBlock(ptr(6));
  store.openBatch().set("Burn", ODD, burn, "0.0.9");
  store.commitBlock();
  return store;
}

const lines = (store: EntityStore) => {
  const out: string[] = [];
  writeStoreLines(store, (l) => out.push(l));
  return out;
};

/** every block's versions, as `at(block)` shows them */
function everyBlock(store: EntityStore) {
  return [0, 1, 2, 3, 4, 5, 6].map((n) =>
    [...store.at(n).versions("DailySupply")].map(([e, from]) => [
      String((e.get("supply") as { value: bigint }).value),
      from,
    ]),
  );
}

describe("watershed-store/4", () => {
  it("restores the same store, versions and blocks included, decoding on first read", () => {
    const store = history();
    const path = join(dir, "a");
    saveSnapshot(store, path);
    expect(snapshotFormat(path)).toBe("watershed-store/4");
    const loaded = new EntityStore(schema, "");
    loadSnapshot(loaded, path);
    expect(everyBlock(loaded)).toEqual(everyBlock(store));
    expect(lines(loaded)).toEqual(lines(store));
    expect(loaded.get("Burn", ODD)).toEqual(burn);
    expect(loaded.blockByHash(ptr(4).hash)).toEqual(ptr(4));
    expect(loaded.deployment).toBe("QmLazy");
  });

  it("writes never-read entities back byte for byte, and read ones the same way", async () => {
    const path = join(dir, "b");
    saveSnapshot(history(), path);
    const loaded = new EntityStore(schema, "");
    loadSnapshot(loaded, path);
    saveSnapshot(loaded, join(dir, "b2"));
    expect(readFileSync(join(dir, "b2"), "utf8")).toBe(readFileSync(path, "utf8"));
    expect(await decodeAll(loaded, 0)).toBe(7);
    expect(await decodeAll(loaded)).toBe(0);
    saveSnapshot(loaded, join(dir, "b3"));
    expect(readFileSync(join(dir, "b3"), "utf8")).toBe(readFileSync(path, "utf8"));
  });

  it("reverts and indexes on after a lazy restore as the original store does", () => {
    const path = join(dir, "c");
    saveSnapshot(history(), path);
    const loaded = new EntityStore(schema, "");
    loadSnapshot(loaded, path);
    const original = history();
    for (const store of [loaded, original]) {
      store.revertTo(3);
      write(store, 3, [[2n, 99]]);
    }
    expect(everyBlock(loaded)).toEqual(everyBlock(original));
    expect(lines(loaded)).toEqual(lines(original));
  });

  it("still loads the fixture's watershed-store/3", () => {
    const store = history();
    const path = join(dir, "d");
    writeFileSync(path, `${lines(store).join("\n")}\n`);
    expect(snapshotFormat(path)).toBe("watershed-store/3");
    const loaded = new EntityStore(schema, "");
    loadSnapshot(loaded, path);
    expect(lines(loaded)).toEqual(lines(store));
  });
});
