// The committed entity store: latest version of every entity, the block of its last
// change, undo logs for the last `maxUndoBlocks` blocks (reorgs), the dynamic data sources
// templates created, and the write batch of the block in progress.
import type { SchemaModel } from "../schema/types.ts";
import { BlockBatch, type CommittedReader } from "./block-batch.ts";
import { entityEquals, idText, StoreError, TransactError } from "./entity-values.ts";
import type { BlockPtr, Entity, IndexingMeta, ReadableStore, SubgraphErrorInfo } from "./types.ts";

export interface Row {
  entity: Entity;
  changedAt: number;
}

export interface DynamicDataSource {
  template: string;
  /** lowercase 0x address (the first `create` param) */
  address: string;
  params: string[];
  context: Entity | null;
  creationBlock: number;
}

export interface UndoEntry {
  ptr: BlockPtr;
  prev: BlockPtr | null;
  changes: { type: string; id: string; prev: Row | undefined }[];
  dataSources: number;
  /** the block failed: reverting it clears the fatal error (graph-node's unfail) */
  failed?: true;
}

export class EntityStore implements ReadableStore, CommittedReader {
  rows = new Map<string, Map<string, Row>>();
  head: BlockPtr | null = null;
  undo: UndoEntry[] = [];
  dataSources: DynamicDataSource[] = [];
  /** set by failBlock: the deterministic error that stopped indexing */
  fatalError: SubgraphErrorInfo | null = null;
  batch: BlockBatch | undefined;
  private pendingDataSources: DynamicDataSource[] = [];
  private pendingPtr: BlockPtr | undefined;
  /** "Type.field" -> referenced id -> ids of Type pointing at it (for loadRelated) */
  private refIndexes = new Map<string, Map<string, Set<string>>>();

  constructor(
    readonly schema: SchemaModel,
    public deployment: string,
    readonly maxUndoBlocks = 1000,
  ) {}

  // ---- ReadableStore ----
  get(entityType: string, id: string): Entity | undefined {
    return this.rows.get(entityType)?.get(id)?.entity;
  }
  *all(entityType: string): Iterable<Entity> {
    for (const row of this.rows.get(entityType)?.values() ?? []) yield row.entity;
  }
  changedAt(entityType: string, id: string): number | undefined {
    return this.rows.get(entityType)?.get(id)?.changedAt;
  }
  meta(): IndexingMeta {
    return {
      block: this.head,
      deployment: this.deployment,
      hasIndexingErrors: this.hasIndexingErrors,
      fatalError: this.fatalError,
    };
  }

  /**
   * graph-node's `DeploymentState::has_deterministic_errors` at the head: a deterministic
   * error recorded at or below the head block.
   */
  get hasIndexingErrors(): boolean {
    const e = this.fatalError;
    return !!e?.deterministic && (e.block?.number ?? -1) <= (this.head?.number ?? -1);
  }

  /** tests and fixtures flag a store as failed at its head, or clear the failure */
  set hasIndexingErrors(has: boolean) {
    this.fatalError = has
      ? (this.fatalError ?? {
          message: "indexing failed",
          block: this.head,
          handler: null,
          deterministic: true,
        })
      : null;
  }

  /** live entities, as graph-node's deployment `entity_count` counts them */
  entityCount(): number {
    let n = 0;
    for (const rows of this.rows.values()) n += rows.size;
    return n;
  }

  // ---- CommittedReader ----
  committed(entityType: string, id: string): Entity | undefined {
    return this.get(entityType, id);
  }
  *committedAll(entityType: string): Iterable<[string, Entity]> {
    for (const [id, row] of this.rows.get(entityType) ?? []) yield [id, row.entity];
  }

  /** ids of `entityType` whose `field` references `id` (built on first use, kept on commit) */
  committedReferrers(entityType: string, field: string, id: string): Iterable<string> {
    const name = `${entityType}.${field}`;
    let index = this.refIndexes.get(name);
    if (!index) {
      index = new Map();
      for (const [entityId, row] of this.rows.get(entityType) ?? []) {
        indexRefs(index, entityId, row.entity, field, true);
      }
      this.refIndexes.set(name, index);
    }
    return index.get(id) ?? [];
  }

  private reindex(type: string, id: string, prev: Entity | undefined, next: Entity | undefined) {
    for (const [name, index] of this.refIndexes) {
      if (!name.startsWith(`${type}.`)) continue;
      const field = name.slice(type.length + 1);
      if (prev) indexRefs(index, id, prev, field, false);
      if (next) indexRefs(index, id, next, field, true);
    }
  }

  /** after wholesale changes (revert, snapshot load) indexes are rebuilt lazily */
  dropIndexes(): void {
    this.refIndexes.clear();
  }

  private rowsOf(type: string): Map<string, Row> {
    let rows = this.rows.get(type);
    if (!rows) {
      rows = new Map();
      this.rows.set(type, rows);
    }
    return rows;
  }

  // ---- block lifecycle ----
  beginBlock(ptr: BlockPtr): void {
    if (this.batch) throw new StoreError(`block ${this.pendingPtr?.number} is still open`);
    if (this.head && ptr.number <= this.head.number) {
      throw new StoreError(
        `block ${ptr.number} is not after the store head ${this.head.number}; revert first`,
      );
    }
    this.batch = new BlockBatch(ptr.number, this.schema, this);
    this.pendingPtr = ptr;
    this.pendingDataSources = [];
  }

  openBatch(): BlockBatch {
    if (!this.batch) throw new StoreError("no block is open: call beginBlock first");
    return this.batch;
  }

  /** committed data sources plus those created earlier in the open block */
  knownDataSources(): DynamicDataSource[] {
    return this.pendingDataSources.length
      ? [...this.dataSources, ...this.pendingDataSources]
      : this.dataSources;
  }

