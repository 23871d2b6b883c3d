import type { ChainClients } from "../devnet/chain-client.ts";
import type { Deployment } from "../devnet/deployment.ts";
import { deployForSeeding } from "../devnet/seed/seed-devnet.ts";
import { seedWithProgress } from "../devnet/seed/seed-with-progress.ts";

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
  const { summary } = await seedWithProgress({ clients, deployment, ...options });
  return summary.deployment;
}
