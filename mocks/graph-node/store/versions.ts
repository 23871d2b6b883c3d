// Entity versions with block ranges, as graph-node's relational store keeps them
// (store/postgres/src/relational: every row has a `block_range` [from, to); a change closes
// the current row at the changing block and opens a new one). The current version of each
// entity lives in `rows` (range [changedAt, ∞)); superseded ones in `history`, per type, in
// the order they were closed, so a revert pops them from the end and a query at a recent
// block skips the old ones by binary search.
import type { Entity } from "./types.ts";

export interface Row {
  entity: Entity;
  /** the block this version starts at */
  changedAt: number;
}

/** A superseded version: the entity as it was for blocks from ≤ b < to. */
export interface Version {
  id: string;
  entity: Entity;
  from: number;
  to: number;
}

export type Rows = Map<string, Map<string, Row>>;
export type History = Map<string, Version[]>;

export function closeVersion(history: History, type: string, id: string, prev: Row, to: number) {
  let list = history.get(type);
  if (!list) {
    list = [];
    history.set(type, list);
  }
  list.push({ id, entity: prev.entity, from: prev.changedAt, to });
}

/**
 * graph-node's revert (relational `revert_block`): versions that start after `n` are deleted
 * and versions closed after `n` are open again. Returns the types whose rows changed.
 */
export function revertVersions(rows: Rows, history: History, n: number): Set<string> {
  const touched = new Set<string>();
  for (const [type, byId] of rows) {
    for (const [id, row] of byId) {
      if (row.changedAt > n) {
        byId.delete(id);
        touched.add(type);
      }
    }
  }
  for (const [type, list] of history) {
    while (list.length > 0 && list[list.length - 1]!.to > n) {
      const v = list.pop()!;
      touched.add(type);
      if (v.from > n) continue;
      let byId = rows.get(type);
      if (!byId) {
        byId = new Map();
        rows.set(type, byId);
      }
      byId.set(v.id, { entity: v.entity, changedAt: v.from });
    }
  }
  return touched;
}

/** first index of `list` (ascending `to`) whose version is still open after block b */
function firstOpenAfter(list: Version[], b: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.to <= b) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The versions of one type visible at block b: [id, entity, first block of the version]. */
export function* versionsAt(
  rows: Rows,
  history: History,
  type: string,
  b: number,
): Iterable<[string, Entity, number]> {
  for (const [id, row] of rows.get(type) ?? []) {
    if (row.changedAt <= b) yield [id, row.entity, row.changedAt];
  }
  const list = history.get(type);
  if (!list) return;
  for (let i = firstOpenAfter(list, b); i < list.length; i++) {
    const v = list[i]!;
    if (v.from <= b) yield [v.id, v.entity, v.from];
  }
}

export function countVersions(history: History): number {
  let n = 0;
  for (const list of history.values()) n += list.length;
  return n;
}
