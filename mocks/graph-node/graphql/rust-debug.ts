// Error texts of graph-node that print a GraphQL value with Rust's `{:?}` (the derived Debug
// of graphql-parser's `Value`, e.g. `Object({"state_in": Enum("ACTIVE")})`), reproduced so
// clients matching on messages see the same text locally.

/** An enum literal, kept apart from strings: Debug prints `Enum("X")` vs `String("X")`. */
export class EnumValue {
  constructor(readonly name: string) {}
}
/** An Int literal (JSON numbers from variables are told apart by their value). */
export class IntValue {
  constructor(readonly value: number) {}
}
export class FloatValue {
  constructor(readonly value: number) {}
}

/** A GraphQL input value after variable interpolation (graph-node's `r::Value`). */
export type RValue =
  | null
  | boolean
  | string
  | number
  | EnumValue
  | IntValue
  | FloatValue
  | RValue[]
  | { [key: string]: RValue };

/** Rust's `{:?}` of a str: quoted, with Rust's escapes. */
export function debugStr(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\0") out += "\\0";
    else if (c < 0x20 || c === 0x7f) out += `\\u{${c.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Rust's `{:?}` of an f64: always shows a fraction part. */
const debugFloat = (f: number) => (Number.isInteger(f) ? `${f}.0` : String(f));

// graph-node converts `r::Value::Int` to graphql-parser's i32-based Number with `as i32`
const asI32 = (n: number) => n | 0;

/** graphql-parser's derived Debug of the `q::Value` that graph-node converts `value` into. */
export function debugValue(value: RValue): string {
  if (value === null) return "Null";
  if (typeof value === "boolean") return `Boolean(${value})`;
  if (typeof value === "string") return `String(${debugStr(value)})`;
  if (typeof value === "number") {
    return Number.isInteger(value) ? `Int(Number(${asI32(value)}))` : `Float(${debugFloat(value)})`;
  }
  if (value instanceof EnumValue) return `Enum(${debugStr(value.name)})`;
  if (value instanceof IntValue) return `Int(Number(${asI32(value.value)}))`;
  if (value instanceof FloatValue) return `Float(${debugFloat(value.value)})`;
  if (Array.isArray(value)) return `List([${value.map(debugValue).join(", ")}])`;
  // a BTreeMap: keys in byte order
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `Object({${keys.map((k) => `${debugStr(k)}: ${debugValue(value[k]!)}`).join(", ")}})`;
}
