// The whole local backend of `npm run dev`: anvil, the deployed and seeded economy, the
// subgraph's WASM following the chain, graph-node's GraphQL API on 127.0.0.1:8000 and its
// index-node status API on 127.0.0.1:8030.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { type AnvilHandle, resumeChainClock, startAnvil } from "../devnet/anvil.ts";
import { type ChainClients, createChainClients } from "../devnet/chain-client.ts";
import {
  DEFAULT_DEPLOYMENT_FILE,
  type Deployment,
  readDeployment,
  writeDeployment,
} from "../devnet/deployment.ts";
import { REQUIRED_ACCOUNTS } from "../devnet/seed/population.ts";
import { HandlerError, type RunningFollower, startFollower } from "../graph-node/follower/index.ts";
import { createQueryEngine } from "../graph-node/graphql/engine.ts";
import { limitsFromEnv } from "../graph-node/graphql/limits-env.ts";
import { createIndexNodeEngine } from "../graph-node/index-node/engine.ts";
import { followerDeployment } from "../graph-node/index-node/follower-status.ts";
import { startGraphqlServer } from "../graph-node/server/graphql-server.ts";
import { startIndexNodeServer } from "../graph-node/server/index-node-server.ts";
import { buildSubgraph, SUBGRAPH_BUILD_DIR, SUBGRAPH_DIR } from "./build-subgraph.ts";
import { cacheKey, devStatePaths, prepareDevState, sealDevState } from "./dev-state.ts";
import { assertManifestMatches } from "./manifest-check.ts";
import { populateDevnet } from "./populate.ts";

export interface BackendOptions {
  rpcPort?: number;
  graphqlPort?: number;
  /** graph-node's index-node (status API) port; default 8030 */
  statusPort?: number;
  subgraphName?: string;
  seed?: number;
  days?: number;
  /** ignore the cache and start from an empty chain */
  fresh?: boolean;
  stateDir?: string;
  /** also written here for the web app and scripts; tests pass their own */
  deploymentFile?: string;
  log?: (line: string) => void;
  /** progress bar and summary table while seeding */
  interactive?: boolean;
}

export interface Backend {
  rpcUrl: string;
  graphqlUrl: string;
  /** the index-node status API: `indexingStatusForCurrentVersion(subgraphName:)` & co */
  statusUrl: string;
  deployment: Deployment;
  follower: RunningFollower;
  fromCache: boolean;
  stop(): Promise<void>;
}

async function deployAndSeed(
  clients: ChainClients,
  options: { seed: number; days: number; interactive: boolean },
  log: (l: string) => void,
) {
  log(`seeding ${options.days} days of history (seed ${options.seed}) ...`);
  return populateDevnet(clients, options);
}

export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 42;
  const days = options.days ?? 30;
  buildContracts();
  if (buildSubgraph()) log("subgraph built");
  const paths = devStatePaths(options.stateDir);
  const key = cacheKey({ seed, days });
  const fromCache = prepareDevState(paths, key, options.fresh ?? false);
  const anvil: AnvilHandle = await startAnvil({
    port: options.rpcPort ?? 8545,
    stateFile: paths.chainState,
    accounts: REQUIRED_ACCOUNTS,
  });
  const cleanup: (() => Promise<void>)[] = [() => anvil.stop()];
  const stopAll = async () => {
    // Every step runs even when an earlier one fails, so anvil is never left behind.
    for (const step of cleanup.reverse()) {
      await Promise.resolve()
        .then(step)
        .catch((e) => log(`shutdown: ${e instanceof Error ? e.message : e}`));
    }
  };
  try {
    const clients = createChainClients(anvil.rpcUrl);
    if (fromCache) await resumeChainClock(anvil.rpcUrl);
    const deployment = fromCache
      ? { ...readDeployment(paths.deployment), rpcUrl: anvil.rpcUrl }
      : await deployAndSeed(
          clients,
          { seed, days, interactive: options.interactive ?? false },
          log,
        );
    writeDeployment(deployment, paths.deployment);
    writeDeployment(deployment, options.deploymentFile ?? DEFAULT_DEPLOYMENT_FILE);
    assertManifestMatches(deployment, SUBGRAPH_BUILD_DIR);

    const started = Date.now();
    const follower = await startFollower({
      buildDir: SUBGRAPH_BUILD_DIR,
      rpcUrl: anvil.rpcUrl,
      snapshotPath: paths.storeSnapshot,
      pollMs: 250,
    });
    cleanup.push(() => follower.stop());
    await follower.ready.catch((error: unknown) => {
      // a failed subgraph still serves the data of its last good block, as graph-node does
      if (!(error instanceof HandlerError)) throw error;
      log(`indexing failed: ${error.message}`);
    });
    log(`indexed to block ${follower.meta().block?.number} in ${Date.now() - started} ms`);

    const sdl = readFileSync(join(SUBGRAPH_DIR, "schema.graphql"), "utf8");
    // graph-node's GRAPH_GRAPHQL_MAX_* variables apply here as they would to graph-node
    const engine = createQueryEngine({
      sdl,
      store: follower.store,
      limits: limitsFromEnv(process.env),
    });
    const subgraphName = options.subgraphName ?? "watershed";
    const server = await startGraphqlServer({
      engine,
      port: options.graphqlPort ?? 8000,
      subgraphName,
    });
    cleanup.push(() => server.close());
    const status = await startIndexNodeServer({
      engine: createIndexNodeEngine([followerDeployment(subgraphName, follower)]),
      port: options.statusPort ?? 8030,
    });
    cleanup.push(() => status.close());
    return {
      rpcUrl: anvil.rpcUrl,
      graphqlUrl: server.url,
      statusUrl: status.url,
      deployment,
      follower,
      fromCache,
      async stop() {
        await stopAll();
        // Both the store snapshot (follower.stop) and the chain dump (anvil exit) are on disk.
        sealDevState(paths, key);
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
