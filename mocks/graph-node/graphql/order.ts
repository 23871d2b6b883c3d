// `orderBy` / `orderDirection` as graph-node's build_order: a scalar field, or a child field
// `parent__child` one level deep; ties are always broken by id in the same direction.
import { errors } from "./errors.ts";
import type { TypeInfo } from "./model.ts";
import { mapKey, type Row, type Snapshot } from "./snapshot.ts";
import { type ColumnType, type Key, refId, storeKey } from "./values.ts";

export interface Order {
  /** cache name of the sort key; "id" for graph-node's default order */
  name: string;
  desc: boolean;
  keyOf: (row: Row) => Key;
  /** the column type of a plain scalar field order (not id, not a child field) */
  col?: ColumnType;
}

const ORDERABLE = new Set([
  "ID",
  "String",
  "Bytes",
  "BigInt",
  "BigDecimal",
  "Int",
  "Int8",
  "Timestamp",
  "Boolean",
]);

export function buildOrder(
  snap: Snapshot,
  ti: TypeInfo,
  orderBy: unknown,
  direction: unknown,
): Order {
  const desc = direction === "desc";
  // no orderBy means graph-node's default `order by id`, whatever orderDirection says
  if (typeof orderBy !== "string") return { name: "id", desc: false, keyOf: (r) => r.idKey };
  const [parent, child] = orderBy.split("__");
  const field = ti.fields.get(parent!);
  if (!field) throw errors.entityField(ti.name, parent!);
  if (child === undefined) {
    // graph-node only sorts by columns whose GraphQL type is a built-in scalar
    if (field.list || !ORDERABLE.has(field.model.typeName))
      throw errors.orderByNotSupported(ti.name, parent!);
    if (parent === "id") return { name: "id", desc, keyOf: (r) => r.idKey };
    const col = field.col;
    return { name: parent!, desc, col, keyOf: (r) => storeKey(r.e.get(parent!), col) };
  }
  const target = field.target ? snap.model.types.get(field.target) : undefined;
  if (!target) throw errors.entityField(ti.name, parent!);
  const cf = target.fields.get(child);
  if (!cf) throw errors.entityField(target.name, child);
  if (cf.list || !ORDERABLE.has(cf.model.typeName))
    throw errors.orderByNotSupported(target.name, child);
  const childKey = (c: Row): Key => (child === "id" ? c.idKey : storeKey(c.e.get(child), cf.col));
  const model = snap.model;
  return {
    name: orderBy,
    desc,
    keyOf: (r) => {
      const f = model.types.get(r.type)?.fields.get(parent!) ?? field;
      if (f.derivedFrom) {
        const via = target.fields.get(f.derivedFrom)!;
        const k = mapKey(r.idKey);
        for (const t of target.concrete) {
          const c = k === null ? undefined : snap.lookup(t, via.name, via.col, k)[0];
          if (c) return childKey(c);
        }
        return null;
      }
      const id = refId(r.e.get(parent!));
      if (id === null) return null;
      for (const t of target.concrete) {
        const c = snap.row(t, target.idCol === "Bytes" ? id.toLowerCase() : id);
        if (c) return childKey(c);
      }
      return null;
    },
  };
}
