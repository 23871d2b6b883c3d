// One catch-up step at a time: check the cursor is still canonical (else revert to the
// common ancestor), fetch logs for the next block range, run the blocks that have triggers.
import type { BlockPtr } from "../store/types.ts";
import { BlockHistory } from "./block-history.ts";
import { BlockProcessor, type HandlerError } from "./block-processor.ts";
import { streamBlocks } from "./block-stream.ts";
import type { RpcLog } from "./chain-data.ts";
import type { ChainReader } from "./chain-reader.ts";
import { blockHandlerBlocks, DataSourceRegistry } from "./data-sources.ts";
import type { HostPort } from "./host-port.ts";
import { logFilters } from "./log-filter.ts";

export interface IndexerStats {
  handlerRuns: number;
  blocksWithTriggers: number;
  reorgs: number;
}

export class Indexer {
  readonly registry: DataSourceRegistry;
  readonly history = new BlockHistory();
  readonly stats: IndexerStats = { handlerRuns: 0, blocksWithTriggers: 0, reorgs: 0 };
  readonly #processor: BlockProcessor;
  cursor: BlockPtr | null = null;
  /** set by stop(): the current step ends after the block in progress */
  halt = false;

  constructor(
    readonly host: HostPort,
    readonly chain: ChainReader,
    readonly blockRange: number,
    readonly log: (line: string) => void,
  ) {
    this.registry = new DataSourceRegistry(host.dataSources, host.templates);
    this.#processor = new BlockProcessor(host, this.registry, chain);
  }

  /** true when the cursor reached the chain head */
  async step(): Promise<boolean> {
    const head = await this.chain.headNumber();
    if (this.cursor) {
      const atCursor =
        head >= this.cursor.number ? await this.chain.header(this.cursor.number) : null;
      if (atCursor?.ptr.hash !== this.cursor.hash) {
        await this.#revertToAncestor(head);
        return false;
      }
    }
    const from = this.cursor ? this.cursor.number + 1 : this.registry.minStartBlock();
    if (from > head) return true;
    const to = Math.min(head, from + this.blockRange - 1);
    const end = await this.chain.header(to);
    if (!end) return false;
    const logs = await this.#logs(from, to);
    // logs and header must come from one chain; a reorg in between means start over
    if ((await this.chain.header(to))?.ptr.hash !== end.ptr.hash) return false;

    const numbers = [
      ...new Set([...logs.keys(), ...blockHandlerBlocks(this.registry.all(), from, to)]),
    ];
    numbers.sort((a, b) => a - b);
    const counts = new Map([...logs].map(([n, l]) => [n, l.length]));
    for await (const block of streamBlocks(this.chain, numbers, counts)) {
      const n = block.ptr.number;
      const blockLogs = logs.get(n) ?? [];
      const staleLogs =
        blockLogs.length > 0 && block.ptr.hash !== blockLogs[0]!.blockHash.toLowerCase();
      if (
        staleLogs ||
        (this.cursor?.number === n - 1 && block.ptr.parentHash !== this.cursor.hash)
      ) {
        // the chain moved under us: drop what we fetched, the next step sorts it out
        this.chain.forgetFrom(n);
        return false;
      }
      const result = await this.#processor.process(block, blockLogs);
      this.#advance(block.ptr);
      this.stats.handlerRuns += result.handlerRuns;
      this.stats.blocksWithTriggers++;
      // new template instances widen the log filter: refetch from the next block
      if (result.created.length > 0 || this.halt) return false;
    }
    if (this.cursor?.number !== to) {
      this.#advance(end.ptr);
      this.host.advanceTo(end.ptr);
    }
    return to === head;
  }

  /**
   * Records a failure: after a handler failure the failed block becomes the head, without
   * its data; a block the store refused is not committed at all.
   */
  fail(error: HandlerError): void {
    const commit = error.stage === "handler";
    this.host.failBlock(error.block, error.subgraphError(), commit);
    if (commit) this.#advance(error.block);
  }

  /** undoes every block above `n` (a failed head block on restart) */
  revertTo(n: number): void {
    const below = this.history.toJSON().filter((p) => p.number <= n);
    this.host.revertTo(n, below.at(-1) ?? null);
    this.registry.revertTo(n);
    this.history.revertTo(n);
    this.chain.forgetFrom(n + 1);
    this.cursor = this.host.meta().block;
  }

  #advance(ptr: BlockPtr): void {
    this.cursor = ptr;
    this.history.record(ptr);
  }

  async #logs(from: number, to: number): Promise<Map<number, RpcLog[]>> {
    const byBlock = new Map<number, RpcLog[]>();
    const seen = new Set<string>();
    for (const filter of logFilters(this.registry.all(), from, to)) {
      for (const log of await this.chain.logs(filter, from, to)) {
        // a wildcard and an addressed filter can both return one log
        const key = `${log.blockHash}:${log.logIndex}`;
        if (seen.has(key) || log.removed) continue;
        seen.add(key);
        const n = Number(log.blockNumber);
        const list = byBlock.get(n);
        if (list) list.push(log);
        else byBlock.set(n, [log]);
      }
    }
    for (const list of byBlock.values())
      list.sort((a, b) => Number(a.logIndex) - Number(b.logIndex));
    return byBlock;
  }

  async #revertToAncestor(head: number): Promise<void> {
    const ancestor = await this.history.commonAncestor(this.chain);
    const target = ancestor?.number ?? this.registry.minStartBlock() - 1;
    this.log(
      `reorg: block ${this.cursor!.number} (${this.cursor!.hash}) is no longer canonical (head ${head}); ` +
        `reverting to ${ancestor ? `block ${ancestor.number} (${ancestor.hash})` : "before the start block"}`,
    );
    this.host.revertTo(target, ancestor);
    this.registry.revertTo(target);
    this.history.revertTo(target);
    this.chain.forgetFrom(target + 1);
    this.cursor = ancestor;
    this.stats.reorgs++;
  }
}
