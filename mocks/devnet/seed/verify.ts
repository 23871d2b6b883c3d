// Compares the chain with the model's books after a run: every stock, every agent's balance,
// the vault's accumulator, the base fee and each proposal's state must match exactly.
import { type Address, parseAbiItem } from "viem";
import type { Stocks } from "../../../economy/model/state.ts";
import type { ChainClients } from "../chain-client.ts";
import type { Deployment } from "../deployment.ts";
import { type Read, readBalances, readMany } from "./chain-reads.ts";
import type { Rpc } from "./rpc.ts";
import type { SeedSummary } from "./summary.ts";

const PROPOSAL_STATES = [
  "Pending",
  "Active",
  "Canceled",
  "Defeated",
  "Succeeded",
  "Queued",
  "Expired",
  "Executed",
];
const ZERO = "0x0000000000000000000000000000000000000000";

export interface Verification {
  chain: Stocks;
  mismatches: string[];
}

async function supplyFlows(clients: ChainClients, d: Deployment) {
  const event = parseAbiItem(
    "event Transfer(address indexed from, address indexed to, uint256 value)",
  );
  const address = d.contracts.CommunityToken.address;
  const logs = (args: { from?: Address; to?: Address }) =>
    clients.publicClient.getLogs({ address, event, args, fromBlock: 0n, toBlock: "latest" });
  const sum = (ls: { args: { value?: bigint } }[]) =>
    ls.reduce((a, l) => a + (l.args.value ?? 0n), 0n);
  const mints = await logs({ from: ZERO });
  // the first mint is the genesis supply, not emission
  return { minted: sum(mints.slice(1)), burned: sum(await logs({ to: ZERO })) };
}

export async function verifyAgainstChain(
  rpc: Rpc,
  clients: ChainClients,
  d: Deployment,
  summary: SeedSummary,
): Promise<Verification> {
  const m = summary.model;
  const a = m.accounts;
  const agents = (await rpc.call<string[]>("eth_accounts")).map((x) => x.toLowerCase());
  const stocks = [a.companyReserve, a.communityTreasury, a.stakingVault, a.stableReserve];
  const balances = await readBalances(rpc, d, [...stocks, ...agents]);
  const flows = await supplyFlows(clients, d);
  const holders = agents.reduce((sum, x) => sum + balances.tokens.get(x)!, 0n);
  const chain: Stocks = {
    companyReserve: balances.tokens.get(a.companyReserve)!,
    communityTreasury: balances.tokens.get(a.communityTreasury)!,
    stableReserve: balances.stable.get(a.stableReserve)!,
    stakingVault: balances.tokens.get(a.stakingVault)!,
    holders,
    burned: flows.burned,
    minted: flows.minted,
    totalSupply: balances.totalSupply,
  };
  const mismatches: string[] = [];
  const expect = (what: string, onChain: unknown, model: unknown) => {
    if (onChain !== model) mismatches.push(`${what}: chain ${onChain}, model ${model}`);
  };
  for (const key of Object.keys(chain) as (keyof Stocks)[])
    expect(key, chain[key], summary.stocks[key]);
  for (const x of agents) {
    expect(`balance of ${x}`, balances.tokens.get(x), m.ledger.tokens.get(x) ?? 0n);
    expect(`USDC of ${x}`, balances.stable.get(x), m.ledger.stable.get(x) ?? 0n);
  }
  const reads: Read[] = [
    { contract: "StakingVault", fn: "totalWeight" },
    { contract: "StakingVault", fn: "accRewardPerWeight" },
    { contract: "StakingVault", fn: "undistributed" },
    { contract: "FeeRouter", fn: "generationsThisEpoch" },
    ...summary.proposals.map(
      (p): Read => ({ contract: "CommunityGovernor", fn: "state", args: [p.id] }),
    ),
  ];
  const out = await readMany(rpc, d, reads);
  expect("vault totalWeight", out[0], m.vault.totalWeight);
  expect("vault accRewardPerWeight", out[1], m.vault.accRewardPerWeight);
  expect("vault undistributed", out[2], m.vault.undistributed);
  expect("generationsThisEpoch", out[3], m.fees.generationsThisEpoch);
  summary.proposals.forEach((p, i) => {
    expect(`state of "${p.title}"`, PROPOSAL_STATES[Number(out[4 + i])], p.state);
  });
  return { chain, mismatches };
}
