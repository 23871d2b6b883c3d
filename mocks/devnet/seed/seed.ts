// `npm run seed -- --days 30 --seed 42`: seeds a month of history. Without --rpc it starts
// its own anvil, deploys and seeds (then stops, or keeps serving with --keep); with --rpc it
// seeds a running devnet that was deployed but not bootstrapped (`npm run devnet -- --deploy-only`
// or any deployEconomy), reading and updating its deployment file.
import { parseArgs } from "node:util";
import { buildContracts } from "../../../contracts/scripts/build.ts";
import { createChainClients } from "../chain-client.ts";
import { DEFAULT_DEPLOYMENT_FILE, readDeployment, writeDeployment } from "../deployment.ts";
import { createRpc } from "./rpc.ts";
import { startSeedDevnet } from "./seed-devnet.ts";
import { seedWithProgress } from "./seed-with-progress.ts";
import { verifyAgainstChain } from "./verify.ts";

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "30" },
    seed: { type: "string", default: "42" },
    rpc: { type: "string" },
    deployment: { type: "string", default: DEFAULT_DEPLOYMENT_FILE },
    port: { type: "string", default: "0" },
    keep: { type: "boolean", default: false },
  },
});

async function main() {
  buildContracts();
  const days = Number(values.days);
  const seed = Number(values.seed);
  if (!Number.isInteger(days) || days < 1 || !Number.isInteger(seed)) {
    throw new Error("--days and --seed take positive whole numbers");
  }
  const own = values.rpc ? undefined : await startSeedDevnet(Number(values.port));
  const clients = own?.clients ?? createChainClients(values.rpc!);
  const deployment = own?.deployment ?? readDeployment(values.deployment);
  try {
    const { summary, seconds } = await seedWithProgress({
      clients,
      deployment,
      days,
      seed,
      interactive: true,
    });
    console.log(`seeded in ${seconds.toFixed(1)} s`);
    const check = await verifyAgainstChain(
      createRpc(clients.rpcUrl),
      clients,
      summary.deployment,
      summary,
    );
    console.log(
      check.mismatches.length === 0
        ? "chain matches the model's books exactly"
        : check.mismatches.join("\n"),
    );
    if (values.rpc || values.keep) writeDeployment(summary.deployment, values.deployment);
    if (own && values.keep) {
      console.log(`devnet at ${clients.rpcUrl}; Ctrl-C stops it.`);
      const stop = () => void own.anvil.stop().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      return;
    }
  } catch (error) {
    await own?.anvil.stop();
    throw error;
  }
  await own?.anvil.stop();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
