// `npm run dev`: the local backend and the dashboard. Prints the dashboard, GraphQL and RPC
// URLs when ready; Ctrl-C or SIGTERM stops every child and keeps the cache.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { devStatePaths } from "./dev-state.ts";
import { takenPorts } from "./ports.ts";
import { readyLine, startDev } from "./start-dev.ts";

const { values } = parseArgs({
  options: {
    "rpc-port": { type: "string", default: process.env.WATERSHED_RPC_PORT ?? "8545" },
    "graphql-port": { type: "string", default: process.env.WATERSHED_GRAPHQL_PORT ?? "8000" },
    "status-port": { type: "string", default: process.env.WATERSHED_STATUS_PORT ?? "8030" },
    "web-port": { type: "string", default: process.env.WATERSHED_WEB_PORT ?? "5173" },
    seed: { type: "string", default: "42" },
    days: { type: "string", default: "30" },
    fresh: { type: "boolean", default: false },
    /** the cache directory (default .watershed/dev) */
    "state-dir": { type: "string", default: process.env.WATERSHED_DEV_STATE },
  },
});

async function main() {
  const stateDir = values["state-dir"];
  // another cache is another devnet: its deployment stays beside it
  const deploymentFile = stateDir ? join(stateDir, "deployment.json") : undefined;
  if (deploymentFile) process.env.WATERSHED_DEPLOYMENT_FILE = deploymentFile;
  const taken = await takenPorts([
    {
      port: Number(values["rpc-port"]),
      role: "RPC",
      flag: "--rpc-port",
      env: "WATERSHED_RPC_PORT",
    },
    {
      port: Number(values["graphql-port"]),
      role: "GraphQL",
      flag: "--graphql-port",
      env: "WATERSHED_GRAPHQL_PORT",
    },
    {
      port: Number(values["status-port"]),
      role: "status API",
      flag: "--status-port",
      env: "WATERSHED_STATUS_PORT",
    },
    {
      port: Number(values["web-port"]),
      role: "dashboard",
      flag: "--web-port",
      env: "WATERSHED_WEB_PORT",
    },
  ]);
  if (taken.length > 0) {
    for (const message of taken) console.error(message);
    process.exit(1);
  }
  const dev = await startDev({
    rpcPort: Number(values["rpc-port"]),
    graphqlPort: Number(values["graphql-port"]),
    statusPort: Number(values["status-port"]),
    webPort: Number(values["web-port"]),
    seed: Number(values.seed),
    days: Number(values.days),
    fresh: values.fresh,
    ...(stateDir ? { stateDir, deploymentFile } : {}),
    interactive: process.stdout.isTTY ?? false,
  });
  const { backend, web } = dev;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping: saving the indexed store and the chain ...");
    try {
      await dev.stop();
      const dir = stateDir ?? devStatePaths().dir;
      console.log(
        existsSync(join(dir, "cache-key"))
          ? `stopped; the next start reuses ${dir}`
          : `stopped; the cache in ${dir} is incomplete, the next start rebuilds it`,
      );
      process.exit(0);
    } catch (error) {
      console.error(`stopped with an error: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  const head = backend.follower.meta().block;
  console.log(`
Watershed ${readyLine(dev)}${backend.fromCache ? ", from the cached chain and store" : ""}
  Dashboard ${web.url}
  GraphQL   ${backend.graphqlUrl}
  Status    ${backend.statusUrl}
  RPC       ${backend.rpcUrl}   (chain ${backend.deployment.chainId})
  head      block ${head?.number} at ${head ? new Date(head.timestamp * 1000).toISOString() : "-"}
Ctrl-C stops everything.`);
}

main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  if (message.includes("EADDRINUSE")) {
    console.error(
      "a port is taken: choose others with --rpc-port N, --graphql-port N, --status-port N and --web-port N (or WATERSHED_RPC_PORT, WATERSHED_GRAPHQL_PORT, WATERSHED_STATUS_PORT, WATERSHED_WEB_PORT)",
    );
  }
  process.exit(1);
});
