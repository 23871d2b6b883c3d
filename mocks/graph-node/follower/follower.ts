// Live loop around the Indexer: catch up in block ranges, then poll for new blocks.
// A deterministic handler failure stops indexing as graph-node's runner does: the failed
// block becomes the head without its entity changes, the error is recorded there
// (hasIndexingErrors, fatalError) and nothing more is indexed; a restart retries that block
// first, as graph-node's `unfail_deterministic_error` does. An RPC failure that outlasts the
// retries is reported and polling continues, so a restarted node is picked up.
import type { BlockPtr, IndexingMeta } from "../store/types.ts";
import { HandlerError } from "./block-processor.ts";
import { ChainReader } from "./chain-reader.ts";
import type { HostPort } from "./host-port.ts";
import { Indexer, type IndexerStats } from "./indexer.ts";
import { latch, serializer, wakeableSleep } from "./loop-control.ts";
import { createRpc, type RpcOptions } from "./rpc.ts";
import { type FollowerState, loadSnapshot, saveSnapshot } from "./snapshot.ts";

export type LogLevel = "info" | "warn" | "error";

export interface FollowOptions {
  rpcUrl: string;
  /** directory for the store + follower snapshot; loaded on start, written on stop */
  snapshotPath?: string;
  /** pause between polls once caught up */
  pollMs?: number;
  /** blocks per eth_getLogs while catching up */
  blockRange?: number;
  rpc?: RpcOptions;
  log?: (line: string, level: LogLevel) => void;
}

export interface Follower {
  /** resolves once caught up to the head seen at start; rejects on a handler or RPC failure */
  ready: Promise<void>;
  stop(): Promise<void>;
  meta(): IndexingMeta;
  stats(): IndexerStats;
  /** last failure (handler or RPC), null while healthy */
  error(): Error | null;
  /** caught up with the chain head at least once (graph-node's `synced`) */
  synced(): boolean;
  /** the chain's head block as the RPC reports it now; the last one seen if it is down */
  chainHead(): Promise<BlockPtr | null>;
  /**
   * A chain block by hash, indexed or not (the query engine's `block: { hash }`, as
   * graph-node's chain store answers it); null when the chain does not know it or the
   * RPC is down.
   */
  chainBlockByHash(hash: string): Promise<BlockPtr | null>;
  /**
   * the first block queries may ask for: the one before the lowest `startBlock` (graph-node
   * creates a deployment with that block as its `earliest_block_number`)
   */
  earliestBlock(): number;
  /** the manifest's network of the first data source */
  network(): string;
  saveSnapshot(dir?: string): Promise<void>;
}

const defaultLog = (line: string, level: LogLevel) => {
  if (level !== "info") console.error(`[follower] ${line}`);
};

