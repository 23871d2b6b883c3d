// Compiles a `where:` object into a row predicate with graph-node's semantics: the shape
// checks of graphql/src/store/query.rs (including its quirks, see `and`/`or` below) and the
// SQL meaning of each operator from store/postgres/src/relational_queries.rs, NULLs included
// (a comparison with a NULL column is false, so `_not: x` skips NULLs).
import { errors } from "./errors.ts";
import { columnTest, listTest, type Op, parseFilterKey } from "./filter-ops.ts";
import type { FieldInfo, TypeInfo } from "./model.ts";
import { mapKey, type Row, type Snapshot } from "./snapshot.ts";
import { inputKey, type Key, refId } from "./values.ts";

export type Pred = (row: Row) => boolean;

export interface Compiled {
  pred: Pred;
  /** top-level `field: v` / `field_in: [..]` on a plain column: rows can come from an index */
  hint?: { field: FieldInfo; keys: Key[] };
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const all =
  (ps: Pred[]): Pred =>
  (r) => {
    for (const p of ps) if (!p(r)) return false;
    return true;
  };
const any =
  (ps: Pred[]): Pred =>
  (r) => {
    for (const p of ps) if (p(r)) return true;
    return false;
  };

export function compileWhere(
  snap: Snapshot,
  ti: TypeInfo,
  where: unknown,
  inChild = false,
): Compiled {
  if (where === null || where === undefined) return { pred: () => true };
  if (!isObj(where)) throw errors.invalidFilter();
  return compileObject(snap, ti, where, inChild);
}

function compileObject(
  snap: Snapshot,
  ti: TypeInfo,
  obj: Record<string, unknown>,
  inChild: boolean,
): Compiled {
  const keys = Object.keys(obj);
  if ("or" in obj) {
    const cols = keys.filter((k) => k !== "or" && k !== "and" && k !== "_change_block").sort();
    if (cols.length > 0) throw errors.orMixed(cols.map((k) => `'${k}'`));
  }
  const preds: Pred[] = [];
  let hint: Compiled["hint"];
  for (const key of keys) {
    const value = obj[key];
    if (key === "_change_block") {
      const n = isObj(value) ? value.number_gte : undefined;
      if (typeof n !== "number") throw errors.invalidFilter();
      preds.push((r) => (snap.changedAt(r) ?? -1) >= n);
      continue;
    }
    const [name, op] = parseFilterKey(key);
    if (op === "and" || op === "or") {
      // graph-node builds the list from *every* value of this object, not just this key's
      const lists = Object.values(obj).map((v) => {
        if (!Array.isArray(v)) throw errors.invalidFilter();
        return v.map((item) => {
          if (!isObj(item)) throw errors.invalidFilter();
          return compileObject(snap, ti, item, inChild).pred;
        });
      });
      preds.push(op === "and" ? all(lists.flat()) : any(lists.flat()));
      continue;
    }
    const field = ti.fields.get(name);
    if (op === "child") {
      if (!isObj(value)) {
        if (!field) throw errors.entityField(ti.name, name);
        throw errors.attributeType(JSON.stringify(value), typeText(field));
      }
      if (inChild) throw errors.childNesting(name, `${key}: ${JSON.stringify(value)}`);
      preds.push(childPred(snap, ti, name, value));
      continue;
    }
    if (!field) throw errors.entityField(ti.name, name);
    const input = convertInput(field, op, value);
    preds.push(field.list ? listTest(field, op, input) : columnTest(field, op, input));
    if (!field.list && !field.derivedFrom && (op === "eq" || op === "in") && !hint) {
      const ks = op === "eq" ? [input as Key] : (input as Key[]);
      if (ks.every((k) => k !== null)) hint = { field, keys: ks };
    }
  }
  return { pred: preds.length === 1 ? preds[0]! : all(preds), ...(hint ? { hint } : {}) };
}

function typeText(f: FieldInfo): string {
  const m = f.model;
  const base = m.list ? `[${m.typeName}${m.itemNonNull ? "!" : ""}]` : m.typeName;
  return m.nonNull ? `${base}!` : base;
}

/** Input value(s) as keys of the field's column type (graph-node `Value::from_query_value`). */
function convertInput(field: FieldInfo, op: Op, value: unknown): Key | Key[] {
  // graph-node refuses case-insensitive matching on non-text columns before decoding the value
  if (!field.list && op.endsWith("_nocase") && op.includes("contains") && field.col !== "String") {
    throw errors.unsupportedFilter(op, String(value));
  }
  const listInput = op === "in" || op === "not_in" || field.list;
  if (!listInput) return inputKey(value, field.col);
  // graph-node's list_values accepts only a list for `_in`/`_not_in`, null included
  if (value === null && op !== "in" && op !== "not_in") return null as unknown as Key[];
  if (!Array.isArray(value)) throw errors.listFilter(op === "not_in" ? "_not_in" : "_in");
  return value.map((v) => inputKey(v, field.col));
}

/** `field_: {...}`: some referenced (or, for @derivedFrom, referencing) row matches. */
function childPred(
  snap: Snapshot,
  ti: TypeInfo,
  name: string,
  where: Record<string, unknown>,
): Pred {
  const model = snap.model;
  const declared = ti.fields.get(name);
  if (!declared?.target) throw errors.invalidFilter();
  const child = model.types.get(declared.target)!;
  const inner = compileObject(snap, child, where, true).pred;
  // interfaces may implement the field differently per type, so resolve it per row type
  const perType = new Map<string, Pred>();
  const forType = (type: string): Pred => {
    let p = perType.get(type);
    if (p) return p;
    const f = model.types.get(type)?.fields.get(name) ?? declared;
    if (f.derivedFrom) {
      const via = child.fields.get(f.derivedFrom)!;
      p = (r) => {
        const k = mapKey(r.idKey);
        if (k === null) return false;
        for (const t of child.concrete) {
          for (const c of snap.lookup(t, via.name, via.col, k)) if (inner(c)) return true;
        }
        return false;
      };
    } else {
      // many parents share a child (transfers of one account): decide each child once
      const memo = new Map<string, boolean>();
      const match = (id: string | null) => {
        if (id === null) return false;
        const norm = child.idCol === "Bytes" ? id.toLowerCase() : id;
        let hit = memo.get(norm);
        if (hit === undefined) {
          hit = false;
          for (const t of child.concrete) {
            const c = snap.row(t, norm);
            if (c && inner(c)) {
              hit = true;
              break;
            }
          }
          memo.set(norm, hit);
        }
        return hit;
      };
      p = (r) => {
        const v = r.e.get(f.name);
        if (v?.kind === "Array") return v.value.some((x) => match(refId(x)));
        return match(refId(v));
      };
    }
    perType.set(type, p);
    return p;
  };
  return (r) => forType(r.type)(r);
}
