// The recorded store for the demo's worker, with each current entity decoded on first read.
// Decoding all 34k entities of the fixture (a Map, a tagged value, a BigInt or a Uint8Array
// per field) is most of the demo's start, and the first view reads a fraction of them. So
// entity lines only have their type, id and block split off here; every other line goes to
// graph-node's snapshot reader (store/snapshot.ts) as it is. `decodeRest` finishes the job
// in small slices once the first answers are out.
import { parseSubgraphSchema } from "../graph-node/schema/parse-schema.ts";
import { EntityStore } from "../graph-node/store/entity-store.ts";
import { readStoreLines } from "../graph-node/store/snapshot.ts";
import type { Entity } from "../graph-node/store/types.ts";
import { decodeEntity } from "../graph-node/store/value-codec.ts";
import { closeVersion, type Row, type Rows } from "../graph-node/store/versions.ts";

/** A current row whose entity is decoded when first read (as snapshot.ts's decodeRow). */
class LazyRow implements Row {
  #raw: string | null;
  #entity: Entity | null = null;
  constructor(
    raw: string,
    public changedAt: number,
  ) {
    this.#raw = raw;
  }
  get entity(): Entity {
    if (this.#entity === null) {
      this.#entity = decodeEntity(JSON.parse(this.#raw as string));
      this.#raw = null;
    }
    return this.#entity;
  }
  set entity(entity: Entity) {
    this.#entity = entity;
    this.#raw = null;
  }
}

type Encoded = Parameters<typeof decodeEntity>[0];

const PREFIX = '{"e":[';
const SUFFIX = "]]}";

/** Index just past the JSON string starting at `start` (a quote), or -1. */
function endOfString(line: string, start: number): number {
  if (line[start] !== '"') return -1;
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === '"') return i + 1;
  }
  return -1;
}

/**
 * `{"e":[type,id,[{entity},changedAt]]}` (snapshot.ts writeStoreLines) split without
 * parsing the entity; null for any other line, or one this does not recognise.
 */
export function splitEntityLine(
  line: string,
): { type: string; id: string; raw: string; changedAt: number } | null {
  if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) return null;
  const typeEnd = endOfString(line, PREFIX.length);
  if (typeEnd < 0 || line[typeEnd] !== ",") return null;
  const idEnd = endOfString(line, typeEnd + 1);
  if (idEnd < 0 || line.slice(idEnd, idEnd + 3) !== ",[{") return null;
  const comma = line.lastIndexOf(",");
  const changedAt = Number(line.slice(comma + 1, line.length - SUFFIX.length));
  if (comma <= idEnd + 2 || line[comma - 1] !== "}" || !Number.isInteger(changedAt)) return null;
  return {
    type: JSON.parse(line.slice(PREFIX.length, typeEnd)),
    id: JSON.parse(line.slice(typeEnd + 1, idEnd)),
    raw: line.slice(idEnd + 2, comma),
    changedAt,
  };
}

/** The snapshot's store, as storeFromLines (mocks/fixture) gives it, decoded lazily. */
export function lazyStoreFromLines(
  sdl: string,
  forEach: (onLine: (line: string) => void) => void,
): EntityStore {
  const store = new EntityStore(parseSubgraphSchema(sdl), "");
  loadLazyStore(store, forEach);
  return store;
}

/**
 * Replaces the store's contents with the snapshot (as snapshot.ts readStoreLines does), so a
 * query engine can be built over the empty store while the snapshot still downloads.
 */
export function loadLazyStore(
  store: EntityStore,
  forEach: (onLine: (line: string) => void) => void,
): void {
  const rows: Rows = new Map();
  readStoreLines(store, (onLine) =>
    forEach((line) => {
      const split = splitEntityLine(line);
      if (!split) return onLine(line);
      const byId = rows.get(split.type) ?? new Map<string, Row>();
      rows.set(split.type, byId);
      byId.set(split.id, new LazyRow(split.raw, split.changedAt));
    }),
  );
  // a line splitEntityLine did not recognise was read by the reader itself: keep its row
  for (const [type, byId] of store.rows) {
    const into = rows.get(type) ?? new Map<string, Row>();
    rows.set(type, into);
    for (const [id, row] of byId) into.set(id, row);
  }
  store.rows = rows;
  store.dropIndexes();
}

/**
 * Adds one entity type's part of the snapshot (store-chunks.ts) to a store loaded from its
 * core: its current entities, decoded on first read, and its past versions.
 */
export function addTypeLines(
  store: EntityStore,
  type: string,
  forEach: (onLine: (line: string) => void) => void,
): void {
  const byId = new Map<string, Row>();
  store.history.delete(type);
  forEach((line) => {
    const split = splitEntityLine(line);
    if (split?.type === type) {
      byId.set(split.id, new LazyRow(split.raw, split.changedAt));
      return;
    }
    const data = JSON.parse(line) as {
      e?: [string, string, [Encoded, number]];
      v?: [string, string, Encoded, number, number];
    };
    if (data.e?.[0] === type) {
      // an entity line splitEntityLine does not recognise, read as the snapshot reader would
      const [, id, [entity, changedAt]] = data.e;
      byId.set(id, { entity: decodeEntity(entity), changedAt });
    } else if (data.v?.[0] === type) {
      const [, id, entity, from, to] = data.v;
      closeVersion(store.history, type, id, { entity: decodeEntity(entity), changedAt: from }, to);
    } else {
      throw new Error(`not a line of ${type}: ${line.slice(0, 80)}`);
    }
  });
  store.rows.set(type, byId);
  store.dropIndexes();
}

/** Decodes every entity not read yet, yielding to queued queries every `sliceMs`. */
export async function decodeRest(store: EntityStore, sliceMs = 15): Promise<void> {
  let sliceStart = performance.now();
  for (const byId of [...store.rows.values()]) {
    for (const row of byId.values()) {
      void row.entity;
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise((resume) => setTimeout(resume, 0));
        sliceStart = performance.now();
      }
    }
  }
}
