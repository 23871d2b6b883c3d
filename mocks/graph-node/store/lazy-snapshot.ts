// The local node's own snapshot format, `watershed-store/4`: what `npm run dev` writes on
// stop and reads on its next start. Decoding every entity of a month of history (half a
// million versions: a Map, a tagged value, a BigInt or a Uint8Array per field) took tens of
// seconds on a busy 2-core machine, so this format is read lazily: a restore only splits
// lines and keeps each entity's encoded JSON; the entity is decoded on first access (a query,
// a handler, a revert) or by `decodeAll` in the background once the node answers. Rows never
// decoded are written back as they were read. Versions, blocks, template instances and the
// indexing error are the same as `watershed-store/3` (snapshot.ts, which the fixture keeps).
//
// Lines (tab-separated; JSON never holds a raw tab):
//   {header}                                   as in watershed-store/3, format /4
//   T <type as JSON>                           the current rows below are of this type
//   e <changedAt> <id as JSON> <entity>        a current row (value-codec.ts tagged JSON)
//   H <type as JSON>                           the superseded versions below are of this type
//   v <from> <to> <id as JSON> <entity>        a superseded version, in the order closed
//   b <packed blocks JSON>                     block-log.ts toJSONLines
//   d <data source JSON>                       a template instance (context encoded)
import { BlockLog } from "./block-log.ts";
import type { EntityStore } from "./entity-store.ts";
import { StoreError } from "./entity-values.ts";
import type { BlockPtr, Entity, SubgraphErrorInfo } from "./types.ts";
import { decodeEntity, encodeEntity } from "./value-codec.ts";
import type { History, Row, Rows, Version } from "./versions.ts";

export const LAZY_FORMAT = "watershed-store/4";

export interface StoreHeader {
  format: string;
  deployment: string;
  head: BlockPtr | null;
  hasIndexingErrors: boolean;
  fatalError?: SubgraphErrorInfo | null;
  earliestBlock?: number;
}

const decode = (raw: string): Entity => decodeEntity(JSON.parse(raw));

/** A current row whose entity is decoded on first read. */
class LazyRow implements Row {
  #raw: string | undefined;
  #entity: Entity | undefined;
  constructor(
    raw: string,
    public changedAt: number,
  ) {
    this.#raw = raw;
  }
  get entity(): Entity {
    if (this.#entity === undefined) {
      this.#entity = decode(this.#raw!);
      this.#raw = undefined;
    }
    return this.#entity;
  }
  set entity(entity: Entity) {
    this.#entity = entity;
    this.#raw = undefined;
  }
  /** the encoded entity while it was never read */
  get raw(): string | undefined {
    return this.#raw;
  }
}

/** A superseded version whose entity is decoded on first read. */
class LazyVersion implements Version {
  #row: LazyRow;
  constructor(
    public id: string,
    raw: string,
    public from: number,
    public to: number,
  ) {
    this.#row = new LazyRow(raw, from);
  }
  get entity(): Entity {
    return this.#row.entity;
  }
  set entity(entity: Entity) {
    this.#row.entity = entity;
  }
  get raw(): string | undefined {
    return this.#row.raw;
  }
}

const rawOf = (row: Row | Version): string =>
  (row instanceof LazyRow || row instanceof LazyVersion ? row.raw : undefined) ??
  JSON.stringify(encodeEntity(row.entity));

export function writeLazyLines(
  store: EntityStore,
  header: StoreHeader,
  write: (line: string) => void,
): void {
  write(JSON.stringify({ ...header, format: LAZY_FORMAT }));
  for (const [type, byId] of store.rows) {
    write(`T\t${JSON.stringify(type)}`);
    for (const [id, row] of byId) {
      write(`e\t${row.changedAt}\t${JSON.stringify(id)}\t${rawOf(row)}`);
    }
  }
  for (const [type, list] of store.history) {
    write(`H\t${JSON.stringify(type)}`);
    for (const v of list) write(`v\t${v.from}\t${v.to}\t${JSON.stringify(v.id)}\t${rawOf(v)}`);
  }
  for (const b of store.blocks.toJSONLines()) write(`b\t${JSON.stringify(b)}`);
  for (const d of store.dataSources) {
    const context = d.context ? encodeEntity(d.context) : null;
    write(`d\t${JSON.stringify({ ...d, context })}`);
  }
}

