import type { ChainClients } from "../devnet/chain-client.ts";
import type { Deployment } from "../devnet/deployment.ts";
import { seedProgressBar } from "../devnet/seed/progress.ts";
import { deployForSeeding } from "../devnet/seed/seed-devnet.ts";
import { seedHistory } from "../devnet/seed/seed-history.ts";
import { formatSummary } from "../devnet/seed/summary.ts";

export interface PopulateOptions {
  seed: number;
  days: number;
  /** show the progress bar and the summary table (off in tests) */
  interactive: boolean;
}

/** Deploys the economy and seeds its deterministic history through real transactions. */
export async function populateDevnet(
  clients: ChainClients,
  options: PopulateOptions,
): Promise<Deployment> {
  const deployment = await deployForSeeding(clients);
  const bar = options.interactive ? seedProgressBar(options.days) : null;
  const summary = await seedHistory({
    clients,
    deployment,
    days: options.days,
    seed: options.seed,
    ...(bar ? { onProgress: bar.onProgress } : {}),
  });
  bar?.stop();
  if (options.interactive) console.log(`\n${formatSummary(summary)}`);
  return summary.deployment;
}
