// Store values as graph-node's Postgres layer compares them. Every value is reduced to a
// sortable "key" once (per store version for indexes), so filters and sorts never re-parse.
//
// Ordering per column type:
// - String/ID/enums: graph-node requires a database with the `C` collation, so text sorts by
//   UTF-8 bytes, i.e. by Unicode code point (not JS's UTF-16 code unit order);
// - Bytes: bytea order (bytewise, a prefix sorts first) == order of lowercase hex text;
// - BigInt, Int8, Timestamp: numeric (bigint); Int: numeric; BigDecimal: numeric value;
// - Boolean: false < true; NULL sorts after every value (Postgres default: NULLS LAST for
//   asc and NULLS FIRST for desc).
import type { StoreValue } from "../store/types.ts";
import { errors } from "./errors.ts";

export type ColumnType =
  | "String"
  | "Bytes"
  | "BigInt"
  | "BigDecimal"
  | "Int"
  | "Int8"
  | "Timestamp"
  | "Boolean";

/** A decimal as mantissa × 10^exp with no trailing zeros in the mantissa (canonical). */
export interface Dec {
  m: bigint;
  e: number;
}
export type Key = string | number | bigint | Dec | null;

const DEC_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function parseDec(text: string): Dec | undefined {
  const m = DEC_RE.exec(text.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const frac = m[3] ?? "";
  let mant = BigInt(`${m[1] === "-" ? "-" : ""}${m[2] || "0"}${frac}`);
  let e = Number(m[4] ?? 0) - frac.length;
  if (mant === 0n) return { m: 0n, e: 0 };
  while (mant % 10n === 0n) {
    mant /= 10n;
    e++;
  }
  return { m: mant, e };
}

function cmpDec(a: Dec, b: Dec): number {
  if (a.e === b.e) return a.m < b.m ? -1 : a.m > b.m ? 1 : 0;
  const sa = a.m < 0n ? -1 : a.m > 0n ? 1 : 0;
  const sb = b.m < 0n ? -1 : b.m > 0n ? 1 : 0;
  if (sa !== sb) return sa < sb ? -1 : 1;
  const [x, y] =
    a.e > b.e ? [a.m * 10n ** BigInt(a.e - b.e), b.m] : [a.m, b.m * 10n ** BigInt(b.e - a.e)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Code point order: UTF-16 units from U+E000 up must sort below surrogates. */
export function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

/** Total order on keys of one column type; null is greatest (NULLS LAST ascending). */
export function cmpKey(a: Key, b: Key): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "string") return cmpStr(a, b as string);
  if (typeof a === "object") return cmpDec(a, b as Dec);
  return a < (b as number) ? -1 : a > (b as number) ? 1 : 0;
}

export function keyEq(a: Key, b: Key): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "object") return cmpDec(a, b as Dec) === 0;
  return a === b;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
// Stored Bytes are immutable once written, so their hex text is computed once per array
const hexCache = new WeakMap<Uint8Array, string>();
export function toHex(bytes: Uint8Array): string {
  let hex = hexCache.get(bytes);
  if (hex === undefined) {
    // no Buffer: the engine also runs in the browser behind MSW for the static demo
    hex = "0x";
    for (const b of bytes) hex += HEX[b];
    hexCache.set(bytes, hex);
  }
  return hex;
}

/** The sortable key of a stored value in a column of type `col`. */
export function storeKey(v: StoreValue | undefined, col: ColumnType): Key {
  if (!v) return null;
  switch (v.kind) {
    case "Null":
      return null;
    case "String":
      // a Bytes reference stored as hex text still compares as bytes
      return col === "Bytes" ? v.value.toLowerCase() : v.value;
    case "Bytes":
      return toHex(v.value);
    case "Int":
      return col === "Int" ? v.value : BigInt(v.value);
    case "Int8":
    case "BigInt":
    case "Timestamp":
      return col === "Int" ? Number(v.value) : v.value;
    case "BigDecimal":
      return parseDec(v.value) ?? null;
    case "Bool":
      return v.value ? 1 : 0;
    case "Array":
      return null; // lists are never compared as a whole through keys
  }
}

/** Keys of a list value's elements (for `_contains` and list references). */
export function storeListKeys(v: StoreValue | undefined, col: ColumnType): Key[] | null {
  if (v?.kind !== "Array") return null;
  return v.value.map((x) => storeKey(x, col));
}

/** Decode 0x-hex the way graph-node's `Bytes::from_str` (hex crate) does, with its errors. */
export function parseHexInput(s: string): string {
  let t = s;
  while (t.startsWith("0x")) t = t.slice(2);
  for (let i = 0; i < t.length; i++) {
    if (!/[0-9a-fA-F]/.test(t[i]!)) {
      throw errors.valueParse("Bytes", `Invalid character '${t[i]}' at position ${i}`);
    }
  }
  if (t.length % 2 === 1) throw errors.valueParse("Bytes", "Odd number of digits");
  return `0x${t.toLowerCase()}`;
}

/** A filter input (already coerced by GraphQL) as a key of column type `col`. */
export function inputKey(v: unknown, col: ColumnType): Key {
  if (v === null || v === undefined) return null;
  switch (col) {
    case "String":
      return String(v);
    case "Bytes":
      return parseHexInput(String(v));
    case "Boolean":
      return v ? 1 : 0;
    case "Int":
      return typeof v === "number" ? v : Number(v);
    case "Int8":
    case "Timestamp":
    case "BigInt": {
      const s = String(v).trim();
      if (!/^[+-]?\d+$/.test(s)) {
        const detail =
          col === "BigInt"
            ? s === ""
              ? "cannot parse integer from empty string"
              : "invalid digit found in string"
            : s;
        throw errors.valueParse(col, detail);
      }
      return BigInt(s);
    }
    case "BigDecimal": {
      const d = parseDec(String(v));
      if (!d) throw errors.valueParse("BigDecimal", "invalid digit found in string");
      return d;
    }
  }
}

/** Wire form of a stored value, as graph-node serialises it (big numbers as strings). */
export function toWire(v: StoreValue | undefined): unknown {
  if (!v) return null;
  switch (v.kind) {
    case "Null":
      return null;
    case "String":
    case "Int":
    case "Bool":
      return v.value;
    case "Int8":
    case "BigInt":
    case "Timestamp":
      return v.value.toString();
    case "BigDecimal":
      return v.value;
    case "Bytes":
      return toHex(v.value);
    case "Array": {
      // A stored value never changes (a change saves a new version of the entity): a list's
      // wire form, most of a heatmap's answer, is kept on it (a WeakMap's ephemerons cost the
      // garbage collector more than it saved) and shared by the answers, which are only
      // serialised.
      const list = v as typeof v & { wire?: unknown[] };
      list.wire ??= v.value.map(toWire);
      return list.wire;
    }
  }
}

/** Text of a reference value (an id), whatever kind the mapping stored it as. */
export function refId(v: StoreValue | undefined): string | null {
  if (!v) return null;
  switch (v.kind) {
    case "String":
      return v.value;
    case "Bytes":
      return toHex(v.value);
    case "Int8":
    case "BigInt":
    case "Int":
      return v.value.toString();
    default:
      return null;
  }
}
