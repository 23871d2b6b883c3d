// `npm run devnet`: anvil on 127.0.0.1, the economy deployed and governance active, the
// deployment written to .watershed/deployment.json. Runs until Ctrl-C; leaves nothing behind.
import { parseArgs } from "node:util";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { startAnvil } from "./anvil.ts";
import { bootstrapDevnet } from "./bootstrap.ts";
import { createChainClients } from "./chain-client.ts";
import { deployEconomy } from "./deploy.ts";
import { DEFAULT_DEPLOYMENT_FILE, type Deployment, writeDeployment } from "./deployment.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.WATERSHED_RPC_PORT ?? "8545" },
    out: { type: "string", default: DEFAULT_DEPLOYMENT_FILE },
    "exit-after-deploy": { type: "boolean", default: false },
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

async function main() {
  buildContracts();
  const anvil = await startAnvil({ port: Number(values.port), accounts: 20 });
  const shutdown = async (code: number) => {
    await anvil.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  try {
    const started = Date.now();
    const clients = createChainClients(anvil.rpcUrl);
    const deployment = await bootstrapDevnet(clients, await deployEconomy(clients));
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
