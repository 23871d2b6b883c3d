// The committed entity store: every version of every entity with its block range (the
// current ones in `rows`, superseded ones in `history`, see versions.ts), every committed
// block (block-log.ts), the dynamic data sources templates created, the error that stopped
// indexing, and the write batch of the block in progress. Queries read it at the head or,
// through `at(block)`, as of any block since the subgraph's start; a reorg reverts versions
// the way graph-node's relational store does.
import type { SchemaModel } from "../schema/types.ts";
import { BlockBatch, type CommittedReader } from "./block-batch.ts";
import { BlockLog } from "./block-log.ts";
import { entityEquals, idText, StoreError } from "./entity-values.ts";
import { immutableSkips, writeKey } from "./immutable-writes.ts";
import type {
  BlockPtr,
  BlockView,
  Entity,
  IndexingMeta,
  ReadableStore,
  SubgraphErrorInfo,
} from "./types.ts";
import {
  closeVersion,
  countVersions,
  type History,
  type Row,
  type Rows,
  revertVersions,
  versionsAt,
} from "./versions.ts";

export type { Row, Version } from "./versions.ts";

export interface DynamicDataSource {
  template: string;
  /** lowercase 0x address (the first `create` param) */
  address: string;
  params: string[];
  context: Entity | null;
  creationBlock: number;
}

/** Replaced by entity versions; kept so callers that set it aside still compile. */
export type UndoEntry = never;

export class EntityStore implements ReadableStore, CommittedReader {
  rows: Rows = new Map();
  history: History = new Map();
  blocks = new BlockLog();
  head: BlockPtr | null = null;
  /**
   * The first block queries may ask for: graph-node's `earliest_block_number`, the block
   * before the subgraph's lowest startBlock (or later, for a store restored from a snapshot
   * that kept no older versions).
   */
  earliestBlock = 0;
  /** no longer used: versions revert reorgs (see `history`) */
  undo: UndoEntry[] = [];
  dataSources: DynamicDataSource[] = [];
  /** set by failBlock: the error that stopped indexing */
  fatalError: SubgraphErrorInfo | null = null;
  batch: BlockBatch | undefined;
  private pendingDataSources: DynamicDataSource[] = [];
  private pendingPtr: BlockPtr | undefined;
  /** "Type.field" -> referenced id -> ids of Type pointing at it (for loadRelated) */
  private refIndexes = new Map<string, Map<string, Set<string>>>();
  private version = 0;

  constructor(
    readonly schema: SchemaModel,
    public deployment: string,
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
      earliestBlock: this.earliestBlock,
    };
  }

  /** The store as of block `n`: the versions whose block range holds n. */
  at(n: number): BlockView {
    const { rows, history } = this;
    return {
      *versions(entityType) {
        for (const [, entity, from] of versionsAt(rows, history, entityType, n)) {
          yield [entity, from];
        }
      },
    };
  }

  blockByHash(hash: string): BlockPtr | null {
    return this.blocks.byHash(hash);
  }

  /**
   * The chain's blocks beyond those committed here, when the follower attached its chain
   * (graph-node's chain store); without one, only committed blocks are known.
   */
  chain: { blockByHash(hash: string): Promise<BlockPtr | null> } | undefined;

  chainBlockByHash(hash: string): Promise<BlockPtr | null> {
    return this.chain ? this.chain.blockByHash(hash) : Promise.resolve(this.blockByHash(hash));
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

  /** superseded entity versions kept for queries at past blocks */
  versionCount(): number {
    return countVersions(this.history);
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
    this.version++;
  }

  /** Changes with every committed block and every wholesale change (the query cache's key). */
  dataVersion(): number {
    return this.version;
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

  commitBlock(): void {
    const batch = this.openBatch();
    const ptr = this.pendingPtr as BlockPtr;
    const n = ptr.number;
    batch.commitHandler();
    const skip = immutableSkips(this.schema, this.rows, batch, n);
    for (const [type, m] of batch.block) {
      const rows = this.rowsOf(type);
      for (const [id, entity] of m) {
        if (skip.size > 0 && skip.has(writeKey(type, id))) continue;
        const prev = rows.get(id);
        if (entity === null) {
          if (!prev) continue;
          rows.delete(id);
        } else {
          if (prev && entityEquals(prev.entity, entity)) continue;
          rows.set(id, { entity, changedAt: n });
        }
        if (prev) closeVersion(this.history, type, id, prev, n);
        this.reindex(type, id, prev?.entity, entity ?? undefined);
      }
    }
    this.dataSources.push(...this.pendingDataSources);
    this.blocks.push(ptr);
    this.head = ptr;
    this.version++;
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
    }
    this.fatalError = error;
  }

  /** Undoes every block above `blockNumber` (for reorgs): versions, blocks, data sources. */
  revertTo(blockNumber: number): void {
    if (this.batch) throw new StoreError("cannot revert while a block is open");
    if (!this.head || this.head.number <= blockNumber) return;
    if (blockNumber < this.earliestBlock) {
      throw new StoreError(
        `cannot revert to block ${blockNumber}: the store only has versions from block ${this.earliestBlock}`,
      );
    }
    this.dropIndexes();
    revertVersions(this.rows, this.history, blockNumber);
    while ((this.dataSources.at(-1)?.creationBlock ?? -1) > blockNumber) this.dataSources.pop();
    this.blocks.truncate(blockNumber);
    this.head = this.blocks.last();
    // graph-node deletes errors of reverted blocks and unfails the deployment
    if ((this.fatalError?.block?.number ?? -1) > blockNumber) this.fatalError = null;
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
