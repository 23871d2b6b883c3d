// Every block the store committed, in order, packed into typed arrays: a month of history
// is hundreds of thousands of blocks (the subgraph has an every-block handler), too many for
// one object each. It answers what graph-node's chain store answers for queries: the block
// at or below a number (the head after a revert) and a block by hash (`block: { hash }`).
import type { BlockPtr } from "./types.ts";

const hexOf = (bytes: Uint8Array, at: number) => {
  let s = "0x";
  for (let i = at; i < at + 32; i++) s += bytes[i]!.toString(16).padStart(2, "0");
  return s;
};

function writeHex(bytes: Uint8Array, at: number, hex: string): void {
  for (let i = 0; i < 32; i++) bytes[at + i] = Number.parseInt(hex.slice(2 + 2 * i, 4 + 2 * i), 16);
}

export class BlockLog {
  #numbers = new Int32Array(1024);
  #times = new Float64Array(1024);
  #hashes = new Uint8Array(1024 * 32);
  #parents = new Uint8Array(1024 * 32);
  #length = 0;
  /** recent hash lookups: clients paging at one block ask for the same hash repeatedly */
  #found = new Map<string, number>();

  get length(): number {
    return this.#length;
  }

  push(ptr: BlockPtr): void {
    const last = this.#length > 0 ? this.#numbers[this.#length - 1]! : -1;
    if (ptr.number <= last) throw new Error(`block ${ptr.number} is not after block ${last}`);
    if (this.#length === this.#numbers.length) this.#grow();
    const i = this.#length++;
    this.#numbers[i] = ptr.number;
    this.#times[i] = ptr.timestamp;
    writeHex(this.#hashes, i * 32, ptr.hash);
    writeHex(this.#parents, i * 32, ptr.parentHash);
  }

  at(i: number): BlockPtr {
    return {
      number: this.#numbers[i]!,
      hash: hexOf(this.#hashes, i * 32),
      timestamp: this.#times[i]!,
      parentHash: hexOf(this.#parents, i * 32),
    };
  }

  last(): BlockPtr | null {
    return this.#length > 0 ? this.at(this.#length - 1) : null;
  }

  first(): BlockPtr | null {
    return this.#length > 0 ? this.at(0) : null;
  }

  /** the last committed block numbered n or lower */
  atOrBelow(n: number): BlockPtr | null {
    let lo = 0;
    let hi = this.#length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#numbers[mid]! <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.at(lo - 1) : null;
  }

  byHash(hash: string): BlockPtr | null {
    const want = hash.toLowerCase();
    const hit = this.#found.get(want);
    if (hit !== undefined && hit < this.#length && hexOf(this.#hashes, hit * 32) === want) {
      return this.at(hit);
    }
    if (!/^0x[0-9a-f]{64}$/.test(want)) return null;
    const bytes = new Uint8Array(32);
    writeHex(bytes, 0, want);
    // newest first: queries pin recent blocks far more often than old ones
    outer: for (let i = this.#length - 1; i >= 0; i--) {
      const at = i * 32;
      for (let j = 0; j < 32; j++) if (this.#hashes[at + j] !== bytes[j]) continue outer;
      if (this.#found.size > 64) this.#found.clear();
      this.#found.set(want, i);
      return this.at(i);
    }
    return null;
  }

  /** forgets every block above n */
  truncate(n: number): void {
    while (this.#length > 0 && this.#numbers[this.#length - 1]! > n) this.#length--;
    this.#found.clear();
  }

  /** packed lines for a snapshot: numbers, times and hashes of up to 4096 blocks each */
  *toJSONLines(): Iterable<unknown> {
    for (let start = 0; start < this.#length; start += 4096) {
      const end = Math.min(this.#length, start + 4096);
      const numbers = Array.from(this.#numbers.subarray(start, end));
      const times = Array.from(this.#times.subarray(start, end));
      const hex = (bytes: Uint8Array) =>
        Buffer.from(bytes.buffer, bytes.byteOffset + start * 32, (end - start) * 32).toString(
          "hex",
        );
      yield { numbers, times, hashes: hex(this.#hashes), parents: hex(this.#parents) };
    }
  }

  pushJSONLine(line: { numbers: number[]; times: number[]; hashes: string; parents: string }) {
    line.numbers.forEach((number, i) => {
      this.push({
        number,
        timestamp: line.times[i]!,
        hash: `0x${line.hashes.slice(i * 64, i * 64 + 64)}`,
        parentHash: `0x${line.parents.slice(i * 64, i * 64 + 64)}`,
      });
    });
  }

  #grow(): void {
    const n = this.#numbers.length * 2;
    const numbers = new Int32Array(n);
    numbers.set(this.#numbers);
    const times = new Float64Array(n);
    times.set(this.#times);
    const hashes = new Uint8Array(n * 32);
    hashes.set(this.#hashes);
    const parents = new Uint8Array(n * 32);
    parents.set(this.#parents);
    this.#numbers = numbers;
    this.#times = times;
    this.#hashes = hashes;
    this.#parents = parents;
  }
}
