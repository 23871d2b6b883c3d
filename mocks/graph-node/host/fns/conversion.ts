// typeConversion.*, crypto.keccak256 and json.* host functions.
import bs58 from "bs58";
import { bytesToHex, keccak256 } from "viem";
import { HostError } from "../asc/heap.ts";
import { parseJson, writeJson } from "../asc/json-values.ts";
import type { HostEnv } from "../host-env.ts";
import { bigintToHex } from "../num/big-int-bytes.ts";
import { parseBigInt } from "./numbers.ts";

const utf8Lossy = new TextDecoder("utf-8");
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const MAX_JSON_SIZE = 10_000_000;
const I64_RE = /^[+-]?[0-9]+$/;
const U64_RE = /^\+?[0-9]+$/;
const F64_RE =
  /^[+-]?(?:inf|infinity|nan|[0-9]+\.?[0-9]*(?:e[+-]?[0-9]+)?|\.[0-9]+(?:e[+-]?[0-9]+)?)$/i;

function parseJsonBytes(bytes: Uint8Array) {
  if (bytes.length > MAX_JSON_SIZE) {
    throw new HostError(`JSON size exceeds max size of ${MAX_JSON_SIZE}`);
  }
  let text: string;
  try {
    text = utf8Strict.decode(bytes);
  } catch {
    throw new HostError("invalid UTF-8 in JSON bytes");
  }
  return parseJson(text);
}

export function conversionFns(env: HostEnv): Record<string, (...args: number[]) => unknown> {
  const h = () => env.heap;
  return {
    "typeConversion.bytesToString": (p) => {
      // lossy UTF-8 then trailing NULs trimmed (fixed-size buffers are NUL-padded)
      const s = utf8Lossy.decode(h().readBytes(p)).replace(/\0+$/, "");
      return h().writeString(s);
    },
    "typeConversion.bytesToHex": (p) => h().writeString(bytesToHex(h().readBytes(p))),
    "typeConversion.bigIntToString": (p) => h().writeString(h().readBigInt(p).toString()),
    "typeConversion.bigIntToHex": (p) => h().writeString(bigintToHex(h().readBigInt(p))),
    "typeConversion.stringToH160": (p) => {
      const s = h().readString(p);
      const hex = s.startsWith("0x") ? s.slice(2) : s;
      if (!/^[0-9a-fA-F]{40}$/.test(hex)) {
        throw new HostError(`Failed to convert string to Address: '${s}'`);
      }
      return h().writeBytes(Uint8Array.from(Buffer.from(hex, "hex")));
    },
    "typeConversion.bytesToBase58": (p) => h().writeString(bs58.encode(h().readBytes(p))),
    "crypto.keccak256": (p) => h().writeBytes(keccak256(h().readBytes(p), "bytes")),
    "json.fromBytes": (p) => {
      const bytes = h().readBytes(p);
      let value: ReturnType<typeof parseJson>;
      try {
        value = parseJsonBytes(bytes);
      } catch (e) {
        throw new HostError(
          `Failed to parse JSON from byte array. Bytes (truncated to 1024 chars): \`[${[...bytes.subarray(0, 1024)].join(", ")}]\`: ${(e as Error).message}`,
        );
      }
      return writeJson(h(), value);
    },
    "json.try_fromBytes": (p) => {
      let value: ReturnType<typeof parseJson> | undefined;
      try {
        value = parseJsonBytes(h().readBytes(p));
      } catch {
        value = undefined;
      }
      if (value === undefined) {
        const error = h().writeWrappedBool(true);
        return h().writeStruct([0, error], "ResultJsonValueBool");
      }
      const inner = writeJson(h(), value);
      const wrapped = h().writeStruct([inner], "WrappedJsonValue");
      return h().writeStruct([wrapped, 0], "ResultJsonValueBool");
    },
    "json.toI64": (p) => {
      const s = h().readString(p);
      const v = I64_RE.test(s) ? BigInt(s) : undefined;
      if (v === undefined || v !== BigInt.asIntN(64, v)) {
        throw new HostError(`JSON \`${s}\` cannot be parsed as i64`);
      }
      return v;
    },
    "json.toU64": (p) => {
      const s = h().readString(p);
      const v = U64_RE.test(s) ? BigInt(s) : undefined;
      if (v === undefined || v !== BigInt.asUintN(64, v)) {
        throw new HostError(`JSON \`${s}\` cannot be parsed as u64`);
      }
      return BigInt.asIntN(64, v); // the i64 the WASM signature carries
    },
    "json.toF64": (p) => {
      const s = h().readString(p);
      if (!F64_RE.test(s)) throw new HostError(`JSON \`${s}\` cannot be parsed as f64`);
      const lower = s.toLowerCase().replace(/^\+/, "");
      if (lower.endsWith("inf") || lower.endsWith("infinity")) {
        return lower.startsWith("-") ? -Infinity : Infinity;
      }
      return lower.endsWith("nan") ? Number.NaN : Number(s);
    },
    "json.toBigInt": (p) => {
      const s = h().readString(p);
      const v = parseBigInt(s);
      if (v === undefined) throw new HostError(`JSON \`${s}\` is not a decimal string`);
      return h().writeBigInt(v);
    },
  };
}
