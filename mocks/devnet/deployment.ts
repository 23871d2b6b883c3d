import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Address } from "viem";

/** Local runtime state (chain dump, indexed store, deployment): generated, never committed. */
export const STATE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../.watershed");
export const DEFAULT_DEPLOYMENT_FILE = resolve(STATE_DIR, "deployment.json");

export const CONTRACT_NAMES = [
  "CommunityToken",
  "WatershedTimelock",
  "CommunityGovernor",
  "CompanyReserve",
  "CommunityTreasury",
  "EconomyParameters",
  "MockUSDC",
  "StableReserve",
  "StakingVault",
  "EmissionSchedule",
  "FeeRouter",
  "SaturationOracle",
  "DownloadMarket",
  "HostingRewards",
  "PortfolioNFT",
  "NftMarket",
] as const;

export type ContractName = (typeof CONTRACT_NAMES)[number];

export interface DeployedContract {
  address: Address;
  /** block of the deploying transaction: the subgraph's startBlock */
  startBlock: number;
}

/** What the subgraph manifest, the seeder and the web app read about a devnet. */
export interface Deployment {
  chainId: number;
  network: string;
  rpcUrl: string;
  /** roles held by anvil's dev accounts */
  accounts: { deployer: Address; service: Address; liquidityProvider: Address };
  contracts: Record<ContractName, DeployedContract>;
  governanceActive: boolean;
  deployedAt: string;
}

export function writeDeployment(deployment: Deployment, file = DEFAULT_DEPLOYMENT_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(deployment, null, 2)}\n`);
}

export function readDeployment(file = DEFAULT_DEPLOYMENT_FILE): Deployment {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Deployment;
  } catch {
    throw new Error(`no deployment at ${file}: run npm run devnet first`);
  }
}
