// Drives the compiled subgraph in the local graph-node host over the TestChain's blocks.
// Logs from the factories become triggers the way the follower makes them: matched and
// decoded by its match-triggers/event-decoder (so routing by address and topic0 is under
// test too), ordered as graph-node orders them, the governor's block handler included.
import { SUBGRAPH_BUILD_DIR } from "../../../mocks/dev/build-subgraph.ts";
import { buildTrigger } from "../../../mocks/graph-node/follower/build-trigger.ts";
import {
  type RpcBlock,
  type RpcLog,
  toBlockPtr,
  toEthBlock,
} from "../../../mocks/graph-node/follower/chain-data.ts";
import { DataSourceRegistry } from "../../../mocks/graph-node/follower/data-sources.ts";
import { hexToBytes, toQuantity } from "../../../mocks/graph-node/follower/hex.ts";
import { specsFromManifest } from "../../../mocks/graph-node/follower/host-adapter.ts";
import { matchTriggers } from "../../../mocks/graph-node/follower/match-triggers.ts";
import { loadSubgraph, type SubgraphHost } from "../../../mocks/graph-node/host/index.ts";
import type { EthTransaction } from "../../../mocks/graph-node/host/types.ts";
import type { RawLog } from "../factories/log.ts";
import type { TestChain } from "./chain.ts";

export interface BlockRun {
  number: number;
  timestamp: bigint;
  /** handlers run, in order (`DataSource.handler`) */
  handlers: string[];
}

export interface Session {
  host: SubgraphHost;
  store: SubgraphHost["store"];
  /** number and timestamp of the block the next run() uses */
  peek(): Promise<{ number: number; timestamp: bigint }>;
  /** skips `count` hourly blocks */
  skip(count: number): void;
  /** runs the logs (may be none) as the next block; a handler failure aborts the block and throws */
  run(logs?: RawLog[]): Promise<BlockRun>;
  close(): Promise<void>;
}

function transactionsOf(logs: RawLog[]): Map<string, EthTransaction> {
  const txs = new Map<string, EthTransaction>();
  for (const log of logs) {
    const key = log.tx.hash.toLowerCase();
    if (txs.has(key)) continue;
    txs.set(key, {
      hash: hexToBytes(log.tx.hash),
      index: BigInt(txs.size),
      from: hexToBytes(log.tx.from),
      to: hexToBytes(log.address),
      value: 0n,
      gasLimit: 1_000_000n,
      gasPrice: 1n,
      input: new Uint8Array(),
      nonce: 0n,
    });
  }
  return txs;
}

function rpcLogs(block: RpcBlock, logs: RawLog[], txs: Map<string, EthTransaction>): RpcLog[] {
  let next = 0;
  return logs.map((log) => {
    const index = log.logIndex ?? next;
    next = index + 1;
    const tx = txs.get(log.tx.hash.toLowerCase())!;
    return {
      address: log.address.toLowerCase(),
      topics: log.topics,
      data: log.data,
      blockHash: block.hash,
      blockNumber: block.number,
      transactionHash: log.tx.hash.toLowerCase(),
      transactionIndex: toQuantity(tx.index),
      logIndex: toQuantity(index),
    };
  });
}

export function openSession(chain: TestChain, options: { firstBlock?: number } = {}): Session {
  const host = loadSubgraph(SUBGRAPH_BUILD_DIR, { rpcUrl: chain.rpcUrl });
  const specs = specsFromManifest(host.manifest);
  const registry = new DataSourceRegistry(specs.dataSources, specs.templates);
  let cursor = options.firstBlock ?? chain.firstBlock;

  async function run(logs: RawLog[] = []): Promise<BlockRun> {
    if (cursor > chain.lastBlock) throw new Error("the test chain ran out of blocks: mine more");
    const raw = await chain.block(cursor++);
    const eth = toEthBlock(raw);
    const txs = transactionsOf(logs);
    const rpc = rpcLogs(raw, logs, txs);
    const runnables = matchTriggers(registry.all(), Number(eth.number), rpc);
    for (const log of rpc) {
      if (!runnables.some((r) => r.kind === "event" && r.log === log)) {
        const label = logs[rpc.indexOf(log)]!.label;
        throw new Error(`no handler matched ${label} at ${log.address}`);
      }
    }
    const handlers: string[] = [];
    host.beginBlock(toBlockPtr(raw));
    try {
      for (const r of runnables) {
        if (r.kind === "event" && r.handler.spec.receipt) {
          throw new Error("receipt handlers are not simulated here");
        }
        const trigger = buildTrigger(r, {
          block: eth,
          transaction: (hash) => txs.get(hash)!,
          receipt: () => null,
        });
        host.runTrigger(trigger);
        handlers.push(`${trigger.dataSource}.${trigger.handler}`);
      }
      host.commitBlock();
    } catch (error) {
      host.abortBlock();
      throw error;
    }
    return { number: Number(eth.number), timestamp: eth.timestamp, handlers };
  }

  return {
    host,
    store: host.store,
    async peek() {
      const raw = await chain.block(cursor);
      return { number: cursor, timestamp: BigInt(raw.timestamp) };
    },
    skip(count) {
      cursor += count;
    },
    run,
    close: () => host.close(),
  };
}
