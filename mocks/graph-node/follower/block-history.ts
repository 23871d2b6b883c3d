// Hashes of recently indexed blocks, to find the common ancestor after a reorg. Holding
// any canonical block's hash proves every block below it is canonical too (hash chain),
// so the highest still-canonical entry is a safe place to revert to.
import type { BlockPtr } from "../store/types.ts";
import type { ChainReader } from "./chain-reader.ts";

export class BlockHistory {
  #ptrs: BlockPtr[] = [];

  constructor(readonly limit = 512) {}

  record(ptr: BlockPtr): void {
    const last = this.#ptrs.at(-1);
    if (last && last.number >= ptr.number) this.revertTo(ptr.number - 1);
    this.#ptrs.push(ptr);
    if (this.#ptrs.length > this.limit) this.#ptrs.splice(0, this.#ptrs.length - this.limit);
  }

  revertTo(blockNumber: number): void {
    this.#ptrs = this.#ptrs.filter((p) => p.number <= blockNumber);
  }

  toJSON(): BlockPtr[] {
    return this.#ptrs;
  }

  load(ptrs: BlockPtr[]): void {
    this.#ptrs = [...ptrs].sort((a, b) => a.number - b.number).slice(-this.limit);
  }

  /** highest recorded block still on the canonical chain; null if none (deeper than history) */
  async commonAncestor(chain: ChainReader): Promise<BlockPtr | null> {
    const newestFirst = [...this.#ptrs].reverse();
    for (let i = 0; i < newestFirst.length; i += 64) {
      const chunk = newestFirst.slice(i, i + 64);
      const hashes = await chain.hashesAt(chunk.map((p) => p.number));
      const found = chunk.find((p, j) => hashes[j] === p.hash);
      if (found) return found;
    }
    return null;
  }
}
