// `npm run devnet`: anvil on 127.0.0.1, the economy deployed and governance active, the
// deployment written to .watershed/deployment.json. Runs until Ctrl-C; leaves nothing behind.
// `--seed 42 --days 30` deploys without the bootstrap and seeds a history instead;
// `--deploy-only` deploys without the bootstrap, for `npm run seed -- --rpc URL`.
import { parseArgs } from "node:util";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { startAnvil } from "./anvil.ts";
import { bootstrapDevnet } from "./bootstrap.ts";
import { createChainClients } from "./chain-client.ts";
import { deployEconomy } from "./deploy.ts";
import { DEFAULT_DEPLOYMENT_FILE, type Deployment, writeDeployment } from "./deployment.ts";
import { REQUIRED_ACCOUNTS } from "./seed/population.ts";
import { deployForSeeding } from "./seed/seed-devnet.ts";
import { seedWithProgress } from "./seed/seed-with-progress.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.WATERSHED_RPC_PORT ?? "8545" },
    out: { type: "string", default: DEFAULT_DEPLOYMENT_FILE },
    "exit-after-deploy": { type: "boolean", default: false },
    seed: { type: "string" },
    days: { type: "string", default: "30" },
    "deploy-only": { type: "boolean", default: false },
  },
});

function printDeployment(d: Deployment, ms: number) {
  console.log(`\nWatershed devnet ready in ${(ms / 1000).toFixed(1)} s (chain ${d.chainId})`);
  console.log(`  RPC         ${d.rpcUrl}`);
  for (const [name, c] of Object.entries(d.contracts)) {
    console.log(`  ${name.padEnd(20)} ${c.address}  (block ${c.startBlock})`);
  }
  console.log(`  deployment  ${values.out}\n`);
}

/** Deploys without the bootstrap, then (with --seed) seeds a history of --days days. */
async function seedInstead(clients: ReturnType<typeof createChainClients>): Promise<Deployment> {
  const deployment = await deployForSeeding(clients);
  if (values.seed === undefined) return deployment;
  const { summary } = await seedWithProgress({
    clients,
    deployment,
    days: Number(values.days),
    seed: Number(values.seed),
    interactive: true,
  });
  return summary.deployment;
}

async function main() {
  buildContracts();
  const seeding = values.seed !== undefined || values["deploy-only"];
  const accounts = seeding ? REQUIRED_ACCOUNTS : 20;
  const anvil = await startAnvil({ port: Number(values.port), accounts });
  const shutdown = async (code: number) => {
    await anvil.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  try {
    const started = Date.now();
    const clients = createChainClients(anvil.rpcUrl);
    const deployment = seeding
      ? await seedInstead(clients)
      : await bootstrapDevnet(clients, await deployEconomy(clients));
    writeDeployment(deployment, values.out);
    printDeployment(deployment, Date.now() - started);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
  if (values["exit-after-deploy"]) return shutdown(0);
  console.log("Ctrl-C stops the devnet.");
}

void main();
