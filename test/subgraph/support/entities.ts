// Reads entities back as plain values: BigInt → bigint, Int → number, Bytes → lowercase
// 0x hex, BigDecimal → its text, Null → null, so tests compare with toEqual/toMatchObject.
import type { Entity, ReadableStore, StoreValue } from "../../../mocks/graph-node/store/types.ts";

export type Plain = Record<string, unknown>;

export function plainValue(v: StoreValue): unknown {
  switch (v.kind) {
    case "Null":
      return null;
    case "Bytes":
      return `0x${Buffer.from(v.value).toString("hex")}`;
    case "Array":
      return v.value.map(plainValue);
    default:
      return v.value;
  }
}

export function plain(entity: Entity): Plain {
  return Object.fromEntries([...entity].map(([k, v]) => [k, plainValue(v)]));
}

export function entity(store: ReadableStore, type: string, id: string): Plain | undefined {
  const e = store.get(type, id);
  return e ? plain(e) : undefined;
}

/** The entity, or a failure naming what is missing. */
export function must(store: ReadableStore, type: string, id: string): Plain {
  const e = entity(store, type, id);
  if (!e) throw new Error(`no ${type} ${id}`);
  return e;
}

export function all(store: ReadableStore, type: string): Plain[] {
  return [...store.all(type)].map(plain);
}

export const sum = (values: Iterable<unknown>) => {
  let total = 0n;
  for (const v of values) total += v as bigint;
  return total;
};
