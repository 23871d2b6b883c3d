// BigInt <-> graph-ts BigInt bytes: signed little-endian two's complement, minimal length,
// zero as a single 0 byte (num-bigint's `to_signed_bytes_le`, which graph-node uses).

export function bigintToSignedLe(value: bigint): Uint8Array {
  if (value >= 0n && value < 128n) return Uint8Array.of(Number(value));
  if (value < 0n && value >= -128n) return Uint8Array.of(Number(value) & 0xff);
  const negative = value < 0n;
  // two's complement of a negative number = bitwise not of (|v| - 1)
  let magnitude = negative ? -value - 1n : value;
  const out: number[] = [];
  while (magnitude > 0n) {
    const byte = Number(magnitude & 0xffn);
    out.push(negative ? ~byte & 0xff : byte);
    magnitude >>= 8n;
  }
  const top = out[out.length - 1] ?? 0;
  if (!negative && top & 0x80) out.push(0);
  if (negative && (out.length === 0 || !(top & 0x80))) out.push(0xff);
  return Uint8Array.from(out);
}

export function signedLeToBigint(bytes: Uint8Array): bigint {
  const n = bytes.length;
  if (n === 0) return 0n;
  if (n <= 6) {
    // fast path: fits a double exactly
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + (bytes[i] as number);
    if ((bytes[n - 1] as number) & 0x80) v -= 2 ** (8 * n);
    return BigInt(v);
  }
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i] as number);
  if ((bytes[n - 1] as number) & 0x80) v -= 1n << BigInt(8 * n);
  return v;
}

/** unsigned big-endian bytes -> hex without leading zeros, "0x0" for zero (graph-node bigIntToHex) */
export function bigintToHex(value: bigint): string {
  const abs = value < 0n ? -value : value;
  return `0x${abs.toString(16)}`;
}
