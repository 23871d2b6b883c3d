// Maps viem-decoded ABI values to graph-ts `ethereum.Value` kinds, following
// graph-node's ethabi token mapping (address/bool/string/bytes/bytesN/int/uint/arrays/tuples).
import type { AbiParameter } from "viem";
import type { EthValue } from "../host/types.ts";
import { hexToBytes } from "./hex.ts";

const ARRAY_SUFFIX = /^(.*)\[(\d*)\]$/;

export function toEthValue(param: AbiParameter, value: unknown): EthValue {
  const type = param.type;
  const array = ARRAY_SUFFIX.exec(type);
  if (array) {
    const inner = { ...param, type: array[1]! } as AbiParameter;
    const items = (value as unknown[]).map((v) => toEthValue(inner, v));
    return { kind: array[2] === "" ? "Array" : "FixedArray", value: items };
  }
  if (type === "tuple") {
    const components = (param as { components?: readonly AbiParameter[] }).components ?? [];
    // viem returns an object for fully named tuples and an array otherwise
    const get = (c: AbiParameter, i: number) =>
      Array.isArray(value) ? value[i] : (value as Record<string, unknown>)[c.name ?? ""];
    return { kind: "Tuple", value: components.map((c, i) => toEthValue(c, get(c, i))) };
  }
  if (type === "address") return { kind: "Address", value: hexToBytes(value as string) };
  if (type === "bool") return { kind: "Bool", value: value as boolean };
  if (type === "string") return { kind: "String", value: value as string };
  if (type === "bytes") return { kind: "Bytes", value: hexToBytes(value as string) };
  if (type.startsWith("bytes")) return { kind: "FixedBytes", value: hexToBytes(value as string) };
  if (type.startsWith("uint")) return { kind: "Uint", value: BigInt(value as bigint | number) };
  if (type.startsWith("int")) return { kind: "Int", value: BigInt(value as bigint | number) };
  throw new Error(`unsupported ABI type ${type}`);
}

/** Types Solidity stores in a topic as keccak256 of their encoding rather than the value. */
export function isHashedWhenIndexed(type: string): boolean {
  return type === "string" || type === "bytes" || type.startsWith("tuple") || type.endsWith("]");
}

/** Canonical type for signatures: tuples spelled out as `(t1,t2)`, with any array suffix. */
export function canonicalType(param: AbiParameter): string {
  if (!param.type.startsWith("tuple")) return param.type;
  const components = (param as { components?: readonly AbiParameter[] }).components ?? [];
  return `(${components.map(canonicalType).join(",")})${param.type.slice(5)}`;
}
