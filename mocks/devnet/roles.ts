import { type Address, keccak256, stringToHex } from "viem";
import { artifact } from "./artifacts.ts";
import { type ChainClients, write } from "./chain-client.ts";
import type { ContractName, Deployment } from "./deployment.ts";

export const role = (name: string) => keccak256(stringToHex(name));
export const DEFAULT_ADMIN_ROLE = `0x${"0".repeat(64)}` as const;

/** [contract holding the role, artifact for its ABI, role name, grantee]. */
export type Grant = [ContractName, string, string, Address];

/** Which module may call which: the wiring of the economy, in one table. */
export function moduleGrants(d: Deployment): Grant[] {
  const c = (name: ContractName) => d.contracts[name].address;
  const { deployer, service } = d.accounts;
  return [
    ["CommunityToken", "CommunityToken", "MINTER_ROLE", c("EmissionSchedule")],
    ["CompanyReserve", "Treasury", "DEPOSITOR_ROLE", c("FeeRouter")],
    ["CompanyReserve", "Treasury", "DEPOSITOR_ROLE", deployer],
    ["CompanyReserve", "Treasury", "SPENDER_ROLE", c("EmissionSchedule")],
    ["CompanyReserve", "Treasury", "SPENDER_ROLE", deployer],
    ["CommunityTreasury", "Treasury", "DEPOSITOR_ROLE", c("FeeRouter")],
    ["CommunityTreasury", "Treasury", "DEPOSITOR_ROLE", c("StakingVault")],
    ["CommunityTreasury", "Treasury", "DEPOSITOR_ROLE", c("NftMarket")],
    ["CommunityTreasury", "Treasury", "SPENDER_ROLE", c("EmissionSchedule")],
    ["StableReserve", "StableReserve", "DEPOSITOR_ROLE", c("FeeRouter")],
    ["StableReserve", "StableReserve", "SPENDER_ROLE", deployer],
    ["StakingVault", "StakingVault", "NOTIFIER_ROLE", c("FeeRouter")],
    ["StakingVault", "StakingVault", "SLASHER_ROLE", c("HostingRewards")],
    ["EmissionSchedule", "EmissionSchedule", "REWARDER_ROLE", c("FeeRouter")],
    ["EmissionSchedule", "EmissionSchedule", "REWARDER_ROLE", c("PortfolioNFT")],
    ["EmissionSchedule", "EmissionSchedule", "REWARDER_ROLE", c("HostingRewards")],
    ["FeeRouter", "FeeRouter", "OPERATOR_ROLE", service],
    ["FeeRouter", "FeeRouter", "COLLECTOR_ROLE", c("PortfolioNFT")],
    ["FeeRouter", "FeeRouter", "COLLECTOR_ROLE", c("DownloadMarket")],
    ["SaturationOracle", "SaturationOracle", "REPORTER_ROLE", service],
    ["HostingRewards", "HostingRewards", "REPORTER_ROLE", service],
    ["PortfolioNFT", "PortfolioNFT", "OPERATOR_ROLE", service],
    ["WatershedTimelock", "WatershedTimelock", "PROPOSER_ROLE", c("CommunityGovernor")],
    ["WatershedTimelock", "WatershedTimelock", "CANCELLER_ROLE", c("CommunityGovernor")],
  ];
}

async function setRole(
  clients: ChainClients,
  d: Deployment,
  grant: Grant,
  fn: "grantRole" | "revokeRole" | "renounceRole",
) {
  const [contract, artifactName, roleName, account] = grant;
  const roleId = roleName === "DEFAULT_ADMIN_ROLE" ? DEFAULT_ADMIN_ROLE : role(roleName);
  await write(clients, {
    from: d.accounts.deployer,
    address: d.contracts[contract].address,
    abi: artifact(artifactName).abi,
    functionName: fn,
    args: [roleId, account] as never,
  });
}

export async function grantModuleRoles(clients: ChainClients, d: Deployment): Promise<void> {
  for (const grant of moduleGrants(d)) await setRole(clients, d, grant, "grantRole");
}

/** Modules whose admin passes from the deployer to the timelock when governance activates. */
const ADMINISTERED: [ContractName, string][] = [
  ["CommunityToken", "CommunityToken"],
  ["CompanyReserve", "Treasury"],
  ["CommunityTreasury", "Treasury"],
  ["StableReserve", "StableReserve"],
  ["StakingVault", "StakingVault"],
  ["EmissionSchedule", "EmissionSchedule"],
  ["FeeRouter", "FeeRouter"],
  ["SaturationOracle", "SaturationOracle"],
  ["HostingRewards", "HostingRewards"],
  ["PortfolioNFT", "PortfolioNFT"],
  ["WatershedTimelock", "WatershedTimelock"],
];

/** After activation the deployer keeps no power: the timelock administers every module. */
export async function handOverToTimelock(clients: ChainClients, d: Deployment): Promise<void> {
  const timelock = d.contracts.WatershedTimelock.address;
  const { deployer } = d.accounts;
  for (const stock of ["CompanyReserve", "CommunityTreasury", "StableReserve"] as const) {
    const artifactName = stock === "StableReserve" ? "StableReserve" : "Treasury";
    await setRole(clients, d, [stock, artifactName, "SPENDER_ROLE", timelock], "grantRole");
  }
  await setRole(clients, d, ["CompanyReserve", "Treasury", "SPENDER_ROLE", deployer], "revokeRole");
  await setRole(
    clients,
    d,
    ["CompanyReserve", "Treasury", "DEPOSITOR_ROLE", deployer],
    "revokeRole",
  );
  await setRole(
    clients,
    d,
    ["StableReserve", "StableReserve", "SPENDER_ROLE", deployer],
    "revokeRole",
  );
  for (const [contract, artifactName] of ADMINISTERED) {
    if (contract !== "WatershedTimelock") {
      await setRole(
        clients,
        d,
        [contract, artifactName, "DEFAULT_ADMIN_ROLE", timelock],
        "grantRole",
      );
    }
    await setRole(
      clients,
      d,
      [contract, artifactName, "DEFAULT_ADMIN_ROLE", deployer],
      "renounceRole",
    );
  }
}
