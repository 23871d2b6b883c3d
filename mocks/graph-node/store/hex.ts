// Hex text ⇄ bytes without depending on Node: the store code also runs in the browser (the
// static demo loads the recorded store in a Web Worker). Node's Buffer is used when present
// because it is native and the dev server decodes whole snapshots with it.

type NodeBuffer = {
  from(hex: string, encoding: "hex"): Uint8Array;
  from(buffer: ArrayBufferLike, offset: number, length: number): { toString(e: "hex"): string };
};
const NodeBuf = (globalThis as { Buffer?: NodeBuffer }).Buffer;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
// char code → nibble value, -1 for a character that is not hex (a recorded store decodes
// millions of hex digits in the browser, so no parseInt per byte)
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  NIBBLE[i.toString(16).charCodeAt(0)] = i;
  NIBBLE[i.toString(16).toUpperCase().charCodeAt(0)] = i;
}
const nibble = (code: number) => (code < 128 ? NIBBLE[code]! : -1);

/** hexOfBytes where there is no Buffer. */
export function portableHexOfBytes(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += HEX[b];
  return hex;
}

/** bytesOfHex where there is no Buffer; as Buffer does, it stops at the first non-hex pair. */
export function portableBytesOfHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const hi = nibble(hex.charCodeAt(2 * i));
    const lo = nibble(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return out.slice(0, i);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

/** Lowercase hex of the bytes, without a 0x prefix. */
export function hexOfBytes(bytes: Uint8Array): string {
  if (!NodeBuf) return portableHexOfBytes(bytes);
  return NodeBuf.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

/** The bytes of hex text without a 0x prefix. */
export function bytesOfHex(hex: string): Uint8Array {
  return NodeBuf ? Uint8Array.from(NodeBuf.from(hex, "hex")) : portableBytesOfHex(hex);
}
