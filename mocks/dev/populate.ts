import { bootstrapDevnet } from "../devnet/bootstrap.ts";
import type { ChainClients } from "../devnet/chain-client.ts";
import { deployEconomy } from "../devnet/deploy.ts";
import type { Deployment } from "../devnet/deployment.ts";

/** Deploys the economy and fills it with history. */
export async function populateDevnet(
  clients: ChainClients,
  _options: { seed: number; days: number },
): Promise<Deployment> {
  return bootstrapDevnet(clients, await deployEconomy(clients));
}
