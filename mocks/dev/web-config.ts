// The dashboard's configuration on a devnet, served as /watershed-config.json by the Vite
// dev server and the e2e static server: addresses from the deployment, symbols and
// decimals read from the deployed tokens themselves.
import { createPublicClient, erc20Abi, http } from "viem";
import type { AppConfig } from "../../web/lib/config.ts";
import { type Deployment, readDeployment } from "../devnet/deployment.ts";

export interface WebConfigOptions {
  graphqlUrl: string;
  /** the index-node status API; default WATERSHED_STATUS_URL (set by npm run dev) */
  statusUrl?: string;
  deployment?: Deployment;
  deploymentFile?: string;
  /** the RPC the browser should use; defaults to the deployment's */
  rpcUrl?: string;
}

async function tokenInfo(rpcUrl: string, address: `0x${string}`) {
  const client = createPublicClient({ transport: http(rpcUrl) });
  const [symbol, decimals] = await Promise.all([
    client.readContract({ address, abi: erc20Abi, functionName: "symbol" }),
    client.readContract({ address, abi: erc20Abi, functionName: "decimals" }),
  ]);
  return { symbol, decimals };
}

export async function buildWebConfig(options: WebConfigOptions): Promise<AppConfig> {
  // WATERSHED_DEPLOYMENT_FILE: npm run dev with --state-dir keeps the default file untouched
  const deployment =
    options.deployment ??
    readDeployment(options.deploymentFile ?? process.env.WATERSHED_DEPLOYMENT_FILE);
  const rpcUrl = options.rpcUrl ?? deployment.rpcUrl;
  const token = deployment.contracts.CommunityToken.address;
  const stable = deployment.contracts.MockUSDC.address;
  const [native, stableInfo] = await Promise.all([
    tokenInfo(rpcUrl, token),
    tokenInfo(rpcUrl, stable),
  ]);
  const statusUrl = options.statusUrl ?? process.env.WATERSHED_STATUS_URL;
  return {
    subgraphUrl: options.graphqlUrl,
    ...(statusUrl ? { statusUrl } : {}),
    chainId: deployment.chainId,
    rpcUrl,
    contracts: Object.fromEntries(
      Object.entries(deployment.contracts).map(([name, c]) => [name, c.address.toLowerCase()]),
    ),
    assets: [
      { address: token.toLowerCase(), kind: "native", ...native },
      { address: stable.toLowerCase(), kind: "stable", ...stableInfo },
    ],
    source: "devnet",
    // anvil signs for its unlocked test accounts: the dashboard's dev wallet needs no key
    devWallet: true,
  };
}
