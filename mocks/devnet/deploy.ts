import { type Address, stringToHex } from "viem";
import {
  defaultParameters,
  GOVERNANCE_DEFAULTS,
  PARAMETER_KEYS,
  type Parameters,
} from "../../economy/parameters.ts";
import { artifact } from "./artifacts.ts";
import { type ChainClients, deployContract, write } from "./chain-client.ts";
import type { ContractName, DeployedContract, Deployment } from "./deployment.ts";
import { grantModuleRoles } from "./roles.ts";

export interface DeployOptions {
  parameters?: Parameters;
}

/** Deploys the whole economy from anvil's first dev account and wires its roles. */
export async function deployEconomy(
  clients: ChainClients,
  options: DeployOptions = {},
): Promise<Deployment> {
  const [deployer, service, liquidityProvider] =
    (await clients.walletClient.getAddresses()) as Address[];
  if (!deployer || !service || !liquidityProvider)
    throw new Error("anvil must expose at least 3 dev accounts");
  const contracts = {} as Record<ContractName, DeployedContract>;
  const deploy = async (name: ContractName, artifactName: string, args: readonly unknown[]) => {
    const { address, blockNumber } = await deployContract(clients, deployer, artifactName, args);
    contracts[name] = { address, startBlock: Number(blockNumber) };
    return address;
  };
  const g = GOVERNANCE_DEFAULTS;
  const params = options.parameters ?? defaultParameters();

  const token = await deploy("CommunityToken", "CommunityToken", [
    "Watershed",
    "WSHD",
    deployer,
    deployer,
    g.initialSupply,
  ]);
  const timelock = await deploy("WatershedTimelock", "WatershedTimelock", [
    g.timelockDelaySeconds,
    [],
    ["0x0000000000000000000000000000000000000000"],
    deployer,
  ]);
  await deploy("CommunityGovernor", "CommunityGovernor", [
    token,
    timelock,
    g.votingDelaySeconds,
    g.votingPeriodSeconds,
    g.proposalThreshold,
    g.quorumPercent,
  ]);
  const company = await deploy("CompanyReserve", "Treasury", [
    stringToHex("COMPANY_RESERVE", { size: 32 }),
    deployer,
  ]);
  const community = await deploy("CommunityTreasury", "Treasury", [
    stringToHex("COMMUNITY_TREASURY", { size: 32 }),
    deployer,
  ]);
  const keys = PARAMETER_KEYS.map((k) => stringToHex(k, { size: 32 }));
  const values = PARAMETER_KEYS.map((k) => params[k]);
  const economyParams = await deploy("EconomyParameters", "EconomyParameters", [
    deployer,
    token,
    company,
    timelock,
    g.activationThreshold,
    keys,
    values,
  ]);
  const usdc = await deploy("MockUSDC", "MockUSDC", []);
  const stable = await deploy("StableReserve", "StableReserve", [
    deployer,
    token,
    usdc,
    economyParams,
    liquidityProvider,
  ]);
  const vault = await deploy("StakingVault", "StakingVault", [
    deployer,
    token,
    economyParams,
    community,
  ]);
  const emission = await deploy("EmissionSchedule", "EmissionSchedule", [
    deployer,
    token,
    economyParams,
    company,
    community,
  ]);
  const router = await deploy("FeeRouter", "FeeRouter", [
    deployer,
    token,
    economyParams,
    {
      companyReserve: company,
      communityTreasury: community,
      vault,
      stableReserve: stable,
      emission,
    },
  ]);
  const oracle = await deploy("SaturationOracle", "SaturationOracle", [deployer, economyParams]);
  await deploy("DownloadMarket", "DownloadMarket", [economyParams, router, oracle, vault]);
  await deploy("HostingRewards", "HostingRewards", [
    deployer,
    token,
    economyParams,
    vault,
    emission,
  ]);
  const nft = await deploy("PortfolioNFT", "PortfolioNFT", [
    deployer,
    economyParams,
    router,
    emission,
  ]);
  await deploy("NftMarket", "NftMarket", [token, economyParams, nft, community]);

  const chainId = await clients.publicClient.getChainId();
  const deployment: Deployment = {
    chainId,
    network: chainId === 31337 ? "localhost" : `chain-${chainId}`,
    rpcUrl: clients.rpcUrl,
    accounts: { deployer, service, liquidityProvider },
    contracts,
    governanceActive: false,
    deployedAt: new Date().toISOString(),
  };
  await grantModuleRoles(clients, deployment);
  await placeInitialSupply(clients, deployment, g.initialSupply);
  return deployment;
}

/** The genesis supply goes into the company reserve as a recorded InitialAllocation flow. */
async function placeInitialSupply(
  clients: ChainClients,
  d: Deployment,
  supply: bigint,
): Promise<void> {
  const from = d.accounts.deployer;
  const tokenAbi = artifact("CommunityToken").abi;
  const reserve = d.contracts.CompanyReserve.address;
  await write(clients, {
    from,
    address: d.contracts.CommunityToken.address,
    abi: tokenAbi,
    functionName: "approve",
    args: [reserve, supply],
  });
  const initialAllocation = 8;
  await write(clients, {
    from,
    address: reserve,
    abi: artifact("Treasury").abi,
    functionName: "deposit",
    args: [d.contracts.CommunityToken.address, from, supply, initialAllocation],
  });
}
