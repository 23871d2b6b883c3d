// Benchmark (not a test): index the seeded 30-day history with the follower over the
// compiled subgraph and report handler runs, blocks, seconds, handler runs per second, and
// where the time goes (WASM, store, eth_calls from handlers, waiting on the chain).
//   npx tsx test/bench/index-bench.ts [--days 30] [--seed 42]
// It seeds a fresh chain every time (~35 s for 30 days): an anvil state dump keeps only the
// latest state, and re-indexing needs eth_call at every historical block.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { buildSubgraph, SUBGRAPH_BUILD_DIR } from "../../mocks/dev/build-subgraph.ts";
import { startAnvil } from "../../mocks/devnet/anvil.ts";
import { createChainClients } from "../../mocks/devnet/chain-client.ts";
import { REQUIRED_ACCOUNTS } from "../../mocks/devnet/seed/population.ts";
import { deployForSeeding } from "../../mocks/devnet/seed/seed-devnet.ts";
import { seedHistory } from "../../mocks/devnet/seed/seed-history.ts";
import { follow } from "../../mocks/graph-node/follower/follower.ts";
import { hostPort } from "../../mocks/graph-node/follower/host-adapter.ts";
import type { HostPort } from "../../mocks/graph-node/follower/host-port.ts";
import { loadSubgraph, type SubgraphHost } from "../../mocks/graph-node/host/index.ts";
import { reportFigure } from "./figures.ts";

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "30" },
    seed: { type: "string", default: "42" },
  },
});
const days = Number(values.days);
const seed = Number(values.seed);

/** Milliseconds spent inside each wrapped section, and how often it ran. */
class Clock {
  readonly ms = new Map<string, number>();
  readonly count = new Map<string, number>();
  time<T>(section: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.ms.set(section, (this.ms.get(section) ?? 0) + performance.now() - start);
      this.count.set(section, (this.count.get(section) ?? 0) + 1);
    }
  }
  get(section: string): number {
    return this.ms.get(section) ?? 0;
  }
}

const STORE_CALLS = new Set(["get", "getInBlock", "set", "remove", "loadRelated"]);

/**
 * Times the host's store calls and eth_calls from inside handlers. SubgraphHost keeps both
 * private, so they are wrapped on the instance: the figures cost one performance.now()
 * pair per call, not a second code path.
 */
function instrument(host: SubgraphHost, clock: Clock): void {
  const store = host.store;
  const openBatch = store.openBatch.bind(store);
  store.openBatch = () => {
    const batch = openBatch();
    return new Proxy(batch, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function" || !STORE_CALLS.has(prop as string)) return value;
        return (...args: unknown[]) => clock.time("store", () => value.apply(target, args));
      },
    });
  };
  const inner = host as unknown as { rpcCall(method: string, params: unknown[]): unknown };
  const rpcCall = inner.rpcCall.bind(host);
  inner.rpcCall = (method, params) => clock.time("eth_call", () => rpcCall(method, params));
}

function timedPort(port: HostPort, clock: Clock): HostPort {
  return {
    ...port,
    runTrigger: (trigger) => clock.time("handlers", () => port.runTrigger(trigger)),
    beginBlock: (ptr) => clock.time("commit", () => port.beginBlock(ptr)),
    commitBlock: () => clock.time("commit", () => port.commitBlock()),
    advanceTo: (ptr) => clock.time("commit", () => port.advanceTo(ptr)),
  };
}

async function main() {
  buildContracts();
  if (buildSubgraph()) console.log("subgraph built");
  const anvil = await startAnvil({ accounts: REQUIRED_ACCOUNTS });
  try {
    const clients = createChainClients(anvil.rpcUrl);
    const seeding = performance.now();
    const deployment = await deployForSeeding(clients);
    const summary = await seedHistory({ clients, deployment, days, seed });
    console.log(
      `seeded ${days} days (seed ${seed}): ${summary.blocks} blocks, ${summary.transactions} transactions, ` +
        `${summary.logs} logs in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const head = Number(await clients.publicClient.getBlockNumber());

    const clock = new Clock();
    const host = loadSubgraph(SUBGRAPH_BUILD_DIR, { rpcUrl: anvil.rpcUrl });
    instrument(host, clock);
    const started = performance.now();
    const follower = await follow(timedPort(hostPort(host), clock), { rpcUrl: anvil.rpcUrl });
    try {
      await follower.ready;
    } finally {
      await follower.stop();
      await host.close();
    }
    const wall = performance.now() - started;
    const stats = follower.stats();
    const handlers = clock.get("handlers");
    const store = clock.get("store");
    const ethCall = clock.get("eth_call");
    const commit = clock.get("commit");
    const wasm = handlers - store - ethCall;
    const waiting = wall - handlers - commit;
    const pct = (ms: number) => `${((100 * ms) / wall).toFixed(1).padStart(5)} %`;
    const line = (label: string, ms: number, note = "") =>
      console.log(
        `  ${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s ${pct(ms)}${note}`,
      );

    console.log(`\nindexed to block ${head}: ${stats.blocksWithTriggers} blocks with triggers`);
    console.log(`  handler runs                       ${stats.handlerRuns}`);
    console.log(`  seconds                            ${(wall / 1000).toFixed(2)}`);
    console.log(
      `  handler runs / second              ${Math.round(stats.handlerRuns / (wall / 1000))}`,
    );
    console.log(`  entities in the store              ${countEntities(host)}`);
    reportFigure({
      figure: "indexing: handler runs per second",
      value: stats.handlerRuns / (wall / 1000),
      unit: "runs/s",
      how: `the subgraph's WASM over a seeded history, ${stats.handlerRuns} runs in ${(wall / 1000).toFixed(1)} s`,
    });
    console.log("\nwhere the time goes");
    line("WASM (handlers minus store/calls)", wasm);
    line("store reads/writes from handlers", store, `  (${clock.count.get("store") ?? 0} calls)`);
    line("eth_call from handlers", ethCall, `  (${clock.count.get("eth_call") ?? 0} calls)`);
    line("block commit (undo log, apply)", commit);
    line("waiting on the chain (logs, blocks)", waiting, "  (wall minus host: RPC and follower)");
    if (follower.meta().hasIndexingErrors) {
      console.error(`\nindexing FAILED: ${follower.error()?.message}`);
      process.exitCode = 1;
    }
  } finally {
    await anvil.stop();
  }
}

function countEntities(host: SubgraphHost): number {
  let n = 0;
  for (const rows of host.store.rows.values()) n += rows.size;
  return n;
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
