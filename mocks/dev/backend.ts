// The whole local backend of `npm run dev`: anvil, the deployed and seeded economy, the
// subgraph's WASM following the chain, graph-node's GraphQL API on 127.0.0.1:8000 and its
// index-node status API on 127.0.0.1:8030. From the cache, anvil loads its chain while the
// store snapshot loads (see dev-follower.ts); `spans` says where the time went.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { type AnvilHandle, freePort, resumeChainClock, startAnvil } from "../devnet/anvil.ts";
import { createChainClients } from "../devnet/chain-client.ts";
import {
  DEFAULT_DEPLOYMENT_FILE,
  type Deployment,
  readDeployment,
  writeDeployment,
} from "../devnet/deployment.ts";
import { REQUIRED_ACCOUNTS } from "../devnet/seed/population.ts";
import type { RunningFollower } from "../graph-node/follower/index.ts";
import { createQueryEngine } from "../graph-node/graphql/engine.ts";
import { limitsFromEnv, queryCacheFromEnv } from "../graph-node/graphql/limits-env.ts";
import { createIndexNodeEngine } from "../graph-node/index-node/engine.ts";
import { followerDeployment } from "../graph-node/index-node/follower-status.ts";
import { startGraphqlServer } from "../graph-node/server/graphql-server.ts";
import { startIndexNodeServer } from "../graph-node/server/index-node-server.ts";
import { decodeAll } from "../graph-node/store/lazy-snapshot.ts";
import { buildSubgraph, SUBGRAPH_BUILD_DIR, SUBGRAPH_DIR } from "./build-subgraph.ts";
import { compactChainState } from "./chain-state.ts";
import { startDevFollower } from "./dev-follower.ts";
import {
  cacheKey,
  type DevStatePaths,
  devStatePaths,
  prepareDevState,
  sealDevState,
  unsealDevState,
} from "./dev-state.ts";
import { untilIndexed } from "./indexed.ts";
import { assertManifestMatches } from "./manifest-check.ts";
import { populateDevnet } from "./populate.ts";
import { Spans } from "./spans.ts";

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
  /** filled with the time of each step */
  spans?: Spans;
}

export interface Backend {
  rpcUrl: string;
  graphqlUrl: string;
  /** the index-node status API: `indexingStatusForCurrentVersion(subgraphName:)` & co */
  statusUrl: string;
  deployment: Deployment;
  follower: RunningFollower;
  fromCache: boolean;
  spans: Spans;
  /** resolves once every entity the snapshot restore left encoded is decoded */
  warm: Promise<number>;
  stop(): Promise<void>;
}

