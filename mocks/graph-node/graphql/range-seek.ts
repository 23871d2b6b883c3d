// Where a filter bounds the very field a collection is ordered by (the dashboard's
// `window_gte` + `orderBy: window`), the ordered walk can start at the bound found by binary
// search instead of scanning every row before it. The filter still runs on every row
// walked, so results are exactly those of the full walk.
import type { Order } from "./order.ts";
import type { Row } from "./snapshot.ts";
import { cmpKey, inputKey, type Key } from "./values.ts";

/** First index whose row satisfies `ok`, given `ok` is false then true along the array. */
function firstTrue(rows: Row[], ok: (k: Key) => boolean, keyOf: (r: Row) => Key): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(keyOf(rows[mid]!))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bound(
  where: Record<string, unknown>,
  order: Order,
  suffixes: string[],
): { k: Key; strict: boolean } | null {
  for (const suffix of suffixes) {
    const value = where[`${order.name}${suffix}`];
    if (value === undefined || value === null || !order.col) continue;
    try {
      return { k: inputKey(value, order.col), strict: suffix === "_gt" || suffix === "_lt" };
    } catch {
      return null; // a malformed bound: the filter reports it
    }
  }
  return null;
}

/**
 * The index to start an ascending walk from, or to start a descending walk at (inclusive),
 * over `sorted` (ascending by the order key, nulls last).
 */
export function seekStart(sorted: Row[], order: Order, where: unknown): number | null {
  if (!order.col || !where || typeof where !== "object") return null;
  const w = where as Record<string, unknown>;
  if (!order.desc) {
    const b = bound(w, order, ["_gte", "_gt"]);
    if (!b || b.k === null) return null;
    // nulls sort last and never pass a bound, so "null or ≥ bound" is monotone
    return firstTrue(
      sorted,
      (k) => k === null || cmpKey(k, b.k) > (b.strict ? 0 : -1),
      order.keyOf,
    );
  }
  const b = bound(w, order, ["_lte", "_lt"]);
  if (!b || b.k === null) return null;
  const past = firstTrue(
    sorted,
    (k) => k === null || cmpKey(k, b.k) > (b.strict ? -1 : 0),
    order.keyOf,
  );
  return past - 1;
}

/**
 * Where the walk can stop: past the bound on the far side of the walk (`_lte`/`_lt` going
 * up, `_gte`/`_gt` going down) no row can pass the filter, so the rest of the history is
 * not visited. Ascending: the first index not to visit; descending: the last index to
 * visit. Null when the filter sets no such bound.
 */
export function seekEnd(sorted: Row[], order: Order, where: unknown): number | null {
  if (!order.col || !where || typeof where !== "object") return null;
  const w = where as Record<string, unknown>;
  if (!order.desc) {
    const b = bound(w, order, ["_lte", "_lt"]);
    if (!b || b.k === null) return null;
    // nulls sort last and never pass a bound, so "null or past the bound" is monotone
    return firstTrue(
      sorted,
      (k) => k === null || cmpKey(k, b.k) > (b.strict ? -1 : 0),
      order.keyOf,
    );
  }
  const b = bound(w, order, ["_gte", "_gt"]);
  if (!b || b.k === null) return null;
  return firstTrue(sorted, (k) => k === null || cmpKey(k, b.k) > (b.strict ? 0 : -1), order.keyOf);
}
