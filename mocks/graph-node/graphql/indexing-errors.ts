// graph-node's indexing-error pass over a query's result (StoreResolver::post_process):
// which top-level fields an `indexing_error` hides, group by group of block constraints.
import type { RootField } from "./resolvers.ts";

// graph-node keeps these when `subgraphError: deny` hides data because of indexing errors
const KEPT_ON_DENY = new Set(["_meta", "_logs", "__schema", "__type"]);
const DEBUGGING = new Set(["_meta", "_logs"]);

/**
 * graph-node's StoreResolver::post_process, run per group of consecutive top-level fields
 * with the same block constraint (Query::block_constraint): a group served at a block with
 * a deterministic error gets an `indexing_error`, unless it holds only `_meta`/`_logs`, and
 * under `subgraphError: deny` (for any field of the group) loses all but the debugging and
 * introspection fields. Keys are response keys, as graph-node compares them.
 */
export function indexingErrors(
  data: Record<string, unknown>,
  roots: Map<string, RootField>,
  errorsAtHead: boolean,
): { data: Record<string, unknown> | null; errors: number } {
  const groups: { constraint: string; deny: boolean; errors: boolean; keys: string[] }[] = [];
  for (const key of Object.keys(data)) {
    const f = roots.get(key) ?? { constraint: "latest", deny: true, errors: errorsAtHead };
    const last = groups.at(-1);
    if (last?.constraint === f.constraint) {
      last.deny ||= f.deny;
      last.keys.push(key);
    } else groups.push({ ...f, keys: [key] });
  }
  let errors = 0;
  const kept: [string, unknown][] = [];
  for (const g of groups) {
    if (!g.errors || g.keys.every((k) => DEBUGGING.has(k))) {
      for (const k of g.keys) kept.push([k, data[k]]);
      continue;
    }
    errors++;
    for (const k of g.keys) if (!g.deny || KEPT_ON_DENY.has(k)) kept.push([k, data[k]]);
  }
  return { data: kept.length > 0 ? Object.fromEntries(kept) : null, errors };
}
