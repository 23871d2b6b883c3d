// The follower of `npm run dev`, as startFollower (graph-node/follower/index.ts) builds it,
// with two differences for a start from the cache: the store snapshot loads while anvil is
// still loading its chain (the follower's first RPC call waits for `chainReady`), and the
// time of each step is recorded.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { hostPort, loadSubgraph } from "../graph-node/follower/host-adapter.ts";
import { follow, type RunningFollower, running } from "../graph-node/follower/index.ts";
import type { Spans } from "./spans.ts";

export interface DevFollowerOptions {
  buildDir: string;
  rpcUrl: string;
  snapshotPath: string;
  /** resolves when the RPC answers (anvil loaded, clock resumed) */
  chainReady: Promise<unknown>;
  spans: Spans;
}

export async function startDevFollower(options: DevFollowerOptions): Promise<RunningFollower> {
  const { spans } = options;
  const endWasm = spans.start("subgraph");
  const host = loadSubgraph(options.buildDir, { rpcUrl: options.rpcUrl });
  const port = hostPort(host);
  endWasm();
  // without a snapshot the follower's first step needs the chain at once
  if (!existsSync(join(options.snapshotPath, "follower.json"))) await options.chainReady;
  const timed = {
    ...port,
    loadSnapshot: async (path: string) => {
      const end = spans.start("store");
      port.loadSnapshot(path);
      end();
      await options.chainReady;
    },
  };
  try {
    const follower = await follow(timed, {
      rpcUrl: options.rpcUrl,
      snapshotPath: options.snapshotPath,
      pollMs: 250,
      // eth_getLogs over a month of blocks can exceed 15 s on a loaded 2-core machine
      rpc: { timeoutMs: 60_000 },
    });
    return running(host, follower);
  } catch (error) {
    await host.close();
    throw error;
  }
}
