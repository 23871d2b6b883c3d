// Saves the store (entities, head, undo logs, dynamic data sources) as JSON lines and loads it
// back, so a local node restarts where it stopped and can still revert recent blocks.
import { mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import type { EntityStore, Row, UndoEntry } from "./entity-store.ts";
import { StoreError } from "./entity-values.ts";
import { forEachLine, LineWriter } from "./line-file.ts";
import { decodeEntity, encodeEntity, type TaggedValue } from "./value-codec.ts";

const FORMAT = "watershed-store/2";

type EncodedRow = [Record<string, TaggedValue>, number];
const encodeRow = (r: Row): EncodedRow => [encodeEntity(r.entity), r.changedAt];
const decodeRow = ([e, changedAt]: EncodedRow): Row => ({ entity: decodeEntity(e), changedAt });

/**
 * One JSON value per line: a header, then every entity, undo entry and template instance,
 * so neither writing nor reading ever holds the whole store as one string.
 */
export function writeStoreLines(store: EntityStore, write: (line: string) => void): void {
  if (store.batch) throw new StoreError("cannot snapshot while a block is open");
  write(
    JSON.stringify({
      format: FORMAT,
      deployment: store.deployment,
      head: store.head,
      hasIndexingErrors: store.hasIndexingErrors,
      fatalError: store.fatalError,
    }),
  );
  for (const [type, rows] of store.rows) {
    for (const [id, row] of rows) write(JSON.stringify({ e: [type, id, encodeRow(row)] }));
  }
  for (const u of store.undo) {
    const changes = u.changes.map((c) => ({ ...c, prev: c.prev ? encodeRow(c.prev) : null }));
    write(JSON.stringify({ u: { ...u, changes } }));
  }
  for (const d of store.dataSources) {
    write(JSON.stringify({ d: { ...d, context: d.context ? encodeEntity(d.context) : null } }));
  }
}

type UndoLine = Omit<UndoEntry, "changes"> & {
  changes: { type: string; id: string; prev: EncodedRow | null }[];
};

/** Replaces the store's contents with the snapshot read line by line. */
export function readStoreLines(
  store: EntityStore,
  forEach: (onLine: (line: string) => void) => void,
): void {
  let header: {
    format: string;
    deployment: string;
    head: EntityStore["head"];
    hasIndexingErrors: boolean;
    fatalError?: EntityStore["fatalError"];
  } | null = null;
  const rows: EntityStore["rows"] = new Map();
  const undo: UndoEntry[] = [];
  const dataSources: EntityStore["dataSources"] = [];
  forEach((line) => {
    const data = JSON.parse(line);
    if (!header) {
      if (data.format !== FORMAT)
        throw new StoreError(`not a store snapshot (format ${data.format})`);
      header = data;
    } else if (data.e) {
      const [type, id, row] = data.e as [string, string, EncodedRow];
      let byId = rows.get(type);
      if (!byId) {
        byId = new Map();
        rows.set(type, byId);
      }
      byId.set(id, decodeRow(row));
    } else if (data.u) {
      const u = data.u as UndoLine;
      undo.push({
        ...u,
        changes: u.changes.map((c) => ({ ...c, prev: c.prev ? decodeRow(c.prev) : undefined })),
      });
    } else if (data.d) {
      dataSources.push({
        ...data.d,
        context: data.d.context ? decodeEntity(data.d.context) : null,
      });
    }
  });
  if (!header) throw new StoreError("empty store snapshot");
  const h = header as {
    deployment: string;
    head: EntityStore["head"];
    hasIndexingErrors: boolean;
    fatalError?: EntityStore["fatalError"];
  };
  store.rows = rows;
  store.dropIndexes();
  store.deployment = h.deployment;
  store.head = h.head;
  // snapshots written before errors were recorded carry only the flag
  store.fatalError =
    h.fatalError ??
    (h.hasIndexingErrors
      ? { message: "indexing failed", block: h.head, handler: null, deterministic: true }
      : null);
  store.undo = undo;
  store.dataSources = dataSources;
}

export function saveSnapshot(store: EntityStore, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const writer = new LineWriter(tmp);
  try {
    writeStoreLines(store, (line) => writer.write(line));
  } finally {
    writer.close();
  }
  renameSync(tmp, path); // atomic: a crash mid-write leaves the previous snapshot intact
}

export function loadSnapshot(store: EntityStore, path: string): void {
  readStoreLines(store, (onLine) => forEachLine(path, onLine));
}
