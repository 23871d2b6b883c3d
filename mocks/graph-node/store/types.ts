// Shared contract between the WASM host (writes) and the GraphQL engine (reads).
// Values keep graph-node's store `Value` kinds so a get/set round trip through WASM
// returns exactly the kind the mapping wrote; the schema decides how GraphQL shows them.

/** graph-node's store Value enum, one tag per kind (runtime/wasm asc_abi `StoreValueKind`). */
export type StoreValue =
  | { kind: "String"; value: string }
  | { kind: "Int"; value: number }
  | { kind: "Int8"; value: bigint }
  | { kind: "Timestamp"; value: bigint }
  /** normalised decimal text, as graph-node's BigDecimal prints it */
  | { kind: "BigDecimal"; value: string }
  | { kind: "Bool"; value: boolean }
  | { kind: "Array"; value: StoreValue[] }
  | { kind: "Null" }
  | { kind: "Bytes"; value: Uint8Array }
  | { kind: "BigInt"; value: bigint };

/** An entity: field name to value. `id` is always present. */
export type Entity = Map<string, StoreValue>;

/** Ids are stored as text: String ids as is, Bytes ids as lowercase 0x hex, Int8 ids in decimal. */
export type EntityKey = { entityType: string; id: string };

export interface BlockPtr {
  number: number;
  hash: string; // 0x-prefixed lowercase hex
  timestamp: number; // unix seconds
  parentHash: string;
}

/** graph-node's SubgraphError (graph/src/data/subgraph/schema.rs), as the status API shows it. */
export interface SubgraphErrorInfo {
  message: string;
  /** the block the error happened at */
  block: BlockPtr | null;
  handler: string | null;
  /** true when the error would recur on every run over the same chain */
  deterministic: boolean;
}

export interface IndexingMeta {
  /** last block whose writes are applied; null before the first block */
  block: BlockPtr | null;
  /** the deployment id (IPFS-style hash of the built manifest) */
  deployment: string;
  hasIndexingErrors: boolean;
  /** the error that stopped indexing (graph-node's `fatalError`), if any */
  fatalError?: SubgraphErrorInfo | null;
  /**
   * the first block queries may ask for (graph-node's `earliest_block_number`); stores
   * without versions (no `at`) answer only at their head
   */
  earliestBlock?: number;
}

/** A store as of one block: the entity versions whose block range holds it. */
export interface BlockView {
  /** entities of one type, each with the block its version starts at */
  versions(entityType: string): Iterable<[entity: Entity, from: number]>;
}

/** What the query engine needs from a store; the host's store implements it. */
export interface ReadableStore {
  get(entityType: string, id: string): Entity | undefined;
  /** every entity of one type, in no particular order */
  all(entityType: string): Iterable<Entity>;
  /** block number at which the entity was last written (for `_change_block` filters) */
  changedAt(entityType: string, id: string): number | undefined;
  meta(): IndexingMeta;
  /** time travel: the store as of block `n` (absent: the store answers at its head only) */
  at?(n: number): BlockView;
  /** a block the store indexed, by hash (for `block: { hash }`) */
  blockByHash?(hash: string): BlockPtr | null;
  /**
   * Any block of the chain the node knows, by hash, indexed or not (graph-node's chain
   * store: the `blocks` table that `QueryStore::block_numbers` reads): `block: { hash }`
   * of a block the subgraph had no trigger in still answers as of that block's number.
   */
  chainBlockByHash?(hash: string): Promise<BlockPtr | null>;
  /**
   * A number that changes whenever what the store answers may change (a block committed, a
   * revert, a reload); with `meta()` it keys the engine's query cache. A store without it is
   * not cached.
   */
  dataVersion?(): number;
}