  addDataSource(ds: DynamicDataSource): void {
    this.pendingDataSources.push(ds);
  }

  /**
   * What the block's writes to immutable entities mean, decided as graph-node's
   * EntityCache::as_modifications does by whether the block loaded the entity: a write to an
   * entity stored earlier that was not loaded is an insert, refused by the store
   * (graph/src/components/store/write.rs "is immutable; inserting it ... already inserted");
   * a loaded one saved unchanged is no change at all; a removal of one not loaded is dropped;
   * a loaded one changed or removed is an overwrite or removal, which immutable types refuse
   * (write.rs "only allows inserts", an internal error, so graph-node retries it). Returns the
   * writes to skip; throws before anything is applied.
   */
  private immutableSkips(batch: BlockBatch, block: number): Set<string> {
    const skip = new Set<string>();
    for (const [type, m] of batch.block) {
      if (!this.schema.entities.get(type)?.immutable) continue;
      const rows = this.rows.get(type);
      for (const [id, entity] of m) {
        const prev = rows?.get(id);
        if (!prev) {
          if (entity === null) skip.add(`${type}\u0000${id}`);
          continue;
        }
        const loaded = batch.wasLoaded(type, id);
        if (entity === null) {
          if (!loaded) {
            skip.add(`${type}\u0000${id}`);
            continue;
          }
          throw new TransactError(
            `immutable entity type ${type} only allows inserts, not Remove { key: ${type}[${id}], block: ${block} }`,
            false,
          );
        }
        if (!loaded) {
          throw new TransactError(
            `entity ${type}[${id}] is immutable; inserting it at block ${block} is not possible as it was already inserted at block ${prev.changedAt}`,
            true,
          );
        }
        if (entityEquals(prev.entity, entity)) {
          skip.add(`${type}\u0000${id}`);
          continue;
        }
        throw new TransactError(
          `immutable entity type ${type} only allows inserts, not Overwrite { key: ${type}[${id}], block: ${block} }`,
          false,
        );
      }
    }
    return skip;
  }

  commitBlock(): void {
    const batch = this.openBatch();
    const ptr = this.pendingPtr as BlockPtr;
    batch.commitHandler();
    const skip = this.immutableSkips(batch, ptr.number);
    const entry: UndoEntry = { ptr, prev: this.head, changes: [], dataSources: 0 };
    for (const [type, m] of batch.block) {
      const rows = this.rowsOf(type);
      for (const [id, entity] of m) {
        if (skip.size > 0 && skip.has(`${type}\u0000${id}`)) continue;
        const prev = rows.get(id);
        if (entity === null) {
          if (!prev) continue;
          rows.delete(id);
        } else {
          if (prev && entityEquals(prev.entity, entity)) continue;
          rows.set(id, { entity, changedAt: ptr.number });
        }
        this.reindex(type, id, prev?.entity, entity ?? undefined);
        entry.changes.push({ type, id, prev });
      }
    }
    entry.dataSources = this.pendingDataSources.length;
    this.dataSources.push(...this.pendingDataSources);
    this.undo.push(entry);
    if (this.undo.length > this.maxUndoBlocks)
      this.undo.splice(0, this.undo.length - this.maxUndoBlocks);
    this.head = ptr;
    this.batch = undefined;
    this.pendingDataSources = [];
  }

  abortBlock(): void {
    this.batch = undefined;
    this.pendingDataSources = [];
  }

  /**
   * Block `ptr` failed. After a handler failure graph-node's runner commits the block
   * without its entity changes (core/src/subgraph/runner: "persist PoI only, fail
   * subgraph"), so the head moves to it while the data stays that of the last good block;
   * when the store refused the block's writes (`commit` false) nothing of it is committed.
   * Either way the error is recorded at that block.
   */
  failBlock(ptr: BlockPtr, error: SubgraphErrorInfo, commit = true): void {
    if (this.batch) this.abortBlock();
    // graph-node keeps the first failure; a retried non-deterministic one is not added again
    if (this.fatalError && !error.deterministic) return;
    if (commit && (!this.head || this.head.number < ptr.number)) {
      this.beginBlock(ptr);
      this.commitBlock();
      this.undo.at(-1)!.failed = true;
    }
    this.fatalError = error;
  }

  /** Undo every block above `blockNumber` (for reorgs). */
  revertTo(blockNumber: number): void {
    if (this.batch) throw new StoreError("cannot revert while a block is open");
    this.dropIndexes();
    while (this.head && this.head.number > blockNumber) {
      const entry = this.undo.pop();
      if (!entry || entry.ptr.number !== this.head.number) {
        throw new StoreError(
          `cannot revert to block ${blockNumber}: undo log only reaches back to block ${this.head.number}`,
        );
      }
      for (const change of entry.changes.reverse()) {
        const rows = this.rowsOf(change.type);
        if (change.prev) rows.set(change.id, change.prev);
        else rows.delete(change.id);
      }
      this.dataSources.splice(this.dataSources.length - entry.dataSources, entry.dataSources);
      if (entry.failed) this.fatalError = null;
      this.head = entry.prev;
    }
  }
}

function indexRefs(
  index: Map<string, Set<string>>,
  id: string,
  entity: Entity,
  field: string,
  add: boolean,
): void {
  const ref = entity.get(field);
  if (!ref) return;
  for (const r of ref.kind === "Array" ? ref.value : [ref]) {
    const key = idText(r);
    if (key === undefined) continue;
    let ids = index.get(key);
    if (!ids) {
      ids = new Set();
      index.set(key, ids);
    }
    if (add) ids.add(id);
    else ids.delete(id);
  }
}
