// `block:` arguments and `_meta`, following graph-node's BlockConstraint::try_from_value
// (graphql/src/query/ext.rs), StoreResolver::locate_blocks and lookup_meta
// (graphql/src/store/resolver.rs) and DeploymentState::block_queryable
// (graph/src/data/subgraph/mod.rs). A store with entity versions answers any block from its
// earliest one to its head; a store without them (MemoryStore) only its head.
import type { BlockPtr, IndexingMeta, ReadableStore } from "../store/types.ts";
import { errors, QueryError } from "./errors.ts";
import { debugValue, type RValue } from "./rust-debug.ts";

export type BlockArg =
  | { hash?: unknown; number?: unknown; number_gte?: unknown }
  | null
  | undefined;

export interface LocatedBlock {
  ptr: BlockPtr | null;
  /** `block: { number }` queries carry no hash (graph-node uses a zero hash and prints null) */
  byNumber: boolean;
}

const notYet = (meta: IndexingMeta, head: number, n: number) =>
  `subgraph ${meta.deployment} has only indexed up to block number ${head} and data for block number ${n} is therefore not yet available`;

/** The first block the store can answer for. */
export function earliestOf(meta: IndexingMeta, store: ReadableStore): number {
  const head = meta.block?.number ?? -1;
  return store.at ? Math.min(meta.earliestBlock ?? 0, head) : head;
}

/** graph-node's `block_queryable`: both its errors are reported as `block.number` */
function queryable(meta: IndexingMeta, store: ReadableStore, n: number): void {
  const head = meta.block?.number ?? -1;
  if (n > head) throw errors.valueParse("block.number", notYet(meta, head, n));
  const earliest = earliestOf(meta, store);
  if (n < earliest) {
    throw errors.valueParse(
      "block.number",
      `subgraph ${meta.deployment} only has data starting at block number ${earliest} and data for block number ${n} is therefore not available`,
    );
  }
}

/** A value graph-node could not read as a BlockConstraint, as its error prints it. */
function invalid(arg: unknown): QueryError {
  const toR = (v: unknown): RValue =>
    v === null || v === undefined
      ? null
      : typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toR(x)]))
        : (v as RValue);
  return new QueryError(`Invalid value provided for argument \`block\`: ${debugValue(toR(arg))}`);
}

/**
 * Hashes of blocks the store did not index, looked up on the chain before a query runs
 * (graph-node's `locate_blocks` asks the chain store for every hash of the query at once).
 */
export interface ChainLookup {
  /** hash -> block, or null when the chain does not know it */
  known: Map<string, BlockPtr | null>;
  /** hashes met during a run that still need looking up */
  missing: Set<string>;
}

/** Thrown when a hash needs the chain: the engine looks it up and runs the query again. */
export class ChainLookupNeeded extends QueryError {}

function blockOfHash(
  hash: string,
  head: BlockPtr | null,
  store: ReadableStore,
  chain: ChainLookup | undefined,
): BlockPtr | null {
  if (head && hash === head.hash.toLowerCase()) return head;
  const indexed = store.blockByHash?.(hash);
  if (indexed) return indexed;
  if (!chain || !store.chainBlockByHash) return null;
  const known = chain.known.get(hash);
  if (known !== undefined) return known;
  chain.missing.add(hash);
  throw new ChainLookupNeeded(`block ${hash} is being looked up`);
}

export function locateBlock(
  arg: BlockArg,
  meta: IndexingMeta,
  store: ReadableStore,
  chain?: ChainLookup,
): LocatedBlock {
  const head = meta.block;
  const headNumber = head?.number ?? -1;
  if (!arg) return { ptr: head, byNumber: false };
  // graph-node takes the first key present, in this order, and refuses a null under it
  if (arg.hash !== undefined) {
    if (typeof arg.hash !== "string") throw invalid(arg);
    const hash = (arg.hash.startsWith("0x") ? arg.hash : `0x${arg.hash}`).toLowerCase();
    // graph-node finds the hash in its chain store, whether or not the subgraph processed
    // that block, then checks its number as for `block: { number }`
    // (graphql/src/store/resolver.rs locate_blocks, store/postgres/src/chain_store.rs
    // block_numbers; no check that the block is on the current chain)
    const ptr = blockOfHash(hash, head, store, chain);
    if (!ptr) throw errors.valueParse("block.hash", "no block with that hash found");
    queryable(meta, store, ptr.number);
    return { ptr, byNumber: false };
  }
  if (arg.number !== undefined) {
    if (typeof arg.number !== "number") throw invalid(arg);
    queryable(meta, store, arg.number);
    const ptr = { number: arg.number, hash: "", timestamp: 0, parentHash: "" };
    return { ptr: arg.number === headNumber && head ? head : ptr, byNumber: true };
  }
  if (arg.number_gte !== undefined) {
    if (typeof arg.number_gte !== "number") throw invalid(arg);
    const n = arg.number_gte;
    if (headNumber < n) throw errors.valueParse("block.number_gte", notYet(meta, headNumber, n));
    return { ptr: head, byNumber: false };
  }
  throw invalid(arg);
}

/** graph-node's `has_deterministic_errors` at a block: an error at or below it. */
export function errorsAt(meta: IndexingMeta, located: LocatedBlock): boolean {
  const fatal = meta.fatalError;
  if (!fatal) return meta.hasIndexingErrors;
  return fatal.deterministic && (fatal.block?.number ?? -1) <= (located.ptr?.number ?? -1);
}

/** The `_meta` object for a located block. */
export function metaValue(located: LocatedBlock, meta: IndexingMeta) {
  const ptr = located.ptr;
  if (!ptr) throw new QueryError(`subgraph ${meta.deployment} has not indexed any block yet`);
  const full = !located.byNumber;
  return {
    block: {
      hash: full ? ptr.hash.toLowerCase() : null,
      number: ptr.number,
      timestamp: full ? ptr.timestamp : null,
      parentHash: full ? ptr.parentHash.toLowerCase() : null,
    },
    deployment: meta.deployment,
    hasIndexingErrors: errorsAt(meta, located),
  };
}