/** Follows the chain for an already loaded host. */
export async function follow(host: HostPort, options: FollowOptions): Promise<Follower> {
  const log = options.log ?? defaultLog;
  const pollMs = options.pollMs ?? 250;
  const chain = new ChainReader(createRpc(options.rpcUrl, options.rpc));
  const indexer = new Indexer(host, chain, options.blockRange ?? 2_000, (l) => log(l, "warn"));
  let failed: string | null = null;
  let synced = false;

  const restored = options.snapshotPath ? await loadSnapshot(options.snapshotPath, host) : null;
  if (restored) {
    // the host's store persisted its template instances (with contexts); watch them again
    for (const ds of host.dynamicDataSources()) indexer.registry.add(ds);
    indexer.history.load(restored.history);
    indexer.cursor = restored.cursor;
    const head = host.meta().block;
    if (head?.hash !== restored.cursor?.hash) {
      // both are written together; if they disagree the store is the one that holds data
      log(
        `snapshot cursor ${restored.cursor?.number} differs from store head ${head?.number}; using the store's`,
        "warn",
      );
      indexer.cursor = head;
    }
    synced = restored.synced ?? false;
    log(
      `resumed from ${options.snapshotPath} at block ${restored.cursor?.number ?? "none"}`,
      "info",
    );
    const fatal = host.meta().fatalError;
    const failedHead = host.meta().block;
    if (fatal) {
      // graph-node reverts a deterministically failed head block on start, then runs on: the
      // failed block fails the same way unless the chain (or the node's code) changed
      const at = fatal.block?.number ?? failedHead?.number;
      log(`retrying block ${at}, where indexing failed: ${fatal.message}`, "warn");
      if (fatal.deterministic && fatal.block && fatal.block.hash === failedHead?.hash) {
        indexer.revertTo(failedHead.number - 1);
      }
      host.unfail();
    }
  }

  for (const ds of [...host.dataSources, ...host.templates]) {
    if (ds.blockHandlers.some((h) => h.filter?.kind === "call")) {
      log(
        `data source ${ds.name}: block handlers with \`filter: call\` need traces and never run locally`,
        "warn",
      );
    }
  }

  let lastError: Error | null = failed ? new Error(failed) : null;
  let stopped = false;
  const { sleep, wake } = wakeableSleep();
  // steps and snapshot saves take turns, so a snapshot always pairs a store with its cursor
  const exclusive = serializer();
  const ready = latch();
  const finishReady = (error?: Error) => ready.settle(error);

  async function loop(): Promise<void> {
    if (failed) return finishReady(new Error(`subgraph failed before the snapshot: ${failed}`));
    while (!stopped) {
      try {
        const atHead = await exclusive(() => indexer.step());
        lastError = null;
        // a retried non-deterministic failure is forgotten once indexing gets past it, as
        // graph-node unfails such errors when the deployment head advances
        const fatal = host.meta().fatalError;
        if (fatal && !fatal.deterministic && indexer.cursor!.number >= fatal.block!.number) {
          host.unfail();
        }
        if (atHead) {
          synced = true;
          finishReady();
          await sleep(pollMs);
        }
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        lastError = e;
        if (e instanceof HandlerError && e.deterministic) {
          await exclusive(async () => indexer.fail(e));
          failed = e.message;
          log(`indexing stopped: ${e.message}`, "error");
          return finishReady(e);
        }
        // graph-node fails the subgraph on a non-deterministic error too, then retries
        if (e instanceof HandlerError) await exclusive(async () => indexer.fail(e));
        log(e.message, "error");
        finishReady(e);
        await sleep(Math.max(pollMs, 2_000));
      }
    }
  }

  const state = (): FollowerState => ({
    version: 1,
    deployment: host.deployment,
    cursor: indexer.cursor,
    history: indexer.history.toJSON(),
    dynamicDataSources: indexer.registry.dynamic().map(({ template, address, creationBlock }) => ({
      template,
      address,
      creationBlock,
    })),
    failed,
    synced,
  });
  const running = loop();
  let head: { ptr: BlockPtr | null; at: number } = { ptr: null, at: 0 };

  return {
    ready: ready.promise,
    meta: () => host.meta(),
    stats: () => ({ ...indexer.stats }),
    error: () => lastError,
    synced: () => synced,
    async chainHead() {
      // status pages poll; one RPC call per half second is plenty
      if (Date.now() - head.at > 500) {
        const ptr = await chain.latest().catch(() => head.ptr);
        head = { ptr, at: Date.now() };
      }
      return head.ptr;
    },
    chainBlockByHash: (hash) => chain.byHash(hash).catch(() => null),
    earliestBlock: () => Math.max(0, indexer.registry.minStartBlock() - 1),
    network: () => host.dataSources.find((d) => d.network)?.network ?? "mainnet",
    // between steps the store and cursor agree; stop() waits for that point
    saveSnapshot: async (dir = options.snapshotPath) => {
      if (!dir) throw new Error("saveSnapshot: no directory given and no snapshotPath option");
      await exclusive(() => saveSnapshot(dir, host, state()));
    },
    async stop() {
      stopped = true;
      indexer.halt = true;
      wake();
      await running;
      finishReady(new Error("follower stopped before reaching the chain head"));
      if (options.snapshotPath) await saveSnapshot(options.snapshotPath, host, state());
    },
  };
}
