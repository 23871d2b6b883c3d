// Runs one block through the host: its matched triggers, then (breadth first, like
// graph-node's process_dynamic_data_sources) the same block again for each generation of
// template instances created in it, then commits. Any handler failure aborts the block.
import type { EthReceipt, Trigger } from "../host/types.ts";
import type { BlockPtr, SubgraphErrorInfo } from "../store/types.ts";
import { buildTrigger } from "./build-trigger.ts";
import type { RpcLog } from "./chain-data.ts";
import type { CachedBlock, ChainReader } from "./chain-reader.ts";
import type { DataSourceRegistry, LiveDataSource } from "./data-sources.ts";
import type { CreatedDataSource, HostPort } from "./host-port.ts";
import { logFilters } from "./log-filter.ts";
import { matchTriggers, type Runnable } from "./match-triggers.ts";

export class HandlerError extends Error {
  readonly blockNumber: number;
  /**
   * "handler": a handler failed, graph-node commits the block with its PoI only;
   * "transact": the store refused the block's writes, nothing of the block is committed
   */
  readonly stage: "handler" | "transact";
  /** false for errors graph-node retries (a store's internal error) */
  readonly deterministic: boolean;

  constructor(
    message: string,
    readonly handler: string | null,
    readonly dataSource: string | null,
    readonly block: BlockPtr,
    readonly transaction: string | null,
    /** the mapping's (or the store's) own failure text (graph-node's bare message) */
    readonly reason: string,
    options?: { cause?: unknown; stage?: "handler" | "transact"; deterministic?: boolean },
  ) {
    super(message, options);
    this.name = "HandlerError";
    this.blockNumber = block.number;
    this.stage = options?.stage ?? "handler";
    this.deterministic = options?.deterministic ?? true;
  }

  /**
   * The error as graph-node records it when it fails the subgraph: the trigger's context
   * (chain/ethereum/src/trigger.rs `error_context`: "transaction <hex>") before the mapping's
   * message, then SubgraphError's Display (" in handler `h` at block #n (hash)"); the fatal
   * error itself carries no handler (core/src/subgraph/runner `fail_subgraph`). A block the
   * store refused is "Failed to transact block operations" (runner `transact_block_state`).
   */
  subgraphError(): SubgraphErrorInfo {
    const context = this.transaction
      ? `transaction ${this.transaction.slice(2).toLowerCase()}: `
      : this.stage === "transact"
        ? "Failed to transact block operations: "
        : "";
    const handler = this.handler ? ` in handler \`${this.handler}\`` : "";
    return {
      message: `${context}${this.reason}${handler} at block #${this.block.number} (${this.block.hash})`,
      block: this.block,
      handler: null,
      deterministic: this.deterministic,
    };
  }
}

/** A host RpcError without a JSON-RPC code is a transport failure, not an answer. */
function isTransportFailure(error: unknown): boolean {
  for (
    let e = error as { name?: string; code?: unknown; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.name === "RpcError" && e.code === undefined) return true;
  }
  return false;
}

export interface BlockResult {
  handlerRuns: number;
  created: CreatedDataSource[];
}

export class BlockProcessor {
  constructor(
    readonly host: HostPort,
    readonly registry: DataSourceRegistry,
    readonly chain: ChainReader,
  ) {}

  async process(block: CachedBlock, logs: RpcLog[]): Promise<BlockResult> {
    const n = block.ptr.number;
    let runnables = matchTriggers(this.registry.all(), n, logs);
    const created: CreatedDataSource[] = [];
    let handlerRuns = 0;
    this.host.beginBlock(block.ptr);
    try {
      while (true) {
        const fresh = await this.#run(block, runnables);
        handlerRuns += runnables.length;
        if (fresh.length === 0) break;
        created.push(...fresh);
        const live = fresh.map((c) => this.registry.add(c));
        runnables = matchTriggers(live, n, await this.#logsFor(live, block));
      }
      this.#commit(block);
    } catch (error) {
      this.host.abortBlock();
      this.registry.revertTo(n - 1);
      throw error;
    }
    return { handlerRuns, created };
  }

  /** the store may refuse the block's writes (immutable entities): that fails the subgraph */
  #commit(block: CachedBlock): void {
    try {
      this.host.commitBlock();
    } catch (error) {
      const e = error as { name?: string; message?: string; deterministic?: boolean };
      if (e.name !== "TransactError") throw error;
      throw new HandlerError(
        `block ${block.ptr.number} (${block.ptr.hash}) could not be stored: ${e.message}`,
        null,
        null,
        block.ptr,
        null,
        e.message ?? String(error),
        { cause: error, stage: "transact", deterministic: e.deterministic !== false },
      );
    }
  }

  /** the new instances' logs in this block (only they can match, so only theirs are fetched) */
  async #logsFor(live: LiveDataSource[], block: CachedBlock): Promise<RpcLog[]> {
    const all: RpcLog[] = [];
    for (const filter of logFilters(live, block.ptr.number, block.ptr.number)) {
      all.push(...(await this.chain.logsAtHash(filter, block.ptr.hash)));
    }
    return all.sort((a, b) => Number(BigInt(a.logIndex) - BigInt(b.logIndex)));
  }

  async #run(block: CachedBlock, runnables: Runnable[]): Promise<CreatedDataSource[]> {
    const needsReceipt = runnables.flatMap((r) =>
      r.kind === "event" && r.handler.spec.receipt ? [r.log.transactionHash] : [],
    );
    const receipts = needsReceipt.length > 0 ? await this.chain.receipts(needsReceipt) : null;
    const created: CreatedDataSource[] = [];
    for (const r of runnables) {
      const trigger = this.#trigger(block, r, receipts);
      try {
        await this.host.runTrigger(trigger);
      } catch (error) {
        const tx = r.kind === "event" ? r.log.transactionHash : null;
        // graph-node retries a block whose eth_call could not reach the node (nondeterministic)
        // instead of failing the subgraph; the caller aborts the block and tries again
        if (isTransportFailure(error)) {
          throw new Error(
            `handler ${trigger.handler} at block ${block.ptr.number}: node unreachable, will retry (${(error as Error).message})`,
            { cause: error },
          );
        }
        // the host's HandlerError carries graph-node's bare message in `reason`
        const reason = (error as { reason?: unknown }).reason;
        const message =
          typeof reason === "string"
            ? reason
            : error instanceof Error
              ? error.message
              : String(error);
        throw new HandlerError(
          `handler ${trigger.handler} (data source ${r.ds.name}) failed at block ${block.ptr.number} (${block.ptr.hash})` +
            `${tx ? `, transaction ${tx}` : ""}: ${message}`,
          trigger.handler,
          r.ds.name,
          block.ptr,
          tx,
          message,
          { cause: error },
        );
      }
      created.push(
        ...this.host
          .takeCreatedDataSources()
          .map((c) => ({ ...c, creationBlock: block.ptr.number })),
      );
    }
    return created;
  }

  #trigger(block: CachedBlock, r: Runnable, receipts: Map<string, EthReceipt> | null): Trigger {
    return buildTrigger(r, {
      block: block.eth,
      transaction: (hash) => block.transaction(hash),
      receipt: (hash) => receipts?.get(hash.toLowerCase()) ?? null,
    });
  }
}
