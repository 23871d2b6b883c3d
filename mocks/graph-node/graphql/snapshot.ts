// Read-side indexes over a ReadableStore at one block, cached per store version: rows per
// type, lookups by id, equality indexes (which also serve @derivedFrom joins) and sorted
// orders. Everything is built lazily on first use and thrown away when the store changes,
// so a quiet store answers SPA queries from warm indexes and a busy one pays only for what
// queries touch. A snapshot at a past block reads the entity versions of that block.
import type { Entity, ReadableStore } from "../store/types.ts";
import type { QueryModel } from "./model.ts";
import { type ColumnType, cmpKey, type Key, storeKey, toHex } from "./values.ts";

/** One entity as the engine passes it around (also the GraphQL parent object). */
export interface Row {
  type: string;
  id: string;
  idKey: Key;
  e: Entity;
  /** the snapshot the row belongs to: nested fields resolve at the same block */
  snap: Snapshot;
  /** first block of this version, where known without asking the store */
  changedAt?: number;
}

export type MapKey = string | number | bigint;
export const mapKey = (k: Key): MapKey | null =>
  k === null ? null : typeof k === "object" ? `${k.m}e${k.e}` : k;

export function idKeyOf(id: string, col: ColumnType): Key {
  if (col === "Int8") return BigInt(id);
  return col === "Bytes" ? id.toLowerCase() : id;
}

export class Snapshot {
  private readonly byId = new Map<string, Map<string, Row>>();
  private readonly eq = new Map<string, Map<MapKey, Row[]>>();
  private readonly sorted = new Map<string, Row[]>();

  constructor(
    readonly store: ReadableStore,
    readonly model: QueryModel,
    /** the block read; null for the store's head */
    readonly block: number | null = null,
  ) {}

  private table(type: string): Map<string, Row> {
    let t = this.byId.get(type);
    if (!t) {
      t = new Map();
      const col = this.model.schema.entities.get(type)?.idType ?? "String";
      const add = (e: Entity, changedAt?: number) => {
        const idv = e.get("id");
        const id =
          idv?.kind === "Bytes" ? toHex(idv.value) : idv && "value" in idv ? String(idv.value) : "";
        const row: Row = { type, id, idKey: idKeyOf(id, col), e, snap: this };
        if (changedAt !== undefined) row.changedAt = changedAt;
        t!.set(id, row);
      };
      if (this.block !== null && this.store.at) {
        for (const [e, from] of this.store.at(this.block).versions(type)) add(e, from);
      } else {
        for (const e of this.store.all(type)) add(e);
      }
      this.byId.set(type, t);
    }
    return t;
  }

  /** the first block of the row's version (graph-node's `lower(block_range)`) */
  changedAt(row: Row): number | undefined {
    return row.changedAt ?? this.store.changedAt(row.type, row.id);
  }

  /** All rows of a concrete entity type. */
  rows(type: string): Iterable<Row> {
    return this.table(type).values();
  }

  count(type: string): number {
    return this.table(type).size;
  }

  row(type: string, id: string): Row | undefined {
    return this.table(type).get(id);
  }

  /** Rows of concrete `type` whose `field` equals `key` (or, for list fields, contains it). */
  lookup(type: string, field: string, col: ColumnType, key: MapKey): Row[] {
    const cacheKey = `${type}\u0000${field}`;
    let idx = this.eq.get(cacheKey);
    if (!idx) {
      idx = new Map();
      for (const row of this.rows(type)) {
        const v = row.e.get(field);
        const keys =
          v?.kind === "Array" ? v.value.map((x) => storeKey(x, col)) : [storeKey(v, col)];
        for (const k of new Set(keys.map(mapKey))) {
          if (k === null) continue;
          const list = idx.get(k);
          if (list) list.push(row);
          else idx.set(k, [row]);
        }
      }
      this.eq.set(cacheKey, idx);
    }
    return idx.get(key) ?? [];
  }

  /**
   * Rows of `types` in ascending (sort key, id) order; `name` identifies the sort key and
   * `keyOf` computes it. Descending order is this array read backwards, which is exactly
   * Postgres' `order by k desc, id desc` with NULLS FIRST.
   */
  sortedRows(types: string[], name: string, keyOf: (row: Row) => Key): Row[] {
    const cacheKey = `${types.join(",")}\u0000${name}`;
    let rows = this.sorted.get(cacheKey);
    if (!rows) {
      const keyed: { k: Key; r: Row }[] = [];
      for (const t of types) for (const r of this.rows(t)) keyed.push({ k: keyOf(r), r });
      keyed.sort((a, b) => cmpKey(a.k, b.k) || cmpKey(a.r.idKey, b.r.idKey) || cmpTypes(a.r, b.r));
      rows = keyed.map((x) => x.r);
      this.sorted.set(cacheKey, rows);
    }
    return rows;
  }
}

/** Same id in two implementors of an interface: keep a stable order by type name. */
export const cmpTypes = (a: Row, b: Row): number =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : 0;

/** Store change counter if the store exposes one (MemoryStore does). */
type Versioned = ReadableStore & { version?: unknown };

interface Cached {
  version: string;
  head: Snapshot;
  /** snapshots at past blocks, most recently used last */
  past: Map<number, Snapshot>;
}
const cache = new WeakMap<ReadableStore, Cached>();
const PAST_SNAPSHOTS = 4;

/**
 * The snapshot of the store at `block` (null: its head). Stores with a numeric `version` are
 * cached per version; others per head block (number + hash), which assumes writes land per
 * block and Entity maps are replaced, not mutated, when an entity changes.
 */
export function snapshotOf(
  store: ReadableStore,
  model: QueryModel,
  block: number | null = null,
): Snapshot {
  const v = (store as Versioned).version;
  const head = store.meta().block;
  const version =
    typeof v === "number" || typeof v === "bigint"
      ? `v${v}`
      : `b${head?.number ?? -1}:${head?.hash ?? ""}`;
  let hit = cache.get(store);
  if (!hit || hit.version !== version || hit.head.model !== model) {
    hit = { version, head: new Snapshot(store, model), past: new Map() };
    cache.set(store, hit);
  }
  if (block === null || block === head?.number || !store.at) return hit.head;
  let snap = hit.past.get(block);
  if (snap) hit.past.delete(block);
  else snap = new Snapshot(store, model, block);
  hit.past.set(block, snap);
  if (hit.past.size > PAST_SNAPSHOTS) hit.past.delete(hit.past.keys().next().value!);
  return snap;
}
