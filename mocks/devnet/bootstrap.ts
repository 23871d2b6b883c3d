import { type Address, maxUint256 } from "viem";
import { GOVERNANCE_DEFAULTS, STABLE, TOKEN } from "../../economy/parameters.ts";
import { artifact } from "./artifacts.ts";
import { type ChainClients, write } from "./chain-client.ts";
import type { Deployment } from "./deployment.ts";
import { handOverToTimelock } from "./roles.ts";

const GRANT = 3;

/** Pays a grant out of the company reserve (an Outflow with reason Grant). */
export async function grantFromCompanyReserve(
  clients: ChainClients,
  d: Deployment,
  to: Address,
  amount: bigint,
) {
  await write(clients, {
    from: d.accounts.deployer,
    address: d.contracts.CompanyReserve.address,
    abi: artifact("Treasury").abi,
    functionName: "withdraw",
    args: [d.contracts.CommunityToken.address, to, amount, GRANT],
  });
}

/** The stand-in market maker: holds both assets and lets the stable reserve trade with it. */
export async function fundLiquidityProvider(
  clients: ChainClients,
  d: Deployment,
  tokens: bigint,
  stable: bigint,
) {
  const lp = d.accounts.liquidityProvider;
  const usdc = d.contracts.MockUSDC.address;
  await write(clients, {
    from: d.accounts.deployer,
    address: usdc,
    abi: artifact("MockUSDC").abi,
    functionName: "mint",
    args: [lp, stable],
  });
  await grantFromCompanyReserve(clients, d, lp, tokens);
  const spender = d.contracts.StableReserve.address;
  await write(clients, {
    from: lp,
    address: usdc,
    abi: artifact("MockUSDC").abi,
    functionName: "approve",
    args: [spender, maxUint256],
  });
  await write(clients, {
    from: lp,
    address: d.contracts.CommunityToken.address,
    abi: artifact("CommunityToken").abi,
    functionName: "approve",
    args: [spender, maxUint256],
  });
}

export async function delegateToSelf(clients: ChainClients, d: Deployment, holder: Address) {
  await write(clients, {
    from: holder,
    address: d.contracts.CommunityToken.address,
    abi: artifact("CommunityToken").abi,
    functionName: "delegate",
    args: [holder],
  });
}

/** Anyone may activate once distribution passes the threshold; then the deployer steps down. */
export async function activateGovernance(
  clients: ChainClients,
  d: Deployment,
): Promise<Deployment> {
  await write(clients, {
    from: d.accounts.deployer,
    address: d.contracts.EconomyParameters.address,
    abi: artifact("EconomyParameters").abi,
    functionName: "activateGovernance",
  });
  await handOverToTimelock(clients, d);
  return { ...d, governanceActive: true };
}

/**
 * The devnet without a seeded history: grants to anvil's public dev accounts push
 * distribution past the threshold, they delegate to themselves, and governance activates,
 * so the accounts can propose and vote at once.
 */
export async function bootstrapDevnet(clients: ChainClients, d: Deployment): Promise<Deployment> {
  await fundLiquidityProvider(clients, d, 2_000_000n * TOKEN, 1_000_000n * STABLE);
  const holders = ((await clients.walletClient.getAddresses()) as Address[]).slice(3, 10);
  const share = GOVERNANCE_DEFAULTS.activationThreshold / BigInt(holders.length) + TOKEN;
  for (const holder of holders) {
    await grantFromCompanyReserve(clients, d, holder, share);
    await delegateToSelf(clients, d, holder);
  }
  return activateGovernance(clients, d);
}
