// A deployment's indexing status (graph-node's graph/src/data/subgraph/status.rs `Info`) and
// its answer shape: graph-node builds these values by hand, so its JSON mixes number kinds
// within one BigInt field type: chain blocks carry `number` as a decimal string, an error's
// block and `earliestBlock` as a JSON number, and `entityCount` as a string.
import type { BlockPtr, SubgraphErrorInfo } from "../store/types.ts";

export type Health = "healthy" | "unhealthy" | "failed";

export interface DeploymentStatus {
  /** the deployment id */
  subgraph: string;
  synced: boolean;
  health: Health;
  fatalError: SubgraphErrorInfo | null;
  nonFatalErrors: SubgraphErrorInfo[];
  network: string;
  chainHeadBlock: BlockPtr | null;
  earliestBlockNumber: number;
  latestBlock: BlockPtr | null;
  entityCount: number;
  node: string | null;
  paused: boolean | null;
  historyBlocks: number;
}

/** A subgraph name and its current deployment's status, read on each request. */
export interface NamedDeployment {
  name: string;
  status(): Promise<DeploymentStatus>;
}

/** graph-node's health from its errors: failed on a fatal one, unhealthy on non-fatal ones. */
export const healthOf = (fatal: unknown, nonFatal: unknown[]): Health =>
  fatal ? "failed" : nonFatal.length > 0 ? "unhealthy" : "healthy";

const chainBlock = (ptr: BlockPtr | null) =>
  ptr && { __typename: "Block", hash: ptr.hash.toLowerCase(), number: String(ptr.number) };

function errorValue(e: SubgraphErrorInfo) {
  return {
    __typename: "SubgraphError",
    message: e.message,
    handler: e.handler,
    block: {
      __typename: "Block",
      number: e.block ? e.block.number : null,
      hash: e.block ? e.block.hash.toLowerCase() : null,
    },
    deterministic: e.deterministic,
  };
}

/** The status as graph-node's `IntoValue for Info` shapes it. */
export function statusValue(s: DeploymentStatus) {
  return {
    __typename: "SubgraphIndexingStatus",
    subgraph: s.subgraph,
    synced: s.synced,
    health: s.health,
    paused: s.paused,
    fatalError: s.fatalError ? errorValue(s.fatalError) : null,
    nonFatalErrors: s.nonFatalErrors.map(errorValue),
    chains: [
      {
        __typename: "EthereumIndexingStatus",
        network: s.network,
        chainHeadBlock: chainBlock(s.chainHeadBlock),
        earliestBlock: { __typename: "EarliestBlock", number: s.earliestBlockNumber, hash: "0x0" },
        latestBlock: chainBlock(s.latestBlock),
        lastHealthyBlock: null,
      },
    ],
    entityCount: String(s.entityCount),
    node: s.node,
    historyBlocks: s.historyBlocks,
  };
}
