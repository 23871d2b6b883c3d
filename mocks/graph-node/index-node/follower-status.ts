// The status of a subgraph indexed by the local follower, for the index-node API.
import type { RunningFollower } from "../follower/index.ts";
import { type DeploymentStatus, healthOf, type NamedDeployment } from "./status.ts";

/** graph-node's BLOCK_NUMBER_MAX: the history kept by `indexerHints.prune: never` */
const ALL_HISTORY = 2_147_483_647;

export function followerDeployment(
  name: string,
  follower: Pick<
    RunningFollower,
    "meta" | "synced" | "chainHead" | "earliestBlock" | "network" | "store"
  >,
  /** graph-node's node id (`--node-id`, "default" unless configured) */
  node = "default",
): NamedDeployment {
  return {
    name,
    async status(): Promise<DeploymentStatus> {
      const meta = follower.meta();
      const fatalError = meta.fatalError ?? null;
      return {
        subgraph: meta.deployment,
        synced: follower.synced(),
        health: healthOf(fatalError, []),
        fatalError,
        // the local node has no `nonFatalErrors` feature: every handler error is fatal
        nonFatalErrors: [],
        network: follower.network(),
        chainHeadBlock: await follower.chainHead(),
        // a store restored from a head-only snapshot has no versions before its restore point
        earliestBlockNumber: Math.max(meta.earliestBlock ?? 0, follower.earliestBlock()),
        latestBlock: meta.block,
        entityCount: follower.store.entityCount(),
        node,
        paused: false,
        historyBlocks: ALL_HISTORY,
      };
    },
  };
}
