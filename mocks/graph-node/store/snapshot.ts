// Saves the store (entity versions, blocks, dynamic data sources, the error that stopped
// indexing) as JSON lines and loads it back, so a local node restarts where it stopped and
// still answers queries at past blocks and reverts reorgs. Reads the head-only format of
// earlier versions (`watershed-store/2`) too: its undo log becomes versions for the blocks it
// covered, and queries may ask for blocks from there on. `saveSnapshot`/`loadSnapshot`, the
// node's own files, use the lazily read `watershed-store/4` (lazy-snapshot.ts) and still
// load these older formats; the fixture keeps `writeStoreLines`/`readStoreLines`.
import { closeSync, mkdirSync, openSync, readSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { BlockLog } from "./block-log.ts";
import type { EntityStore, Row } from "./entity-store.ts";
import { StoreError } from "./entity-values.ts";
import {
  LAZY_FORMAT,
  type LazyContents,
  readLazyLines,
  type StoreHeader,
  writeLazyLines,
} from "./lazy-snapshot.ts";
import { forEachLine, LineWriter } from "./line-file.ts";
import type { BlockPtr } from "./types.ts";
import { decodeEntity, encodeEntity, type TaggedValue } from "./value-codec.ts";
import { closeVersion } from "./versions.ts";

const FORMAT = "watershed-store/3";
const HEAD_ONLY_FORMAT = "watershed-store/2";

type Encoded = Record<string, TaggedValue>;
type EncodedRow = [Encoded, number];
const decodeRow = ([e, changedAt]: EncodedRow): Row => ({ entity: decodeEntity(e), changedAt });

type Header = StoreHeader;

/**
 * One JSON value per line: a header, then every current entity (`e`), every superseded
 * version (`v`), the blocks (`b`, packed) and template instances (`d`), so neither writing
 * nor reading ever holds the whole store as one string.
 */
export function writeStoreLines(store: EntityStore, write: (line: string) => void): void {
  if (store.batch) throw new StoreError("cannot snapshot while a block is open");
  write(JSON.stringify(headerOf(store)));
  for (const [type, rows] of store.rows) {
    for (const [id, row] of rows) {
      write(JSON.stringify({ e: [type, id, [encodeEntity(row.entity), row.changedAt]] }));
    }
  }
  for (const [type, list] of store.history) {
    for (const v of list)
      write(JSON.stringify({ v: [type, v.id, encodeEntity(v.entity), v.from, v.to] }));
  }
  for (const b of store.blocks.toJSONLines()) write(JSON.stringify({ b }));
  for (const d of store.dataSources) {
    write(JSON.stringify({ d: { ...d, context: d.context ? encodeEntity(d.context) : null } }));
  }
}

/** `watershed-store/2` undo entries: the versions of the blocks they cover. */
interface UndoLine {
  ptr: BlockPtr;
  prev: BlockPtr | null;
  changes: { type: string; id: string; prev: EncodedRow | null }[];
  failed?: true;
}

/** Replaces the store's contents with the snapshot read line by line. */
export function readStoreLines(
  store: EntityStore,
  forEach: (onLine: (line: string) => void) => void,
): void {
  let header: Header | null = null;
  const rows: EntityStore["rows"] = new Map();
  const history: EntityStore["history"] = new Map();
  const blocks = new BlockLog();
  const dataSources: EntityStore["dataSources"] = [];
  let undoCount = 0;
  forEach((line) => {
    const data = JSON.parse(line);
    if (!header) {
      if (data.format !== FORMAT && data.format !== HEAD_ONLY_FORMAT)
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
    } else if (data.v) {
      const [type, id, entity, from, to] = data.v as [string, string, Encoded, number, number];
      closeVersion(history, type, id, { entity: decodeEntity(entity), changedAt: from }, to);
    } else if (data.b) {
      blocks.pushJSONLine(data.b);
    } else if (data.u) {
      const u = data.u as UndoLine;
      if (undoCount++ === 0 && u.prev) blocks.push(u.prev);
      for (const c of u.changes) {
        if (c.prev) closeVersion(history, c.type, c.id, decodeRow(c.prev), u.ptr.number);
      }
      blocks.push(u.ptr);
    } else if (data.d) {
      dataSources.push({
        ...data.d,
        context: data.d.context ? decodeEntity(data.d.context) : null,
      });
    }
  });
  if (!header) throw new StoreError("empty store snapshot");
  const h = header as Header;
  if (h.format === HEAD_ONLY_FORMAT) {
    // the head-only store knew the blocks its undo log covered, and nothing before them
    if (h.head && blocks.last()?.hash !== h.head.hash) blocks.push(h.head);
    h.earliestBlock = blocks.first()?.number ?? 0;
  }
  applyContents(store, { header: h, rows, history, blocks, dataSources });
}

function applyContents(store: EntityStore, contents: LazyContents): void {
  const h = contents.header;
  store.earliestBlock = h.earliestBlock ?? 0;
  store.rows = contents.rows;
  store.history = contents.history;
  store.blocks = contents.blocks;
  store.dropIndexes();
  store.deployment = h.deployment;
  store.head = h.head;
  // snapshots written before errors were recorded carry only the flag
  store.fatalError =
    h.fatalError ??
    (h.hasIndexingErrors
      ? { message: "indexing failed", block: h.head, handler: null, deterministic: true }
      : null);
  store.dataSources = contents.dataSources;
}

const headerOf = (store: EntityStore): Header => ({
  format: FORMAT,
  deployment: store.deployment,
  head: store.head,
  hasIndexingErrors: store.hasIndexingErrors,
  fatalError: store.fatalError,
  earliestBlock: store.earliestBlock,
});

/** Writes `watershed-store/4`; entities never read since the last load are copied as read. */
export function saveSnapshot(store: EntityStore, path: string): void {
  if (store.batch) throw new StoreError("cannot snapshot while a block is open");
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const writer = new LineWriter(tmp);
  try {
    writeLazyLines(store, headerOf(store), (line) => writer.write(line));
  } finally {
    writer.close();
  }
  renameSync(tmp, path); // atomic: a crash mid-write leaves the previous snapshot intact
}

/** The snapshot's format, from its first line. */
export function snapshotFormat(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(1 << 16);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    // the format is the header's first key, so the first 64 KiB hold it
    const match = /^\{"format":"([^"]*)"/.exec(buffer.toString("utf8", 0, read));
    return match?.[1] ?? "unknown";
  } finally {
    closeSync(fd);
  }
}

/** Loads `watershed-store/4` lazily (entities decode on first read) or an older format. */
export function loadSnapshot(store: EntityStore, path: string): void {
  if (snapshotFormat(path) === LAZY_FORMAT) {
    applyContents(
      store,
      readLazyLines((onLine) => forEachLine(path, onLine)),
    );
  } else {
    readStoreLines(store, (onLine) => forEachLine(path, onLine));
  }
}
