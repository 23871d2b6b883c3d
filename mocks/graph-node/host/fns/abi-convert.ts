// ethereum.Value <-> viem ABI values, guided by ABI parameter types.
import { type AbiParameter, bytesToHex, hexToBytes } from "viem";
import { HostError } from "../asc/heap.ts";
import type { EthValue } from "../types.ts";

type Param = Pick<AbiParameter, "type"> & { components?: readonly AbiParameter[]; name?: string };

const ARRAY_RE = /^(.*)\[(\d*)\]$/;

export function toAbiValue(param: Param, v: EthValue): unknown {
  const array = ARRAY_RE.exec(param.type);
  if (array) {
    if (v.kind !== "Array" && v.kind !== "FixedArray") throw mismatch(param, v);
    const inner = { ...param, type: array[1] as string };
    return v.value.map((item) => toAbiValue(inner, item));
  }
  if (param.type === "tuple") {
    if (v.kind !== "Tuple") throw mismatch(param, v);
    return (param.components ?? []).map((c, i) => toAbiValue(c, v.value[i] as EthValue));
  }
  switch (v.kind) {
    case "Address":
    case "Bytes":
    case "FixedBytes":
      return bytesToHex(v.value);
    case "Int":
    case "Uint":
    case "Bool":
    case "String":
      return v.value;
    default:
      throw mismatch(param, v);
  }
}

function mismatch(param: Param, v: EthValue): HostError {
  return new HostError(`ethereum value of kind ${v.kind} does not match ABI type ${param.type}`);
}

export function fromAbiValue(param: Param, raw: unknown): EthValue {
  const array = ARRAY_RE.exec(param.type);
  if (array) {
    const inner = { ...param, type: array[1] as string };
    const items = (raw as unknown[]).map((item) => fromAbiValue(inner, item));
    return { kind: array[2] === "" ? "Array" : "FixedArray", value: items };
  }
  const t = param.type;
  if (t === "tuple") {
    const components = param.components ?? [];
    const get = (c: AbiParameter, i: number) =>
      Array.isArray(raw) ? raw[i] : (raw as Record<string, unknown>)[c.name ?? i];
    return { kind: "Tuple", value: components.map((c, i) => fromAbiValue(c, get(c, i))) };
  }
  if (t === "address") return { kind: "Address", value: hexToBytes(raw as `0x${string}`) };
  if (t === "bytes") return { kind: "Bytes", value: hexToBytes(raw as `0x${string}`) };
  if (t.startsWith("bytes")) return { kind: "FixedBytes", value: hexToBytes(raw as `0x${string}`) };
  if (t.startsWith("uint")) return { kind: "Uint", value: raw as bigint };
  if (t.startsWith("int")) return { kind: "Int", value: raw as bigint };
  if (t === "bool") return { kind: "Bool", value: raw as boolean };
  if (t === "string") return { kind: "String", value: raw as string };
  throw new HostError(`unsupported ABI type ${t}`);
}

/** the Solidity type a value encodes as, for `ethereum.encode` (no ABI to guide it) */
export function typeOf(v: EthValue): Param {
  switch (v.kind) {
    case "Address":
      return { type: "address" };
    case "FixedBytes":
      return { type: `bytes${v.value.length}` };
    case "Bytes":
      return { type: "bytes" };
    case "Int":
      return { type: "int256" };
    case "Uint":
      return { type: "uint256" };
    case "Bool":
      return { type: "bool" };
    case "String":
      return { type: "string" };
    case "Array":
    case "FixedArray": {
      const first = v.value[0];
      const inner = first ? typeOf(first) : { type: "uint256" };
      const suffix = v.kind === "Array" ? "[]" : `[${v.value.length}]`;
      return { ...inner, type: `${inner.type}${suffix}` };
    }
    case "Tuple":
      return {
        type: "tuple",
        components: v.value.map((item) => typeOf(item) as AbiParameter),
      };
  }
}

/** canonical type text, tuples spelled out: `(uint256,address)[]` */
export function formatType(p: Param): string {
  if (p.type.startsWith("tuple")) {
    const inner = (p.components ?? []).map(formatType).join(",");
    return `(${inner})${p.type.slice("tuple".length)}`;
  }
  return p.type;
}