const TAB = "\t";
/** a JSON string without escapes is its text between the quotes */
const jsonString = (s: string): string =>
  s.includes("\\") ? (JSON.parse(s) as string) : s.slice(1, -1);

export interface LazyContents {
  header: StoreHeader;
  rows: Rows;
  history: History;
  blocks: BlockLog;
  dataSources: EntityStore["dataSources"];
}

/** Reads `watershed-store/4` lines (the header line included) without decoding entities. */
export function readLazyLines(forEach: (onLine: (line: string) => void) => void): LazyContents {
  let header: StoreHeader | null = null;
  const rows: Rows = new Map();
  const history: History = new Map();
  const blocks = new BlockLog();
  const dataSources: EntityStore["dataSources"] = [];
  let byId = new Map<string, Row>();
  let versions: Version[] = [];
  forEach((line) => {
    if (!header) {
      header = JSON.parse(line) as StoreHeader;
      if (header.format !== LAZY_FORMAT) {
        throw new StoreError(`not a ${LAZY_FORMAT} snapshot (format ${header.format})`);
      }
      return;
    }
    const kind = line.charCodeAt(0);
    const a = line.indexOf(TAB, 2);
    if (kind === 101 /* e */) {
      const b = line.indexOf(TAB, a + 1);
      const id = jsonString(line.slice(a + 1, b));
      byId.set(id, new LazyRow(line.slice(b + 1), Number(line.slice(2, a))));
    } else if (kind === 118 /* v */) {
      const b = line.indexOf(TAB, a + 1);
      const c = line.indexOf(TAB, b + 1);
      const id = jsonString(line.slice(b + 1, c));
      const from = Number(line.slice(2, a));
      versions.push(new LazyVersion(id, line.slice(c + 1), from, Number(line.slice(a + 1, b))));
    } else if (kind === 84 /* T */) {
      byId = new Map();
      rows.set(jsonString(line.slice(2)), byId);
    } else if (kind === 72 /* H */) {
      versions = [];
      history.set(jsonString(line.slice(2)), versions);
    } else if (kind === 98 /* b */) {
      blocks.pushJSONLine(JSON.parse(line.slice(2)));
    } else if (kind === 100 /* d */) {
      const d = JSON.parse(line.slice(2));
      dataSources.push({ ...d, context: d.context ? decodeEntity(d.context) : null });
    } else {
      throw new StoreError(`${LAZY_FORMAT}: unknown line kind ${line.slice(0, 1)}`);
    }
  });
  if (!header) throw new StoreError("empty store snapshot");
  return { header, rows, history, blocks, dataSources };
}

/**
 * Decodes the entities a restore left encoded, a slice at a time between other work, so the
 * first queries after a start do not pay for it. Resolves once every row is decoded.
 */
export async function decodeAll(store: EntityStore, sliceMs = 20): Promise<number> {
  let decoded = 0;
  let sliceEnd = performance.now() + sliceMs;
  const touch = async (row: Row | Version) => {
    if ((row instanceof LazyRow || row instanceof LazyVersion) && row.raw !== undefined) {
      void row.entity;
      decoded++;
    }
    if (performance.now() > sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + sliceMs;
    }
  };
  // copies: handlers may add or close versions while this waits between slices
  for (const byId of [...store.rows.values()])
    for (const row of [...byId.values()]) await touch(row);
  for (const list of [...store.history.values()]) for (const v of [...list]) await touch(v);
  return decoded;
}
