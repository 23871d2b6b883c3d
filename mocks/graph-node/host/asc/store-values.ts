// store `Value` enum and entities (TypedMap<string, Value>) across the WASM boundary.
import type { Entity, StoreValue } from "../../store/types.ts";
import * as bd from "../num/big-decimal.ts";
import { type AscHeap, HostError } from "./heap.ts";

/** graph-node `StoreValueKind` discriminants (asc_abi/class.rs) */
export const StoreKind = {
  String: 0,
  Int: 1,
  BigDecimal: 2,
  Bool: 3,
  Array: 4,
  Null: 5,
  Bytes: 6,
  BigInt: 7,
  Int8: 8,
  Timestamp: 9,
} as const;

export function readBigDecimal(heap: AscHeap, ptr: number): bd.BigDec {
  heap.checkPtr(ptr, "BigDecimal");
  const digits = heap.readBigInt(heap.u32At(ptr));
  const exp = heap.readBigInt(heap.u32At(ptr + 4));
  const value = bd.normalize(digits, Number(BigInt.asIntN(64, exp)));
  bd.checkExponent(value);
  return value;
}

export function writeBigDecimal(heap: AscHeap, value: bd.BigDec): number {
  const digits = heap.writeBigInt(value.digits);
  const exp = heap.writeBigInt(BigInt(value.exp));
  return heap.writeStruct([digits, exp], "BigDecimal");
}

export function readStoreValue(heap: AscHeap, ptr: number): StoreValue {
  heap.checkPtr(ptr, "Value");
  const kind = heap.enumKind(ptr);
  switch (kind) {
    case StoreKind.String:
      return { kind: "String", value: heap.readString(heap.enumPayloadPtr(ptr)) };
    case StoreKind.Int:
      return { kind: "Int", value: heap.i32[(ptr >> 2) + 2] as number };
    case StoreKind.Int8:
      return { kind: "Int8", value: heap.enumPayload64(ptr) };
    case StoreKind.Timestamp:
      return { kind: "Timestamp", value: heap.enumPayload64(ptr) };
    case StoreKind.BigDecimal:
      return {
        kind: "BigDecimal",
        value: bd.toDecimalString(readBigDecimal(heap, heap.enumPayloadPtr(ptr))),
      };
    case StoreKind.Bool:
      return { kind: "Bool", value: heap.enumPayload64(ptr) !== 0n };
    case StoreKind.Array:
      return {
        kind: "Array",
        value: heap.readPtrArray(heap.enumPayloadPtr(ptr)).map((p) => readStoreValue(heap, p)),
      };
    case StoreKind.Null:
      return { kind: "Null" };
    case StoreKind.Bytes:
      return { kind: "Bytes", value: heap.readBytes(heap.enumPayloadPtr(ptr)) };
    case StoreKind.BigInt:
      return { kind: "BigInt", value: heap.readBigInt(heap.enumPayloadPtr(ptr)) };
    default:
      throw new HostError(`unknown store value kind ${kind}`);
  }
}

export function writeStoreValue(heap: AscHeap, v: StoreValue): number {
  switch (v.kind) {
    case "String":
      return heap.writeEnum(StoreKind.String, heap.writeString(v.value), "StoreValue");
    case "Int":
      return heap.writeEnum(StoreKind.Int, v.value, "StoreValue");
    case "Int8":
      return heap.writeEnum(StoreKind.Int8, v.value, "StoreValue");
    case "Timestamp":
      return heap.writeEnum(StoreKind.Timestamp, v.value, "StoreValue");
    case "BigDecimal": {
      const parsed = bd.parse(v.value);
      if (!parsed) throw new HostError(`invalid BigDecimal in store: ${v.value}`);
      return heap.writeEnum(StoreKind.BigDecimal, writeBigDecimal(heap, parsed), "StoreValue");
    }
    case "Bool":
      return heap.writeEnum(StoreKind.Bool, v.value ? 1 : 0, "StoreValue");
    case "Array": {
      const items = v.value.map((item) => writeStoreValue(heap, item));
      return heap.writeEnum(
        StoreKind.Array,
        heap.writePtrArray(items, "ArrayStoreValue"),
        "StoreValue",
      );
    }
    case "Null":
      return heap.writeEnum(StoreKind.Null, 0, "StoreValue");
    case "Bytes":
      return heap.writeEnum(StoreKind.Bytes, heap.writeBytes(v.value), "StoreValue");
    case "BigInt":
      return heap.writeEnum(StoreKind.BigInt, heap.writeBigInt(v.value), "StoreValue");
  }
}

/** TypedMap<string, Value>: { entries: Array<TypedMapEntry{ key, value }> } */
export function readEntity(heap: AscHeap, ptr: number): Entity {
  heap.checkPtr(ptr, "entity");
  const entity: Entity = new Map();
  for (const entry of heap.readPtrArray(heap.u32At(ptr))) {
    const key = heap.readString(heap.u32At(entry));
    entity.set(key, readStoreValue(heap, heap.u32At(entry + 4)));
  }
  return entity;
}

/** entries sorted by field name, as graph-node hands entities to mappings */
export function writeEntity(heap: AscHeap, entity: Entity): number {
  const keys = [...entity.keys()].sort();
  const entries = new Array<number>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const k = heap.writeString(key);
    const v = writeStoreValue(heap, entity.get(key) as StoreValue);
    entries[i] = heap.writeStruct([k, v], "TypedMapEntryStringStoreValue");
  }
  const array = heap.writePtrArray(entries, "ArrayTypedMapEntryStringStoreValue");
  return heap.writeStruct([array], "TypedMapStringStoreValue");
}
