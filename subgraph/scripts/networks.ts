// Writes subgraph/networks.json from a devnet deployment (.watershed/deployment.json by
// default), so `graph build --network localhost` points every data source at it.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Deployment, readDeployment } from "../../mocks/devnet/deployment.ts";

const subgraphDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Data source name in subgraph.yaml → deployment contract name. */
export const DATA_SOURCES: Record<string, keyof Deployment["contracts"]> = {
  CommunityToken: "CommunityToken",
  CommunityGovernor: "CommunityGovernor",
  EconomyParameters: "EconomyParameters",
  CompanyReserve: "CompanyReserve",
  CommunityTreasury: "CommunityTreasury",
  StableReserve: "StableReserve",
  FeeRouter: "FeeRouter",
  EmissionSchedule: "EmissionSchedule",
  StakingVault: "StakingVault",
  HostingRewards: "HostingRewards",
  SaturationOracle: "SaturationOracle",
  DownloadMarket: "DownloadMarket",
  PortfolioNFT: "PortfolioNFT",
  NftMarket: "NftMarket",
};

export function networksFor(deployment: Deployment) {
  const sources: Record<string, { address: string; startBlock: number }> = {};
  for (const [source, contract] of Object.entries(DATA_SOURCES)) {
    const { address, startBlock } = deployment.contracts[contract];
    sources[source] = { address, startBlock };
  }
  return { [deployment.network]: sources };
}

export function writeNetworks(
  deployment: Deployment,
  file = join(subgraphDir, "networks.json"),
): void {
  writeFileSync(file, `${JSON.stringify(networksFor(deployment), null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeNetworks(readDeployment(process.argv[2]));
  console.log("subgraph/networks.json written");
}
