// Chain follower of the local graph-node: polls JSON-RPC, turns logs and blocks into
// triggers in graph-node's order, runs them through the WASM host, follows reorgs.
//
//   const follower = await startFollower({ buildDir: "subgraph/build", rpcUrl });
//   await follower.ready;            // caught up with the head seen at start
//   follower.store                   // ReadableStore for the GraphQL engine (_meta included)
//   follower.meta()                  // { block, deployment, hasIndexingErrors }
//   await follower.saveSnapshot();   // also written by stop() when snapshotPath is set
//   await follower.stop();
//
// `follow(hostPort, options)` runs the same loop against any HostPort (see host-port.ts).

import type { SubgraphHost } from "../host/index.ts";
import type { EntityStore } from "../store/entity-store.ts";
import { type Follower, type FollowOptions, follow } from "./follower.ts";
import { hostPort, loadSubgraph } from "./host-adapter.ts";

export { HandlerError } from "./block-processor.ts";
export type { Follower, FollowOptions, LogLevel } from "./follower.ts";
export { follow } from "./follower.ts";
export type { HostPort } from "./host-port.ts";
export type { IndexerStats } from "./indexer.ts";
export { RpcError } from "./rpc.ts";

export interface StartFollowerOptions extends FollowOptions {
  /** `graph build` output directory (holds subgraph.yaml) */
  buildDir: string;
}

export interface RunningFollower extends Follower {
  store: EntityStore;
}

export async function startFollower(options: StartFollowerOptions): Promise<RunningFollower> {
  const log = options.log;
  const host = loadSubgraph(options.buildDir, {
    rpcUrl: options.rpcUrl,
    ...(log
      ? {
          onLog: (e) =>
            log(
              `mapping ${e.level}: ${e.message}`,
              e.level === "error" || e.level === "critical" ? "error" : "info",
            ),
        }
      : {}),
  });
  let follower: Follower;
  try {
    follower = await follow(hostPort(host), options);
  } catch (error) {
    await host.close();
    throw error;
  }
  return running(host, follower);
}

/** A started follower with its host's store, stopped with its host. */
export function running(host: SubgraphHost, follower: Follower): RunningFollower {
  // the engine looks up hashes of blocks the subgraph did not index on the chain
  host.store.chain = { blockByHash: (hash) => follower.chainBlockByHash(hash) };
  return {
    ...follower,
    store: host.store,
    async stop() {
      await follower.stop();
      await host.close();
    },
  };
}
