// Typed access to an AssemblyScript (0.19, stub runtime) heap: the 20-byte object header
// sits before each pointer (rtId at ptr-8, rtSize at ptr-4); objects are allocated through
// the module's own `__new(size, classId)` with class ids from its `id_of_type`, never
// hard-coded. Views are re-derived whenever the memory grows (growth detaches buffers).
import { bigintToSignedLe, signedLeToBigint } from "../num/big-int-bytes.ts";
import { TypeId, type TypeIdName } from "./type-ids.ts";

export interface AscExports {
  memory: WebAssembly.Memory;
  __new: (size: number, id: number) => number;
  id_of_type: (index: number) => number;
}

export class HostError extends Error {
  override name = "HostError";
}

const MAX_CHUNK = 8192;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class AscHeap {
  u8!: Uint8Array;
  u16!: Uint16Array;
  i32!: Int32Array;
  dv!: DataView;
  private buffer: ArrayBuffer | undefined;
  readonly classId: Record<TypeIdName, number>;

  constructor(
    readonly exports: AscExports,
    classIds?: Record<TypeIdName, number>,
  ) {
    this.classId = classIds ?? resolveClassIds(exports);
    this.sync();
  }

  /** re-derive views if the memory grew (cheap identity check) */
  sync(): void {
    const buffer = this.exports.memory.buffer as ArrayBuffer;
    if (buffer === this.buffer) return;
    this.buffer = buffer;
    this.u8 = new Uint8Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.dv = new DataView(buffer);
  }

  alloc(size: number, type: TypeIdName): number {
    const ptr = this.exports.__new(size, this.classId[type]);
    this.sync();
    return ptr;
  }

  rtSize(ptr: number): number {
    return (this.i32[(ptr - 4) >> 2] as number) >>> 0;
  }

  u32At(ptr: number): number {
    return (this.i32[ptr >> 2] as number) >>> 0;
  }

  setU32(ptr: number, value: number): void {
    this.i32[ptr >> 2] = value;
  }

  checkPtr(ptr: number, what: string): void {
    if (ptr === 0) {
      throw new HostError(
        `Tried to read AssemblyScript value that is 'null' (${what}). Suggestion: look into the function that the error happened and add 'log' calls till you find where a 'null' value is being used as non-nullable.`,
      );
    }
  }

  // ---- strings ----

  /** exact UTF-16 contents, lone surrogates included */
  readStringRaw(ptr: number): string {
    this.checkPtr(ptr, "string");
    const len = this.rtSize(ptr) >>> 1;
    const start = ptr >>> 1;
    if (len <= MAX_CHUNK) {
      return String.fromCharCode.apply(null, this.u16.subarray(start, start + len) as never);
    }
    let out = "";
    for (let i = 0; i < len; i += MAX_CHUNK) {
      const end = Math.min(len, i + MAX_CHUNK);
      out += String.fromCharCode.apply(null, this.u16.subarray(start + i, start + end) as never);
    }
    return out;
  }

  /** graph-node's `String::from_utf16` + NUL stripping: what every host function sees */
  readString(ptr: number): string {
    const s = this.readStringRaw(ptr);
    if (LONE_SURROGATE.test(s)) throw new HostError("invalid utf-16: lone surrogate found");
    return s.includes("\0") ? s.replaceAll("\0", "") : s;
  }

  readNullableString(ptr: number): string | null {
    return ptr === 0 ? null : this.readString(ptr);
  }

  writeString(s: string): number {
    const len = s.length;
    const ptr = this.alloc(len << 1, "String");
    const u16 = this.u16;
    const base = ptr >>> 1;
    for (let i = 0; i < len; i++) u16[base + i] = s.charCodeAt(i);
    return ptr;
  }

  // ---- bytes (Uint8Array and its graph-ts subclasses: Bytes, ByteArray, BigInt, Address) ----

  /** a copy of a typed array's contents: [buffer, dataStart, byteLength] */
  readBytes(ptr: number): Uint8Array {
    this.checkPtr(ptr, "bytes");
    const i = ptr >> 2;
    const start = (this.i32[i + 1] as number) >>> 0;
    const length = (this.i32[i + 2] as number) >>> 0;
    return this.u8.slice(start, start + length);
  }

  writeBytes(bytes: Uint8Array, type: TypeIdName = "Uint8Array"): number {
    const buffer = this.alloc(bytes.length, "ArrayBuffer");
    this.u8.set(bytes, buffer);
    const view = this.alloc(12, type);
    const i = view >> 2;
    this.i32[i] = buffer;
    this.i32[i + 1] = buffer;
    this.i32[i + 2] = bytes.length;
    return view;
  }

  readBigInt(ptr: number): bigint {
    this.checkPtr(ptr, "BigInt");
    const i = ptr >> 2;
    const start = (this.i32[i + 1] as number) >>> 0;
    const length = (this.i32[i + 2] as number) >>> 0;
    return signedLeToBigint(this.u8.subarray(start, start + length));
  }

  writeBigInt(value: bigint): number {
    return this.writeBytes(bigintToSignedLe(value));
  }

  // ---- arrays: [buffer, dataStart, byteLength, length] ----

  /** element pointers (or any 32-bit elements) of an Array<T> */
  readPtrArray(ptr: number): number[] {
    this.checkPtr(ptr, "array");
    const i = ptr >> 2;
    const start = (this.i32[i + 1] as number) >>> 0;
    const length = this.i32[i + 3] as number;
    const out = new Array<number>(length);
    const base = start >> 2;
    for (let k = 0; k < length; k++) out[k] = (this.i32[base + k] as number) >>> 0;
    return out;
  }

  writePtrArray(ptrs: ArrayLike<number>, type: TypeIdName): number {
    const n = ptrs.length;
    const buffer = this.alloc(n << 2, "ArrayBuffer");
    const base = buffer >> 2;
    for (let k = 0; k < n; k++) this.i32[base + k] = ptrs[k] as number;
    const arr = this.alloc(16, type);
    const i = arr >> 2;
    this.i32[i] = buffer;
    this.i32[i + 1] = buffer;
    this.i32[i + 2] = n << 2;
    this.i32[i + 3] = n;
    return arr;
  }

  readStringArray(ptr: number): string[] {
    return this.readPtrArray(ptr).map((p) => this.readString(p));
  }

  writeStringArray(items: string[]): number {
    return this.writePtrArray(
      items.map((s) => this.writeString(s)),
      "ArrayString",
    );
  }

  /** a plain object whose fields are all 32-bit (pointers) */
  writeStruct(fields: ArrayLike<number>, type: TypeIdName): number {
    const ptr = this.alloc(fields.length << 2, type);
    const base = ptr >> 2;
    for (let k = 0; k < fields.length; k++) this.i32[base + k] = fields[k] as number;
    return ptr;
  }

  /** graph-ts enums (store Value, ethereum.Value, JSONValue): kind i32, pad, payload u64 */
  writeEnum(kind: number, payload: bigint | number, type: TypeIdName): number {
    const ptr = this.alloc(16, type);
    this.i32[ptr >> 2] = kind;
    this.i32[(ptr >> 2) + 1] = 0;
    if (typeof payload === "number") {
      this.i32[(ptr >> 2) + 2] = payload;
      this.i32[(ptr >> 2) + 3] = payload < 0 ? -1 : 0;
    } else {
      this.dv.setBigUint64(ptr + 8, BigInt.asUintN(64, payload), true);
    }
    return ptr;
  }

  enumKind(ptr: number): number {
    return this.i32[ptr >> 2] as number;
  }

  enumPayloadPtr(ptr: number): number {
    return (this.i32[(ptr >> 2) + 2] as number) >>> 0;
  }

  enumPayload64(ptr: number): bigint {
    return this.dv.getBigInt64(ptr + 8, true);
  }

  writeWrappedBool(value: boolean): number {
    const ptr = this.alloc(1, "WrappedBool");
    this.u8[ptr] = value ? 1 : 0;
    return ptr;
  }
}

export function resolveClassIds(exports: AscExports): Record<TypeIdName, number> {
  const out = {} as Record<TypeIdName, number>;
  for (const [name, index] of Object.entries(TypeId)) {
    out[name as TypeIdName] = exports.id_of_type(index);
  }
  return out;
}
