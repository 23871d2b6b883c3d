// Tagged JSON for store values: JSON has no bigint or bytes, and kinds must survive a
// round trip (an Int8 must not come back as an Int). Each value is [tag, payload].
import { StoreError } from "./entity-values.ts";
import { bytesOfHex, hexOfBytes } from "./hex.ts";
import type { Entity, StoreValue } from "./types.ts";

export type TaggedValue = [string, unknown?];

export function encodeValue(v: StoreValue): TaggedValue {
  switch (v.kind) {
    case "Null":
      return ["Null"];
    case "Int8":
    case "Timestamp":
    case "BigInt":
      return [v.kind, v.value.toString()];
    case "Bytes":
      return ["Bytes", hexOfBytes(v.value)];
    case "Array":
      return ["Array", v.value.map(encodeValue)];
    default:
      return [v.kind, v.value];
  }
}

export function decodeValue(t: TaggedValue): StoreValue {
  const [kind, p] = t;
  switch (kind) {
    case "Null":
      return { kind: "Null" };
    case "Int8":
    case "Timestamp":
    case "BigInt":
      return { kind, value: BigInt(p as string) };
    case "Bytes":
      return { kind, value: bytesOfHex(p as string) };
    case "Array":
      return { kind, value: (p as TaggedValue[]).map(decodeValue) };
    case "String":
    case "BigDecimal":
      return { kind, value: p as string };
    case "Int":
      return { kind, value: p as number };
    case "Bool":
      return { kind, value: p as boolean };
    default:
      throw new StoreError(`unknown tagged value kind ${kind}`);
  }
}

export function encodeEntity(e: Entity): Record<string, TaggedValue> {
  const out: Record<string, TaggedValue> = {};
  for (const [k, v] of e) out[k] = encodeValue(v);
  return out;
}

export function decodeEntity(o: Record<string, TaggedValue>): Entity {
  const e: Entity = new Map();
  for (const [k, v] of Object.entries(o)) e.set(k, decodeValue(v));
  return e;
}
