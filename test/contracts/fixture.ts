// One real anvil per test file: deploy the economy once, optionally bootstrap governance,
// then snapshot. Every test runs from that snapshot (evm_revert after each test), so tests
// are isolated without paying for a redeploy each time.

import { type Address, getAddress, type Hex, type TransactionReceipt } from "viem";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { ParameterKey } from "../../economy/parameters.ts";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { bootstrapDevnet } from "../../mocks/devnet/bootstrap.ts";
import {
  type ChainClients,
  ContractRevert,
  createChainClients,
  decodeRevert,
  write,
} from "../../mocks/devnet/chain-client.ts";
import { deployEconomy } from "../../mocks/devnet/deploy.ts";
import type { ContractName, Deployment } from "../../mocks/devnet/deployment.ts";
import { keyOf } from "./reference.ts";

/** Both treasuries share the Treasury artifact; every other name is its own artifact. */
export const artifactOf = (name: ContractName) =>
  artifact(name === "CompanyReserve" || name === "CommunityTreasury" ? "Treasury" : name);

export interface Chain {
  anvil: AnvilHandle;
  clients: ChainClients;
  d: Deployment;
  /** anvil's 20 dev accounts: 0 deployer, 1 service, 2 liquidity provider, 3..9 holders */
  accounts: Address[];
  timelock: Address;
  addr(name: ContractName): Address;
  read<T = bigint>(name: ContractName, functionName: string, args?: readonly unknown[]): Promise<T>;
  send(
    from: Address,
    name: ContractName,
    functionName: string,
    args?: readonly unknown[],
  ): Promise<TransactionReceipt>;
  /** Parameter changes as the timelock (impersonated), so arithmetic tests need no vote. */
  setParams(values: Partial<Record<ParameterKey, bigint>>): Promise<TransactionReceipt>;
  param(key: ParameterKey): Promise<bigint>;
  balance(holder: Address | ContractName, asset?: "CommunityToken" | "MockUSDC"): Promise<bigint>;
  warp(seconds: bigint | number): Promise<void>;
  now(): Promise<bigint>;
}

export function setupChainSuite(options: { bootstrap?: boolean } = { bootstrap: true }): Chain {
  const chain = {} as Chain;
  let snapshot: Hex;
  beforeAll(async () => {
    const anvil = await startAnvil({ accounts: 20 });
    const clients = createChainClients(anvil.rpcUrl);
    let d = await deployEconomy(clients);
    if (options.bootstrap !== false) d = await bootstrapDevnet(clients, d);
    const accounts = (await clients.walletClient.getAddresses()) as Address[];
    const timelock = getAddress(d.contracts.WatershedTimelock.address);
    // The timelock is a contract: impersonating it stands in for an executed proposal.
    await clients.testClient.impersonateAccount({ address: timelock });
    await clients.testClient.setBalance({ address: timelock, value: 10n ** 21n });
    // checksummed, to compare with decoded event fields
    const addr = (name: ContractName) => getAddress(d.contracts[name].address);
    Object.assign(chain, {
      anvil,
      clients,
      d,
      accounts,
      timelock,
      addr,
      read: async <T = bigint>(
        name: ContractName,
        functionName: string,
        args: readonly unknown[] = [],
      ): Promise<T> => {
        try {
          return (await clients.publicClient.readContract({
            address: addr(name),
            abi: artifactOf(name).abi,
            functionName,
            args,
          } as never)) as T;
        } catch (error) {
          throw decodeRevert(error, `${functionName} on ${name}`);
        }
      },
      send: async (
        from: Address,
        name: ContractName,
        functionName: string,
        args: readonly unknown[] = [],
      ) => {
        const { abi } = artifactOf(name);
        // write() estimates gas first, so a revert names its custom error.
        return write(clients, { from, address: addr(name), abi, functionName, args } as never);
      },
      setParams: (values: Partial<Record<ParameterKey, bigint>>) => {
        const entries = Object.entries(values) as [ParameterKey, bigint][];
        return chain.send(timelock, "EconomyParameters", "setParameters", [
          entries.map(([k]) => keyOf(k)),
          entries.map(([, v]) => v),
        ]);
      },
      param: (key: ParameterKey) => chain.read("EconomyParameters", "get", [keyOf(key)]),
      balance: (holder: Address | ContractName, asset = "CommunityToken" as const) =>
        chain.read(asset, "balanceOf", [
          holder.startsWith("0x") ? holder : addr(holder as ContractName),
        ]),
      warp: async (seconds: bigint | number) => {
        await clients.testClient.increaseTime({ seconds: Number(seconds) });
        await clients.testClient.mine({ blocks: 1 });
      },
      now: async () => (await clients.publicClient.getBlock()).timestamp,
    } satisfies Omit<Chain, "anvil" | "clients" | "d" | "accounts" | "timelock"> & Partial<Chain>);
    snapshot = await clients.testClient.snapshot();
  });
  afterEach(async () => {
    // anvil consumes a snapshot on revert, so take a fresh one each time.
    await chain.clients.testClient.revert({ id: snapshot });
    snapshot = await chain.clients.testClient.snapshot();
  });
  afterAll(async () => {
    await chain.anvil?.stop();
  });
  return chain;
}

/** Awaits a call that must revert with the named custom error (and these args, if given). */
export async function expectRevert(
  call: Promise<unknown>,
  errorName: string,
  args?: readonly unknown[],
): Promise<ContractRevert> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a revert with ${errorName}`).toBeInstanceOf(ContractRevert);
  const revert = error as ContractRevert;
  expect(revert.errorName, revert.message).toBe(errorName);
  if (args) expect(revert.args).toEqual(args);
  return revert;
}

/** Approves `spender` for everything `owner` holds of the token. */
export async function approve(chain: Chain, owner: Address, spender: ContractName | Address) {
  const to = spender.startsWith("0x") ? spender : chain.addr(spender as ContractName);
  await chain.send(owner, "CommunityToken", "approve", [to, 2n ** 255n]);
}
