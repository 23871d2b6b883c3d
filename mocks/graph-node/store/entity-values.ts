// Helpers over StoreValue/Entity shared by the store, its validation and snapshots.
import type { EntityModel } from "../schema/types.ts";
import { bytesOfHex, hexOfBytes } from "./hex.ts";
import type { Entity, StoreValue } from "./types.ts";

export function valueEquals(a: StoreValue, b: StoreValue): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "Null":
      return true;
    case "Bytes": {
      const bv = (b as { value: Uint8Array }).value;
      return a.value.length === bv.length && a.value.every((x, i) => x === bv[i]);
    }
    case "Array": {
      const bv = (b as { value: StoreValue[] }).value;
      return (
        a.value.length === bv.length && a.value.every((x, i) => valueEquals(x, bv[i] as StoreValue))
      );
    }
    default:
      return a.value === (b as { value: unknown }).value;
  }
}

export function entityEquals(a: Entity, b: Entity): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const other = b.get(k);
    if (!other || !valueEquals(v, other)) return false;
  }
  return true;
}

export function bytesToHex(bytes: Uint8Array): string {
  return `0x${hexOfBytes(bytes)}`;
}

/** graph-node's Value Display, used in error messages */
export function displayValue(v: StoreValue): string {
  switch (v.kind) {
    case "Null":
      return "null";
    case "Bytes":
      return bytesToHex(v.value);
    case "Array":
      return `[${v.value.map(displayValue).join(", ")}]`;
    default:
      return String(v.value);
  }
}

/** graph-node's Value::type_name */
export function kindName(v: StoreValue): string {
  return v.kind === "Bool" ? "Boolean" : v.kind === "Array" ? "List" : v.kind;
}

/** The text form an id value has as a store key (see EntityKey in types.ts). */
export function idText(v: StoreValue): string | undefined {
  if (v.kind === "String") return v.value;
  if (v.kind === "Bytes") return bytesToHex(v.value);
  if (v.kind === "Int8") return v.value.toString();
  return undefined;
}

export class StoreError extends Error {
  override name = "StoreError";
}

/**
 * A write the store refuses when it applies a block (graph-node's StoreError when
 * transacting), classified as graph-node's `StoreError::is_deterministic` does: `Input`
 * errors recur on every run over the same chain, `InternalError`s are retried.
 */
export class TransactError extends StoreError {
  override name = "TransactError";
  constructor(
    message: string,
    readonly deterministic: boolean,
  ) {
    super(deterministic ? message : `internal error: ${message}`);
  }
}

/** Parses the id a mapping passed to store.* into the canonical key text and the id value. */
export function parseId(model: EntityModel, id: string): { key: string; value: StoreValue } {
  if (model.idType === "String") return { key: id, value: { kind: "String", value: id } };
  if (model.idType === "Bytes") {
    const hex = id.startsWith("0x") ? id.slice(2) : id;
    if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
      throw new StoreError(
        `Invalid id \`${id}\` for entity type \`${model.name}\`: not a hex string`,
      );
    }
    const value = bytesOfHex(hex);
    return { key: `0x${hex.toLowerCase()}`, value: { kind: "Bytes", value } };
  }
  if (!/^[+-]?[0-9]+$/.test(id) || BigInt(id) !== BigInt.asIntN(64, BigInt(id))) {
    throw new StoreError(`Invalid id \`${id}\` for entity type \`${model.name}\`: not an Int8`);
  }
  const value = BigInt(id);
  return { key: value.toString(), value: { kind: "Int8", value } };
}

/** `set` semantics: fields of `update` replace those of `base`; Null removes a field. */
export function mergeEntity(base: Entity | undefined, update: Entity): Entity {
  const out: Entity = new Map(base);
  for (const [k, v] of update) {
    if (v.kind === "Null") out.delete(k);
    else out.set(k, v);
  }
  return out;
}
