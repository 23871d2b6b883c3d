// `block:` arguments and `_meta`, following graph-node's StoreResolver::locate_blocks and
// lookup_meta. The local store only holds the head state, so any block other than the head is
// answered like a pruned deployment whose earliest block is the head.
import type { BlockPtr, IndexingMeta } from "../store/types.ts";
import { errors, QueryError } from "./errors.ts";

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

export function locateBlock(arg: BlockArg, meta: IndexingMeta): LocatedBlock {
  const head = meta.block;
  const headNumber = head?.number ?? -1;
  if (!arg) return { ptr: head, byNumber: false };
  if (arg.hash !== undefined && arg.hash !== null) {
    if (!head || String(arg.hash).toLowerCase() !== head.hash.toLowerCase()) {
      throw errors.valueParse("block.hash", "no block with that hash found");
    }
    return { ptr: head, byNumber: false };
  }
  if (typeof arg.number === "number") {
    const n = arg.number;
    if (n > headNumber) throw errors.valueParse("block.number", notYet(meta, headNumber, n));
    if (n < headNumber) {
      throw errors.valueParse(
        "block.number",
        `subgraph ${meta.deployment} only has data starting at block number ${headNumber} and data for block number ${n} is therefore not available`,
      );
    }
    return { ptr: head, byNumber: true };
  }
  if (typeof arg.number_gte === "number") {
    const n = arg.number_gte;
    if (headNumber < n) throw errors.valueParse("block.number_gte", notYet(meta, headNumber, n));
    return { ptr: head, byNumber: false };
  }
  throw new QueryError("invalid `BlockConstraint`");
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
    hasIndexingErrors: meta.hasIndexingErrors,
  };
}
