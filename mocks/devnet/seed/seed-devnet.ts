// A devnet ready for seeding: anvil with enough agents, the economy deployed (not
// activated) on deterministic block times, so the same seed replays the same logs.
import { type AnvilHandle, startAnvil } from "../anvil.ts";
import { type ChainClients, createChainClients } from "../chain-client.ts";
import { deployEconomy } from "../deploy.ts";
import type { Deployment } from "../deployment.ts";
import { REQUIRED_ACCOUNTS } from "./population.ts";
import { createRpc } from "./rpc.ts";

export interface SeedDevnet {
  anvil: AnvilHandle;
  clients: ChainClients;
  deployment: Deployment;
}

/** Deploys on an already running chain with block times fixed to one second apart. */
export async function deployForSeeding(clients: ChainClients): Promise<Deployment> {
  await createRpc(clients.rpcUrl).call("anvil_setBlockTimestampInterval", [1]);
  return deployEconomy(clients);
}

export async function startSeedDevnet(port = 0): Promise<SeedDevnet> {
  const anvil = await startAnvil({ port, accounts: REQUIRED_ACCOUNTS });
  try {
    const clients = createChainClients(anvil.rpcUrl);
    return { anvil, clients, deployment: await deployForSeeding(clients) };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}
