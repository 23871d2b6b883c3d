// Hex <-> bytes conversions on the hot path (every log, block and transaction goes
// through here), so they use Buffer's native hex codec instead of per-byte loops.

const EMPTY = new Uint8Array(0);

/** 0x-hex to a fresh Uint8Array (not a pooled Buffer, so `.buffer` is safe for the host to keep). */
export function hexToBytes(hex: string | null | undefined): Uint8Array {
  if (!hex || hex.length <= 2) return EMPTY.slice();
  let body = hex.charCodeAt(1) === 120 /* x */ ? hex.slice(2) : hex;
  if (body.length % 2 === 1) body = `0${body}`;
  const out = new Uint8Array(body.length / 2);
  // decode straight into the result: no pooled intermediate, no second copy
  Buffer.from(out.buffer, 0, out.length).write(body, "hex");
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex")}`;
}

/** JSON-RPC quantity (0x-hex) to bigint; absent fields become 0n like graph-node's defaults. */
export function quantity(hex: string | null | undefined): bigint {
  return hex ? BigInt(hex) : 0n;
}

export function quantityOrNull(hex: string | null | undefined): bigint | null {
  return hex ? BigInt(hex) : null;
}

export function toQuantity(n: number | bigint): string {
  return `0x${n.toString(16)}`;
}
