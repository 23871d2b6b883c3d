// A real chain for the handlers' ethereum.calls: anvil with the economy deployed at the
// manifest's addresses, then hourly empty blocks the tests use as their blocks, so every
// eth_call runs at a block whose state and clock are real.
import { getAddress, type Hex } from "viem";
import { type AnvilHandle, startAnvil } from "../../../mocks/devnet/anvil.ts";
import { type ChainClients, createChainClients } from "../../../mocks/devnet/chain-client.ts";
import { deployEconomy } from "../../../mocks/devnet/deploy.ts";
import type { Deployment } from "../../../mocks/devnet/deployment.ts";
import type { RpcBlock } from "../../../mocks/graph-node/follower/chain-data.ts";
import { toQuantity } from "../../../mocks/graph-node/follower/hex.ts";
import { addressOf, type DataSourceName } from "../factories/log.ts";

export const HOUR = 3600;

export interface TestChain {
  anvil: AnvilHandle;
  clients: ChainClients;
  deployment: Deployment;
  rpcUrl: string;
  /** first of the hourly blocks (every data source is active from there on) */
  firstBlock: number;
  lastBlock: number;
  block(n: number): Promise<RpcBlock>;
  stop(): Promise<void>;
}

async function rpc<T>(url: string, method: string, params: unknown[]): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** anvil + deployEconomy (~1 s) + `hours` hourly blocks. */
export async function startTestChain(hours = 400): Promise<TestChain> {
  const anvil = await startAnvil();
  try {
    const clients = createChainClients(anvil.rpcUrl);
    const deployment = await deployEconomy(clients);
    for (const [name, c] of Object.entries(deployment.contracts)) {
      if (name === "WatershedTimelock" || name === "MockUSDC") continue;
      // the factories address events by the manifest; a drift would test nothing
      if (getAddress(c.address) !== addressOf(name as DataSourceName))
        throw new Error(
          `${name} deployed at ${c.address}, subgraph.yaml says ${addressOf(name as DataSourceName)}`,
        );
    }
    const firstBlock = Number(await clients.publicClient.getBlockNumber()) + 1;
    await rpc(anvil.rpcUrl, "anvil_mine", [toQuantity(hours), toQuantity(HOUR)]);
    const cache = new Map<number, RpcBlock>();
    return {
      anvil,
      clients,
      deployment,
      rpcUrl: anvil.rpcUrl,
      firstBlock,
      lastBlock: firstBlock + hours - 1,
      async block(n) {
        let b = cache.get(n);
        if (!b) {
          b = await rpc<RpcBlock>(anvil.rpcUrl, "eth_getBlockByNumber", [toQuantity(n), false]);
          if (!b) throw new Error(`block ${n} not mined`);
          cache.set(n, b);
        }
        return b;
      },
      stop: () => anvil.stop(),
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

export const lower = (a: string) => a.toLowerCase() as Hex;
