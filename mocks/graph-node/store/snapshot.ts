// Saves the store (entities, head, undo logs, dynamic data sources) as JSON and loads it
// back, so a local node restarts where it stopped and can still revert recent blocks.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { EntityStore, Row, UndoEntry } from "./entity-store.ts";
import { StoreError } from "./entity-values.ts";
import { decodeEntity, encodeEntity, type TaggedValue } from "./value-codec.ts";

const FORMAT = "watershed-store/1";

type EncodedRow = [Record<string, TaggedValue>, number];
const encodeRow = (r: Row): EncodedRow => [encodeEntity(r.entity), r.changedAt];
const decodeRow = ([e, changedAt]: EncodedRow): Row => ({ entity: decodeEntity(e), changedAt });

export function storeToJson(store: EntityStore): string {
  if (store.batch) throw new StoreError("cannot snapshot while a block is open");
  const entities: Record<string, Record<string, EncodedRow>> = {};
  for (const [type, rows] of store.rows) {
    const out: Record<string, EncodedRow> = {};
    entities[type] = out;
    for (const [id, row] of rows) out[id] = encodeRow(row);
  }
  return JSON.stringify({
    format: FORMAT,
    deployment: store.deployment,
    head: store.head,
    hasIndexingErrors: store.hasIndexingErrors,
    entities,
    undo: store.undo.map((u) => ({
      ...u,
      changes: u.changes.map((c) => ({ ...c, prev: c.prev ? encodeRow(c.prev) : null })),
    })),
    dataSources: store.dataSources.map((d) => ({
      ...d,
      context: d.context ? encodeEntity(d.context) : null,
    })),
  });
}

export function storeFromJson(store: EntityStore, json: string): void {
  const data = JSON.parse(json);
  if (data.format !== FORMAT) throw new StoreError(`not a store snapshot (format ${data.format})`);
  store.rows = new Map(
    Object.entries(data.entities as Record<string, Record<string, EncodedRow>>).map(
      ([type, rows]) => [type, new Map(Object.entries(rows).map(([id, r]) => [id, decodeRow(r)]))],
    ),
  );
  store.dropIndexes();
  store.deployment = data.deployment;
  store.head = data.head;
  store.hasIndexingErrors = data.hasIndexingErrors;
  store.undo = (
    data.undo as (Omit<UndoEntry, "changes"> & {
      changes: { type: string; id: string; prev: EncodedRow | null }[];
    })[]
  ).map((u) => ({
    ...u,
    changes: u.changes.map((c) => ({ ...c, prev: c.prev ? decodeRow(c.prev) : undefined })),
  }));
  store.dataSources = (data.dataSources as { context: Record<string, TaggedValue> | null }[]).map(
    (d) => ({ ...d, context: d.context ? decodeEntity(d.context) : null }),
  ) as EntityStore["dataSources"];
}

export function saveSnapshot(store: EntityStore, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, storeToJson(store));
  renameSync(tmp, path); // atomic: a crash mid-write leaves the previous snapshot intact
}

export function loadSnapshot(store: EntityStore, path: string): void {
  storeFromJson(store, readFileSync(path, "utf8"));
}
