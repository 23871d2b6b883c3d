// One filter operator on one column, as the SQL graph-node generates for it would evaluate.
import { errors } from "./errors.ts";
import { likeMatcher } from "./like.ts";
import type { FieldInfo } from "./model.ts";
import type { Row } from "./snapshot.ts";
import { cmpKey, type Key, keyEq, storeKey, storeListKeys } from "./values.ts";

export type Op =
  | "eq"
  | "not"
  | "gt"
  | "lt"
  | "gte"
  | "lte"
  | "in"
  | "not_in"
  | "contains"
  | "contains_nocase"
  | "not_contains"
  | "not_contains_nocase"
  | "starts_with"
  | "starts_with_nocase"
  | "not_starts_with"
  | "not_starts_with_nocase"
  | "ends_with"
  | "ends_with_nocase"
  | "not_ends_with"
  | "not_ends_with_nocase"
  | "child"
  | "and"
  | "or";

// graph-node's `parse_field_as_filter` checks suffixes in exactly this order
const SUFFIXES: Op[] = [
  "not",
  "gt",
  "lt",
  "gte",
  "lte",
  "not_in",
  "in",
  "not_contains",
  "not_contains_nocase",
  "contains",
  "contains_nocase",
  "not_starts_with",
  "not_starts_with_nocase",
  "not_ends_with",
  "not_ends_with_nocase",
  "starts_with",
  "starts_with_nocase",
  "ends_with",
  "ends_with_nocase",
];

export function parseFilterKey(key: string): [string, Op] {
  for (const op of SUFFIXES) {
    const suffix = `_${op}`;
    if (key.endsWith(suffix)) {
      // Rust's trim_end_matches strips the suffix repeatedly
      let name = key;
      while (name.endsWith(suffix)) name = name.slice(0, -suffix.length);
      return [name, op];
    }
  }
  if (key.endsWith("_")) return [key.replace(/_+$/, ""), "child"];
  if (key === "and" || key === "or") return [key, key];
  return [key, "eq"];
}

type Test = (row: Row) => boolean;

const LIKE_OPS: Partial<
  Record<Op, [prefix: string, suffix: string, negate: boolean, nocase: boolean]>
> = {
  starts_with: ["", "%", false, false],
  starts_with_nocase: ["", "%", false, true],
  not_starts_with: ["", "%", true, false],
  not_starts_with_nocase: ["", "%", true, true],
  ends_with: ["%", "", false, false],
  ends_with_nocase: ["%", "", false, true],
  not_ends_with: ["%", "", true, false],
  not_ends_with_nocase: ["%", "", true, true],
};

