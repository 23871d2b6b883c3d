// Packs many transactions into one block: automine off, explicit nonces and gas, one batched
// send, then evm_mine at a chosen timestamp. Gas prices fall by one wei per queued
// transaction so anvil's fee ordering keeps exactly the order they were queued in.
import { decodeErrorResult, type Hex } from "viem";
import { allErrorsAbi } from "../artifacts.ts";
import type { LogDigest, RpcLog } from "./log-digest.ts";
import { hex, type Rpc } from "./rpc.ts";

export interface QueuedTx {
  from: string;
  to: string;
  data: Hex;
  gas: bigint;
  label: string;
}

interface Receipt {
  status: string;
  transactionHash: string;
  logs: RpcLog[];
}

const BASE_GAS_PRICE = 5_000_000_000n;
const MAX_PER_BLOCK = 100_000n;

export class BlockBuilder {
  private queue: QueuedTx[] = [];
  private readonly nonces = new Map<string, bigint>();
  blocks = 0;
  transactions = 0;
  lastTimestamp = 0n;
  /** wall-clock milliseconds per phase, for the benchmark (never part of the history) */
  readonly timings = { send: 0, mine: 0, receipts: 0 };

  constructor(
    private readonly rpc: Rpc,
    private readonly digest: LogDigest,
  ) {}

  async syncNonces(accounts: readonly string[]): Promise<void> {
    const counts = await this.rpc.batch<string>(
      accounts.map((a) => ({ method: "eth_getTransactionCount", params: [a, "latest"] })),
    );
    for (const [i, a] of accounts.entries()) this.nonces.set(a.toLowerCase(), BigInt(counts[i]!));
  }

  push(tx: QueuedTx): void {
    this.queue.push(tx);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Sends the queue and mines it as one block at `timestamp`; throws on any failed tx. */
  async mine(timestamp: bigint): Promise<void> {
    const txs = this.queue;
    this.queue = [];
    if (BigInt(txs.length) >= MAX_PER_BLOCK) throw new Error("too many transactions for a block");
    const sends = txs.map((tx, i) => {
      const from = tx.from.toLowerCase();
      const nonce = this.nonces.get(from);
      if (nonce === undefined) throw new Error(`no nonce known for ${from}`);
      this.nonces.set(from, nonce + 1n);
      const gasPrice = BASE_GAS_PRICE + MAX_PER_BLOCK - BigInt(i);
      const params = { from, to: tx.to, data: tx.data, gas: hex(tx.gas), gasPrice: hex(gasPrice) };
      return { method: "eth_sendTransaction", params: [{ ...params, nonce: hex(nonce) }] };
    });
    let t = performance.now();
    const hashes = await this.rpc.batch<string>(sends);
    this.timings.send += performance.now() - t;
    t = performance.now();
    await this.rpc.call("evm_mine", [hex(timestamp)]);
    this.timings.mine += performance.now() - t;
    this.lastTimestamp = timestamp;
    t = performance.now();
    const receipts = await this.rpc.call<Receipt[]>("eth_getBlockReceipts", ["latest"]);
    this.timings.receipts += performance.now() - t;
    if (receipts.length !== txs.length) {
      throw new Error(`block at ${timestamp} holds ${receipts.length} of ${txs.length} txs`);
    }
    for (const [i, r] of receipts.entries()) {
      if (r.transactionHash !== hashes[i])
        throw new Error(`tx ${i} of block ${timestamp} reordered`);
      if (r.status !== "0x1") throw await this.explain(txs[i]!, r.transactionHash);
      for (const log of r.logs) this.digest.add(log);
    }
    this.blocks++;
    this.transactions += txs.length;
  }

  /** Takes in blocks mined by someone else (automined bootstrap steps) from `fromBlock` on. */
  async absorb(fromBlock: bigint): Promise<void> {
    const latest = BigInt(await this.rpc.call<string>("eth_blockNumber"));
    for (let b = fromBlock; b <= latest; b++) {
      const receipts = await this.rpc.call<Receipt[]>("eth_getBlockReceipts", [hex(b)]);
      for (const r of receipts) for (const log of r.logs) this.digest.add(log);
      this.blocks++;
      this.transactions += receipts.length;
    }
  }

  /** Replays a failed transaction to name its custom error: the model and chain disagree. */
  private async explain(tx: QueuedTx, hash: string): Promise<Error> {
    let reason = "unknown reason";
    try {
      const trace = await this.rpc.call<{ output?: Hex; error?: string }>(
        "debug_traceTransaction",
        [hash, { tracer: "callTracer" }],
      );
      reason = trace.error ?? reason;
      if (trace.output && trace.output.length >= 10) {
        const decoded = decodeErrorResult({ abi: allErrorsAbi(), data: trace.output });
        reason = `${decoded.errorName}(${(decoded.args ?? []).map(String).join(", ")})`;
      }
    } catch {
      // keep the generic reason
    }
    return new Error(`${tx.label} from ${tx.from} failed on chain: ${reason} (tx ${hash})`);
  }
}
