// Batched eth_call reads, used to start the model from the chain's state and to check the
// chain against the model at the end.
import { type Abi, decodeFunctionResult, encodeFunctionData, stringToHex } from "viem";
import { mintStable, seedBalance } from "../../../economy/model/ledger.ts";
import { createState, type EconomyState } from "../../../economy/model/state.ts";
import { PARAMETER_KEYS, type Parameters } from "../../../economy/parameters.ts";
import { artifact } from "../artifacts.ts";
import type { ContractName, Deployment } from "../deployment.ts";
import { ARTIFACT_OF } from "./log-digest.ts";
import type { Rpc } from "./rpc.ts";

export interface Read {
  contract: ContractName;
  fn: string;
  args?: readonly unknown[];
}

export async function readMany(rpc: Rpc, d: Deployment, reads: Read[], block = "latest") {
  const abiOf = (r: Read) => artifact(ARTIFACT_OF[r.contract]).abi as Abi;
  const results = await rpc.batch<string>(
    reads.map((r) => ({
      method: "eth_call",
      params: [
        {
          to: d.contracts[r.contract].address,
          data: encodeFunctionData({ abi: abiOf(r), functionName: r.fn, args: r.args } as never),
        },
        block,
      ],
    })),
  );
  return reads.map((r, i) =>
    decodeFunctionResult({ abi: abiOf(r), functionName: r.fn, data: results[i] } as never),
  );
}

/** Token and USDC balances of `accounts` (lowercase) plus total supply. */
export async function readBalances(rpc: Rpc, d: Deployment, accounts: readonly string[]) {
  const reads: Read[] = [
    ...accounts.map((a): Read => ({ contract: "CommunityToken", fn: "balanceOf", args: [a] })),
    ...accounts.map((a): Read => ({ contract: "MockUSDC", fn: "balanceOf", args: [a] })),
    { contract: "CommunityToken", fn: "totalSupply" },
  ];
  const out = (await readMany(rpc, d, reads)) as bigint[];
  const n = accounts.length;
  return {
    tokens: new Map(accounts.map((a, i) => [a, out[i]!])),
    stable: new Map(accounts.map((a, i) => [a, out[n + i]!])),
    totalSupply: out[2 * n]!,
  };
}

export function stockAccounts(d: Deployment) {
  const c = (n: ContractName) => d.contracts[n].address.toLowerCase();
  return {
    companyReserve: c("CompanyReserve"),
    communityTreasury: c("CommunityTreasury"),
    stakingVault: c("StakingVault"),
    stableReserve: c("StableReserve"),
    liquidityProvider: d.accounts.liquidityProvider.toLowerCase(),
  };
}

/** The model of a freshly deployed, not yet activated economy, read from the chain. */
export async function modelFromChain(
  rpc: Rpc,
  d: Deployment,
  agents: readonly string[],
): Promise<EconomyState> {
  const keys = PARAMETER_KEYS.map((k) => stringToHex(k, { size: 32 }));
  const reads: Read[] = [
    { contract: "EconomyParameters", fn: "genesis" },
    { contract: "EconomyParameters", fn: "governanceActive" },
    { contract: "FeeRouter", fn: "baseFee" },
    { contract: "FeeRouter", fn: "currentEpoch" },
    { contract: "FeeRouter", fn: "generationsThisEpoch" },
    { contract: "StakingVault", fn: "positionCount" },
    { contract: "PortfolioNFT", fn: "totalMinted" },
    ...keys.map((k): Read => ({ contract: "EconomyParameters", fn: "get", args: [k] })),
  ];
  const out = await readMany(rpc, d, reads);
  const [genesis, active, baseFee, epoch, generations, positions, minted] = out as [
    bigint,
    boolean,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  if (active || positions !== 0n || minted !== 0n) {
    throw new Error("seeding needs a freshly deployed economy with governance not yet active");
  }
  const params = Object.fromEntries(PARAMETER_KEYS.map((k, i) => [k, out[7 + i]])) as Parameters;
  const accounts = stockAccounts(d);
  const s = createState(accounts, { params, genesis });
  s.fees = { storedBaseFee: baseFee, currentEpoch: epoch, generationsThisEpoch: generations };
  const everyone = [...new Set([...Object.values(accounts), ...agents])];
  const balances = await readBalances(rpc, d, everyone);
  for (const [a, amount] of balances.tokens) if (amount > 0n) seedBalance(s.ledger, a, amount);
  for (const [a, amount] of balances.stable) if (amount > 0n) mintStable(s.ledger, a, amount);
  if (s.ledger.totalSupply !== balances.totalSupply) {
    throw new Error("tokens are held outside the known accounts; seed a fresh deployment");
  }
  return s;
}
