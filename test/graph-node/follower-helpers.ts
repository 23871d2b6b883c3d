// Shared setup for follower suites: the test subgraph's contracts on a real anvil, driven
// through viem, plus a recording fake host for checks that must not depend on WASM.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Abi,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  type Hex,
  http,
  parseEventLogs,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";

export const TEST_SUBGRAPH = join(import.meta.dirname, "../../mocks/graph-node/test-subgraph");
// anvil's first well-known dev key; deploys from it land at the manifest's Factory address
const DEV_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

function artifact(name: string): { abi: Abi; bytecode: Hex } {
  // The test subgraph's build compiles its contracts too; it is a no-op when up to date,
  // and a clean clone may reach this suite before any suite that builds it.
  buildTestSubgraph();
  return JSON.parse(readFileSync(join(TEST_SUBGRAPH, "artifacts", `${name}.json`), "utf8"));
}

export function chainClients(rpcUrl: string) {
  const account = privateKeyToAccount(DEV_KEY);
  const transport = http(rpcUrl);
  const publicClient = createPublicClient({ chain: foundry, transport });
  const wallet = createWalletClient({ account, chain: foundry, transport });
  const factory = artifact("Factory");
  const vault = artifact("Vault");

  const submit = (to: Hex, abi: Abi, functionName: string, args: unknown[]) =>
    wallet.writeContract({ address: to, abi, functionName, args, chain: foundry, account });
  const send = async (to: Hex, abi: Abi, functionName: string, args: unknown[]) =>
    publicClient.waitForTransactionReceipt({ hash: await submit(to, abi, functionName, args) });

  return {
    publicClient,
    factoryAbi: factory.abi,
    vaultAbi: vault.abi,
    /** sends without waiting for a receipt (for several transactions in one manual block) */
    submit,
    rpc: (method: string, params: unknown[] = []) =>
      publicClient.request({ method, params } as never) as Promise<unknown>,
    async deployFactory(): Promise<Hex> {
      const hash = await wallet.deployContract({
        abi: factory.abi,
        bytecode: factory.bytecode,
        chain: foundry,
        account,
      });
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      return receipt.contractAddress!;
    },
    async createVault(factoryAddress: Hex, name: string, kind = 1): Promise<Hex> {
      const receipt = await send(factoryAddress, factory.abi, "create", [name, kind]);
      const [created] = parseEventLogs({
        abi: factory.abi,
        logs: receipt.logs,
        eventName: "VaultCreated",
      });
      return (created!.args as { vault: Hex }).vault;
    },
    deposit(vaultAddress: Hex, amount: bigint, note = "hello world") {
      const tag = `0x${"ab".repeat(32)}` as Hex;
      return send(vaultAddress, vault.abi, "deposit", [
        amount,
        -amount,
        tag,
        "0x0102",
        note,
        true,
        [amount, 2n],
      ]);
    },
    echo(vaultAddress: Hex, text: string, number: bigint) {
      return send(vaultAddress, vault.abi, "echo", [text, "0xbeef", number]);
    },
    probe(vaultAddress: Hex, op: number, arg: string, data: Hex = "0x") {
      return send(vaultAddress, vault.abi, "probe", [op, arg, data]);
    },
  };
}

export async function waitFor<T>(
  check: () => T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/**
 * Seeds `count` Echo events fast: JSON-RPC batches of unsigned transactions with a fixed gas
 * limit (no estimation), `perBlock` per mined block. `impersonate` sends from an impersonated
 * account: anvil then serves the transactions without recovering a signature each time,
 * which is ~10x faster to read back (anvil spends ~0.2-0.4 ms per signed transaction).
 */
export async function seedEchoes(
  rpcUrl: string,
  vault: Hex,
  count: number,
  perBlock = 500,
  impersonate = false,
): Promise<void> {
  const from = impersonate
    ? "0x00000000000000000000000000000000000e4c40"
    : privateKeyToAccount(DEV_KEY).address;
  const post = async (body: unknown) => {
    const res = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as
      | { error?: unknown; result?: unknown }[]
      | { error?: unknown; result?: unknown };
    const failed = (Array.isArray(json) ? json : [json]).find((r) => r.error);
    if (failed) throw new Error(`seeding failed: ${JSON.stringify(failed.error)}`);
    return json;
  };
  if (impersonate) {
    await post({
      jsonrpc: "2.0",
      id: 0,
      method: "anvil_setBalance",
      params: [from, "0xffffffffffffffffffffff"],
    });
    await post({ jsonrpc: "2.0", id: 0, method: "anvil_impersonateAccount", params: [from] });
  }
  // explicit nonces: anvil handles a batch's calls concurrently
  const counted = (await post({
    jsonrpc: "2.0",
    id: 0,
    method: "eth_getTransactionCount",
    params: [from, "pending"],
  })) as { result: Hex };
  let nonce = Number(counted.result);
  const abi = artifact("Vault").abi;
  await post({ jsonrpc: "2.0", id: 0, method: "evm_setAutomine", params: [false] });
  try {
    for (let sent = 0; sent < count; sent += perBlock) {
      const n = Math.min(perBlock, count - sent);
      const batch = Array.from({ length: n }, (_, i) => ({
        jsonrpc: "2.0",
        id: i + 1,
        method: "eth_sendTransaction",
        params: [
          {
            from,
            to: vault,
            gas: "0x30000",
            nonce: `0x${(nonce + i).toString(16)}`,
            data: encodeFunctionData({
              abi,
              functionName: "echo",
              args: [`echo ${sent + i}`, "0xbeef", BigInt(sent + i)],
            }),
          },
        ],
      }));
      await post(batch);
      nonce += n;
      await post({ jsonrpc: "2.0", id: 0, method: "evm_mine", params: [] });
    }
  } finally {
    await post({ jsonrpc: "2.0", id: 0, method: "evm_setAutomine", params: [true] });
  }
}
