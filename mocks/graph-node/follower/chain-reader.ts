// Chain access with a per-block cache, so one block is fetched once however many logs
// and handlers it carries; many blocks are fetched in one JSON-RPC batch.
import type { EthBlock, EthReceipt, EthTransaction } from "../host/types.ts";
import type { BlockPtr } from "../store/types.ts";
import {
  type RpcBlock,
  type RpcLog,
  type RpcReceipt,
  type RpcTransaction,
  toBlockPtr,
  toEthBlock,
  toEthReceipt,
  toEthTransaction,
} from "./chain-data.ts";
import { toQuantity } from "./hex.ts";
import type { LogFilter } from "./log-filter.ts";
import type { Rpc } from "./rpc.ts";

export class CachedBlock {
  readonly ptr: BlockPtr;
  #eth?: EthBlock;
  #txs?: Map<string, RpcTransaction | EthTransaction>;

  constructor(
    readonly raw: RpcBlock,
    readonly full: boolean,
  ) {
    this.ptr = toBlockPtr(raw);
  }

  get eth(): EthBlock {
    this.#eth ??= toEthBlock(this.raw);
    return this.#eth;
  }

  /** converted on first use: blocks often hold many transactions no handler looks at */
  transaction(hash: string): EthTransaction {
    const key = hash.toLowerCase();
    if (!this.#txs) {
      this.#txs = new Map();
      for (const tx of this.raw.transactions as RpcTransaction[])
        this.#txs.set(tx.hash.toLowerCase(), tx);
    }
    const tx = this.#txs.get(key);
    if (!tx) throw new Error(`transaction ${hash} not found in block ${this.ptr.number}`);
    if ("nonce" in tx && typeof tx.nonce === "string") {
      const converted = toEthTransaction(tx as RpcTransaction, this.eth.baseFeePerGas);
      this.#txs.set(key, converted);
      return converted;
    }
    return tx as EthTransaction;
  }
}

const BATCH = 100;

export class ChainReader {
  readonly #blocks = new Map<number, CachedBlock>();
  readonly #receipts = new Map<string, EthReceipt>();

  constructor(
    readonly rpc: Rpc,
    readonly cacheSize = 4_096,
  ) {}

  async headNumber(): Promise<number> {
    return Number(await this.rpc.call<string>("eth_blockNumber", []));
  }

  /** the chain's current head block (the status API's `chainHeadBlock`) */
  async latest(): Promise<BlockPtr | null> {
    const raw = await this.rpc.call<RpcBlock | null>("eth_getBlockByNumber", ["latest", false]);
    return raw ? toBlockPtr(raw) : null;
  }

  /** uncached header: used to compare hashes, so it must reflect the chain right now */
  async header(n: number): Promise<CachedBlock | null> {
    const raw = await this.rpc.call<RpcBlock | null>("eth_getBlockByNumber", [
      toQuantity(n),
      false,
    ]);
    return raw ? new CachedBlock(raw, false) : null;
  }

  /** a block of the chain by hash, whether or not it was indexed (null: unknown) */
  async byHash(hash: string): Promise<BlockPtr | null> {
    const raw = await this.rpc.call<RpcBlock | null>("eth_getBlockByHash", [hash, false]);
    return raw ? toBlockPtr(raw) : null;
  }

  async hashesAt(numbers: number[]): Promise<(string | null)[]> {
    const out: (string | null)[] = [];
    for (let i = 0; i < numbers.length; i += BATCH) {
      const calls = numbers
        .slice(i, i + BATCH)
        .map((n) => ({ method: "eth_getBlockByNumber", params: [toQuantity(n), false] }));
      const raws = await this.rpc.batch<RpcBlock | null>(calls);
      out.push(...raws.map((r) => r?.hash.toLowerCase() ?? null));
    }
    return out;
  }

  /** fetches missing blocks in batches; `full` ones with transaction objects */
  async prefetch(numbers: number[], full: Set<number>): Promise<void> {
    const missing = numbers.filter((n) => {
      const hit = this.#blocks.get(n);
      return !hit || (full.has(n) && !hit.full);
    });
    for (let i = 0; i < missing.length; i += BATCH) {
      const chunk = missing.slice(i, i + BATCH);
      const calls = chunk.map((n) => ({
        method: "eth_getBlockByNumber",
        params: [toQuantity(n), full.has(n)],
      }));
      const raws = await this.rpc.batch<RpcBlock | null>(calls);
      raws.forEach((raw, j) => {
        if (raw) this.#remember(new CachedBlock(raw, full.has(chunk[j]!)));
      });
    }
  }

  async block(n: number, full: boolean): Promise<CachedBlock> {
    const hit = this.#blocks.get(n);
    if (hit && (hit.full || !full)) return hit;
    const raw = await this.rpc.call<RpcBlock | null>("eth_getBlockByNumber", [toQuantity(n), full]);
    if (!raw) throw new Error(`block ${n} not found on ${this.rpc.url}`);
    return this.#remember(new CachedBlock(raw, full));
  }

  async logs(filter: LogFilter, from: number, to: number): Promise<RpcLog[]> {
    return this.rpc.call<RpcLog[]>("eth_getLogs", [
      { ...filter, fromBlock: toQuantity(from), toBlock: toQuantity(to) },
    ]);
  }

  async logsAtHash(filter: LogFilter, blockHash: string): Promise<RpcLog[]> {
    return this.rpc.call<RpcLog[]>("eth_getLogs", [{ ...filter, blockHash }]);
  }

  async receipts(txHashes: string[]): Promise<Map<string, EthReceipt>> {
    if (this.#receipts.size > this.cacheSize * 4) this.#receipts.clear();
    const missing = [...new Set(txHashes.map((h) => h.toLowerCase()))].filter(
      (h) => !this.#receipts.has(h),
    );
    for (let i = 0; i < missing.length; i += BATCH) {
      const chunk = missing.slice(i, i + BATCH);
      const raws = await this.rpc.batch<RpcReceipt | null>(
        chunk.map((h) => ({ method: "eth_getTransactionReceipt", params: [h] })),
      );
      raws.forEach((r, j) => {
        if (!r) throw new Error(`receipt for ${chunk[j]} not found on ${this.rpc.url}`);
        this.#receipts.set(chunk[j]!, toEthReceipt(r));
      });
    }
    return new Map(txHashes.map((h) => [h.toLowerCase(), this.#receipts.get(h.toLowerCase())!]));
  }

  /** forgets blocks >= n (after a reorg their numbers point at different blocks) */
  forgetFrom(n: number): void {
    for (const key of this.#blocks.keys()) if (key >= n) this.#blocks.delete(key);
    this.#receipts.clear();
  }

  #remember(block: CachedBlock): CachedBlock {
    this.#blocks.set(block.ptr.number, block);
    if (this.#blocks.size > this.cacheSize) {
      const oldest = this.#blocks.keys().next().value;
      if (oldest !== undefined) this.#blocks.delete(oldest);
    }
    return block;
  }
}