/** A test on a single-valued column; `input` is already converted to the column's key type. */
export function columnTest(field: FieldInfo, op: Op, input: Key | Key[]): Test {
  const col = field.col;
  const get = (r: Row) => storeKey(r.e.get(field.name), col);
  const v = input as Key;
  switch (op) {
    case "eq":
      return v === null ? (r) => get(r) === null : (r) => keyEq(get(r), v);
    case "not":
      return v === null
        ? (r) => get(r) !== null
        : (r) => {
            const a = get(r);
            return a !== null && !keyEq(a, v);
          };
    case "gt":
    case "lt":
    case "gte":
    case "lte": {
      if (v === null) throw errors.unsupportedFilter(op, "null");
      const ok = {
        gt: (c: number) => c > 0,
        lt: (c: number) => c < 0,
        gte: (c: number) => c >= 0,
        lte: (c: number) => c <= 0,
      }[op];
      return (r) => {
        const a = get(r);
        return a !== null && ok(cmpKey(a, v));
      };
    }
    case "in":
    case "not_in": {
      const vs = input as Key[];
      // `x in ()` is not valid SQL; graph-node emits `false` for both `_in` and `_not_in`
      if (vs.length === 0) return () => false;
      const set = new Set(
        vs.map((k) => (typeof k === "object" && k !== null ? `${k.m}e${k.e}` : k)),
      );
      const has = (a: Key) => set.has(typeof a === "object" && a !== null ? `${a.m}e${a.e}` : a);
      return op === "in"
        ? (r) => {
            const a = get(r);
            return a !== null && has(a);
          }
        : (r) => {
            const a = get(r);
            return a !== null && !has(a);
          };
    }
    case "contains":
    case "not_contains":
    case "contains_nocase":
    case "not_contains_nocase": {
      const nocase = op.endsWith("_nocase");
      const negate = op.startsWith("not_");
      if (v === null) throw errors.unsupportedFilter(negate ? "not_contains" : "contains", "null");
      if (nocase && col !== "String") throw errors.unsupportedFilter(op, String(v));
      if (col === "Bytes") {
        // bytea `position(v in col)`: a byte-aligned substring of the hex text
        const needle = (v as string).slice(2);
        const found = (a: string) => {
          for (let i = a.indexOf(needle, 2); i >= 0; i = a.indexOf(needle, i + 1))
            if (i % 2 === 0) return true;
          return false;
        };
        return (r) => {
          const a = get(r);
          return a !== null && found(a as string) !== negate;
        };
      }
      if (typeof v !== "string") throw errors.unsupportedFilter(op, String(v));
      const pattern = v.startsWith("%") || v.endsWith("%") ? v : `%${v}%`;
      const m = likeMatcher(pattern, nocase);
      return (r) => {
        const a = get(r);
        return a !== null && m(String(a)) !== negate;
      };
    }
    default: {
      const spec = LIKE_OPS[op];
      if (!spec) throw errors.invalidFilter();
      const [pre, suf, negate, nocase] = spec;
      if (typeof v !== "string") throw errors.unsupportedFilter(op, String(v));
      const m = likeMatcher(`${pre}${v}${suf}`, nocase);
      return (r) => {
        const a = get(r);
        return a !== null && m(String(a)) !== negate;
      };
    }
  }
}

/** A test on a list column (`[T]`): array equality and Postgres array operators. */
export function listTest(field: FieldInfo, op: Op, input: Key | Key[]): Test {
  const get = (r: Row) => storeListKeys(r.e.get(field.name), field.col);
  const vs = input as Key[] | null;
  const eqArr = (a: Key[], b: Key[]) => a.length === b.length && a.every((x, i) => keyEq(x, b[i]!));
  const has = (a: Key[], x: Key) => a.some((y) => keyEq(y, x));
  switch (op) {
    case "eq":
      return vs === null
        ? (r) => get(r) === null
        : (r) => {
            const a = get(r);
            return a !== null && eqArr(a, vs);
          };
    case "not":
      return vs === null
        ? (r) => get(r) !== null
        : (r) => {
            const a = get(r);
            return a !== null && !eqArr(a, vs);
          };
    case "contains": {
      // col @> vs; a NULL pattern is refused like graph-node's `contains` on NULL
      if (vs === null) throw errors.unsupportedFilter("contains", "null");
      return (r) => {
        const a = get(r);
        return a !== null && vs.every((x) => has(a, x));
      };
    }
    case "not_contains": {
      // not (col && vs)
      if (vs === null) throw errors.unsupportedFilter("not_contains", "null");
      return (r) => {
        const a = get(r);
        return a !== null && !vs.some((x) => has(a, x));
      };
    }
    case "contains_nocase":
    case "not_contains_nocase": {
      // `exists (select 1 from unnest(col) elem where elem ilike any(vs))`; unnest(NULL) is
      // empty, so a NULL list satisfies the negated form
      const ms = (vs ?? []).map((x) => likeMatcher(String(x), true));
      const negate = op === "not_contains_nocase";
      return (r) => {
        const a = get(r) ?? [];
        const hit = a.some((el) => el !== null && ms.some((m) => m(String(el))));
        return hit !== negate;
      };
    }
    default:
      throw errors.unsupportedFilter(op, JSON.stringify(vs));
  }
}
