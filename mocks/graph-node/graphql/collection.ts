// Runs one collection field (`proposals(...)`, `account.votes(...)`): range checks, filter,
// order, pagination. Root collections walk a cached sorted order and stop once `skip + first`
// rows matched, so `first: 20` over 100k rows touches few rows for selective orders; small
// candidate sets (index hits, nested lists) are filtered then sorted directly.
import { errors } from "./errors.ts";
import { compileWhere } from "./filter.ts";
import type { TypeInfo } from "./model.ts";
import { buildOrder } from "./order.ts";
import { seekEnd, seekStart } from "./range-seek.ts";
import { cmpTypes, type MapKey, mapKey, type Row, type Snapshot } from "./snapshot.ts";
import { cmpKey } from "./values.ts";

export interface Limits {
  maxFirst: number;
  maxSkip: number;
}

export interface CollectionArgs {
  first?: unknown;
  skip?: unknown;
  orderBy?: unknown;
  orderDirection?: unknown;
  where?: unknown;
}

export function checkRange(args: CollectionArgs, limits: Limits): { first: number; skip: number } {
  const first = typeof args.first === "number" ? args.first : 100;
  if (!(first > 0 && first <= limits.maxFirst)) throw errors.range("first", limits.maxFirst, first);
  const skip = typeof args.skip === "number" ? args.skip : 0;
  if (!(skip >= 0 && skip <= limits.maxSkip)) throw errors.range("skip", limits.maxSkip, skip);
  return { first, skip };
}

/**
 * Candidate rows from an index when the filter pins a column, if there are at most `limit`
 * of them (a large index hit, say `state: Active` on half the table, is cheaper as an
 * ordered walk). Counted before anything is copied: on a month of history an asset's flows
 * are tens of thousands of rows the walk does not need gathered.
 */
function fromHint(
  snap: Snapshot,
  ti: TypeInfo,
  hint: ReturnType<typeof compileWhere>["hint"],
  limit: number,
): Row[] | undefined {
  if (!hint) return undefined;
  // the hint is a plain (non-list) column, so a row holds one value: distinct keys never
  // return the same row twice
  const keys = new Set<MapKey>();
  for (const k of hint.keys) {
    const mk = mapKey(k);
    if (mk !== null) keys.add(mk);
  }
  const lists: Row[][] = [];
  let total = 0;
  for (const mk of keys) {
    for (const t of ti.concrete) {
      const rows =
        hint.field.name === "id"
          ? [snap.row(t, String(mk))].filter((r): r is Row => !!r)
          : snap.lookup(t, hint.field.name, hint.field.col, mk);
      if (rows.length === 0) continue;
      total += rows.length;
      if (total > limit) return undefined;
      lists.push(rows);
    }
  }
  return lists.length === 1 ? lists[0] : lists.flat();
}

export function runCollection(
  snap: Snapshot,
  ti: TypeInfo,
  args: CollectionArgs,
  limits: Limits,
  candidates?: Row[],
): Row[] {
  const { first, skip } = checkRange(args, limits);
  const order = buildOrder(snap, ti, args.orderBy, args.orderDirection);
  const filter = compileWhere(snap, ti, args.where);
  const want = skip + first;
  const pool = candidates ?? fromHint(snap, ti, filter.hint, Math.max(5000, want * 4));
  if (pool) {
    const keyed = [];
    for (const r of pool) if (filter.pred(r)) keyed.push({ r, k: order.keyOf(r) });
    const dir = order.desc ? -1 : 1;
    keyed.sort(
      (a, b) => dir * (cmpKey(a.k, b.k) || cmpKey(a.r.idKey, b.r.idKey) || cmpTypes(a.r, b.r)),
    );
    return keyed.slice(skip, want).map((x) => x.r);
  }
  const sorted = snap.sortedRows(ti.concrete, order.name, order.keyOf);
  const out: Row[] = [];
  let matched = 0;
  const step = order.desc ? -1 : 1;
  const start = seekStart(sorted, order, args.where) ?? (order.desc ? sorted.length - 1 : 0);
  // ascending: stop before `end`; descending: stop below it
  const end = seekEnd(sorted, order, args.where) ?? (order.desc ? 0 : sorted.length);
  for (let i = start; order.desc ? i >= end : i < end; i += step) {
    const r = sorted[i]!;
    if (!filter.pred(r)) continue;
    if (matched++ >= skip) out.push(r);
    if (out.length >= first) break;
  }
  return out;
}
