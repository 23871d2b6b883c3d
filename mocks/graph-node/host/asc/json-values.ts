// JSON for `json.fromBytes`: graph-node uses serde_json with `arbitrary_precision` (numbers
// keep their source text, handed to the mapping as a string) and without `preserve_order`
// (object keys come out sorted). JSON.parse would lose number text, hence a small parser.
import { type AscHeap, HostError } from "./heap.ts";

export type JsonValue =
  | { kind: "Null" }
  | { kind: "Bool"; value: boolean }
  | { kind: "Number"; value: string }
  | { kind: "String"; value: string }
  | { kind: "Array"; value: JsonValue[] }
  | { kind: "Object"; value: Map<string, JsonValue> };

const JsonKind = { Null: 0, Bool: 1, Number: 2, String: 3, Array: 4, Object: 5 } as const;
const NUMBER_RE = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const MAX_DEPTH = 128;

export function parseJson(text: string): JsonValue {
  let pos = 0;
  const fail = (what: string): never => {
    throw new HostError(`${what} at position ${pos}`);
  };
  const ws = () => {
    while (pos < text.length && " \t\n\r".includes(text[pos] as string)) pos++;
  };
  const str = (): string => {
    pos++; // opening quote
    let out = "";
    for (;;) {
      const c = text.charCodeAt(pos);
      if (Number.isNaN(c)) fail("EOF while parsing a string");
      if (c === 0x22) {
        pos++;
        return out;
      }
      if (c < 0x20) fail("control character (\\u0000-\\u001F) found while parsing a string");
      if (c !== 0x5c) {
        out += text[pos++];
        continue;
      }
      const e = text[pos + 1];
      pos += 2;
      const simple: Record<string, string> = {
        '"': '"',
        "\\": "\\",
        "/": "/",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "\t",
      };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === "u") {
        const hex = text.slice(pos, pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid escape");
        pos += 4;
        const unit = Number.parseInt(hex, 16);
        if (unit >= 0xd800 && unit < 0xdc00) {
          const low = text.slice(pos, pos + 6);
          const lowUnit = /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(low)
            ? Number.parseInt(low.slice(2), 16)
            : fail("lone leading surrogate in hex escape");
          pos += 6;
          out += String.fromCharCode(unit, lowUnit);
        } else if (unit >= 0xdc00 && unit < 0xe000) fail("lone trailing surrogate in hex escape");
        else out += String.fromCharCode(unit);
      } else fail("invalid escape");
    }
  };
  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail("recursion limit exceeded");
    ws();
    const c = text[pos];
    if (c === "{") {
      pos++;
      const map = new Map<string, JsonValue>();
      ws();
      if (text[pos] === "}") {
        pos++;
        return { kind: "Object", value: map };
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail("key must be a string");
        const key = str();
        ws();
        if (text[pos++] !== ":") fail("expected `:`");
        map.set(key, value(depth + 1));
        ws();
        const sep = text[pos++];
        if (sep === "}") return { kind: "Object", value: sortKeys(map) };
        if (sep !== ",") fail("expected `,` or `}`");
      }
    }
    if (c === "[") {
      pos++;
      const items: JsonValue[] = [];
      ws();
      if (text[pos] === "]") {
        pos++;
        return { kind: "Array", value: items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        const sep = text[pos++];
        if (sep === "]") return { kind: "Array", value: items };
        if (sep !== ",") fail("expected `,` or `]`");
      }
    }
    if (c === '"') return { kind: "String", value: str() };
    for (const [word, v] of [
      ["true", { kind: "Bool", value: true }],
      ["false", { kind: "Bool", value: false }],
      ["null", { kind: "Null" }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    NUMBER_RE.lastIndex = pos;
    const m = NUMBER_RE.exec(text);
    if (!m) return fail("expected value");
    pos += m[0].length;
    return { kind: "Number", value: m[0] };
  };
  const result = value(0);
  ws();
  if (pos !== text.length) fail("trailing characters");
  return result;
}

function sortKeys(map: Map<string, JsonValue>): Map<string, JsonValue> {
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function writeJson(heap: AscHeap, v: JsonValue): number {
  switch (v.kind) {
    case "Null":
      return heap.writeEnum(JsonKind.Null, 0, "JsonValue");
    case "Bool":
      return heap.writeEnum(JsonKind.Bool, v.value ? 1 : 0, "JsonValue");
    case "Number":
    case "String":
      return heap.writeEnum(JsonKind[v.kind], heap.writeString(v.value), "JsonValue");
    case "Array": {
      const items = v.value.map((item) => writeJson(heap, item));
      return heap.writeEnum(
        JsonKind.Array,
        heap.writePtrArray(items, "ArrayJsonValue"),
        "JsonValue",
      );
    }
    case "Object": {
      const entries: number[] = [];
      for (const [key, item] of v.value) {
        const k = heap.writeString(key);
        const val = writeJson(heap, item);
        entries.push(heap.writeStruct([k, val], "TypedMapEntryStringJsonValue"));
      }
      const array = heap.writePtrArray(entries, "ArrayTypedMapEntryStringJsonValue");
      const map = heap.writeStruct([array], "TypedMapStringJsonValue");
      return heap.writeEnum(JsonKind.Object, map, "JsonValue");
    }
  }
}