/** A clear message for a taken port, before anvil would fail on it less clearly. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", () =>
      reject(new Error(`port ${port} (RPC) is already in use (EADDRINUSE)`)),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

export async function startBackend(options: BackendOptions = {}): Promise<Backend> {
  const log = options.log ?? ((line: string) => console.log(line));
  const spans = options.spans ?? new Spans();
  const seed = options.seed ?? 42;
  const days = options.days ?? 30;
  const endBuild = spans.start("build check");
  buildContracts();
  if (buildSubgraph()) log("subgraph built");
  endBuild();
  const paths = devStatePaths(options.stateDir);
  const key = cacheKey({ seed, days });
  const notCached = prepareDevState(paths, key, options.fresh ?? false);
  log(
    notCached
      ? `building the cache in ${paths.dir} (${notCached}) ...`
      : `starting from the cached chain and store in ${paths.dir}`,
  );
  const rpcPort = options.rpcPort || (await freePort());
  await assertPortFree(rpcPort);
  const anvilStarting = spans.time(
    "anvil",
    startAnvil({
      port: rpcPort,
      ...(notCached ? {} : { loadStateFile: paths.chainState }),
      // dumped beside the cache, which a clean stop replaces (see dev-state.ts)
      dumpStateFile: paths.chainDump,
      accounts: REQUIRED_ACCOUNTS,
      dieWithParent: true,
      readyTimeoutMs: 180_000,
    }),
  );
  const ctx = { paths, key, options, spans, log, rpcUrl: `http://127.0.0.1:${rpcPort}` };
  if (notCached) return serve(ctx, await anvilStarting, null);
  // anvil loads the chain while the store snapshot loads
  const chainReady = anvilStarting.then(async (anvil) => {
    await resumeChainClock(anvil.rpcUrl);
    return anvil;
  });
  const chainError = chainReady.then(
    () => null,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  try {
    return await serve(ctx, null, chainReady);
  } catch (error) {
    const broken = await chainError;
    if (!broken) throw error;
    log(`the cached chain did not load (${broken.message}): rebuilding the cache`);
    return startBackend({ ...options, fresh: true, spans: new Spans() });
  }
}

interface Context {
  paths: DevStatePaths;
  key: string;
  options: BackendOptions;
  spans: Spans;
  log: (line: string) => void;
  rpcUrl: string;
}

/** Seeds a fresh chain (when `fresh` is given) or reuses the cache, then indexes and serves. */
async function serve(
  { paths, key, options, spans, log, rpcUrl }: Context,
  fresh: AnvilHandle | null,
  chainReady: Promise<AnvilHandle> | null,
): Promise<Backend> {
  const cleanup: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Every step runs even when an earlier one fails, so anvil is never left behind.
    for (const step of cleanup.reverse()) {
      await Promise.resolve()
        .then(step)
        .catch((e) => log(`shutdown: ${e instanceof Error ? e.message : e}`));
    }
  };
  const stopAnvil = async () => (fresh ?? (await chainReady!.catch(() => null)))?.stop();
  cleanup.push(stopAnvil);
  try {
    const deployment = fresh
      ? await spans.time("seed", async () => {
          log(`seeding ${options.days ?? 30} days of history (seed ${options.seed ?? 42}) ...`);
          return populateDevnet(createChainClients(fresh.rpcUrl), {
            seed: options.seed ?? 42,
            days: options.days ?? 30,
            interactive: options.interactive ?? false,
          });
        })
      : { ...readDeployment(paths.deployment), rpcUrl };
    writeDeployment(deployment, paths.deployment);
    writeDeployment(deployment, options.deploymentFile ?? DEFAULT_DEPLOYMENT_FILE);
    assertManifestMatches(deployment, SUBGRAPH_BUILD_DIR);

    const follower = await startDevFollower({
      buildDir: SUBGRAPH_BUILD_DIR,
      rpcUrl,
      snapshotPath: paths.storeSnapshot,
      chainReady: chainReady ?? Promise.resolve(),
      spans,
    });
    cleanup.push(() => follower.stop());
    const endCatchUp = spans.start(fresh ? "indexing" : "catch-up");
    await untilIndexed(follower, log);
    endCatchUp();
    log(`indexed to block ${follower.meta().block?.number}`);

    const endServers = spans.start("servers");
    const sdl = readFileSync(join(SUBGRAPH_DIR, "schema.graphql"), "utf8");
    // graph-node's GRAPH_GRAPHQL_MAX_* and GRAPH_QUERY_CACHE_* variables apply here as they
    // would to graph-node
    const engine = createQueryEngine({
      sdl,
      store: follower.store,
      limits: limitsFromEnv(process.env),
      cache: queryCacheFromEnv(process.env),
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
    endServers();
    return {
      rpcUrl,
      graphqlUrl: server.url,
      statusUrl: status.url,
      deployment,
      follower,
      fromCache: !fresh,
      spans,
      // entities the restore left encoded, decoded between requests from now on
      warm: decodeAll(follower.store),
      async stop() {
        unsealDevState(paths);
        await stopAll();
        // the store snapshot is on disk (follower.stop); anvil dumped the chain on exit
        if (!existsSync(paths.chainDump)) {
          log("anvil left no state dump: the next start rebuilds the cache");
          return;
        }
        compactChainState(paths.chainDump, paths.chainState);
        rmSync(paths.chainDump, { force: true });
        sealDevState(paths, key);
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
