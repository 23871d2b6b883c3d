import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeErrorResult,
  encodeFunctionData,
  type Hex,
  http,
  type PublicClient,
  type TransactionReceipt,
} from "viem";
import { foundry } from "viem/chains";
import { allErrorsAbi, artifact } from "./artifacts.ts";

/** A revert decoded to the contract's custom error name and arguments. */
export class ContractRevert extends Error {
  constructor(
    readonly errorName: string,
    readonly args: readonly unknown[],
    readonly context: string,
  ) {
    super(`${context} reverted with ${errorName}(${args.map(String).join(", ")})`);
  }
}

export function createChainClients(rpcUrl: string) {
  const transport = http(rpcUrl, { batch: false, retryCount: 0 });
  const publicClient = createPublicClient({ chain: foundry, transport, pollingInterval: 50 });
  const walletClient = createWalletClient({ chain: foundry, transport });
  const testClient = createTestClient({ chain: foundry, mode: "anvil", transport });
  return { publicClient, walletClient, testClient, rpcUrl };
}

export type ChainClients = ReturnType<typeof createChainClients>;

function revertData(error: unknown): Hex | undefined {
  let cursor = error as { data?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; cursor && depth < 10; depth++) {
    if (typeof cursor.data === "string" && cursor.data.startsWith("0x")) return cursor.data as Hex;
    if (cursor.data && typeof (cursor.data as { data?: unknown }).data === "string") {
      return (cursor.data as { data: Hex }).data;
    }
    cursor = cursor.cause as typeof cursor;
  }
  return undefined;
}

/** Turns a viem error into a ContractRevert naming the custom error, when one was raised. */
export function decodeRevert(error: unknown, context: string): Error {
  const data = revertData(error);
  if (data && data.length >= 10) {
    try {
      const decoded = decodeErrorResult({ abi: allErrorsAbi(), data });
      return new ContractRevert(decoded.errorName, decoded.args ?? [], context);
    } catch {
      // not one of ours: fall through to the original error
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}

async function receiptOf(publicClient: PublicClient, hash: Hex): Promise<TransactionReceipt> {
  // anvil mines on send (automine), so the receipt is there at once; poll briefly otherwise.
  for (let attempt = 0; ; attempt++) {
    try {
      return await publicClient.getTransactionReceipt({ hash });
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

export interface WriteRequest<
  TAbi extends Abi,
  TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">,
> {
  from: Address;
  address: Address;
  abi: TAbi;
  functionName: TName;
  args?: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>;
  gas?: bigint;
}

/**
 * anvil mines a reverting eth_sendTransaction with status 0 and no reason, so gas is
 * estimated first: a revert there carries the custom error. The margin covers ERC20Votes
 * checkpoints, which cost a fresh slot when the mined block's timestamp moves past the one
 * the estimate ran at.
 */
async function estimateWithMargin(
  clients: ChainClients,
  from: Address,
  to: Address,
  data: Hex,
): Promise<bigint> {
  const gas = await clients.publicClient.estimateGas({ account: from, to, data });
  return gas + 100_000n + gas / 5n;
}

/** Sends a transaction from an unlocked dev account and waits for success, decoding reverts. */
export async function write<
  const TAbi extends Abi,
  TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">,
>(clients: ChainClients, request: WriteRequest<TAbi, TName>): Promise<TransactionReceipt> {
  const data = encodeFunctionData({
    abi: request.abi,
    functionName: request.functionName,
    args: request.args,
  } as never);
  const context = `${String(request.functionName)} on ${request.address}`;
  let hash: Hex;
  try {
    const gas =
      request.gas ?? (await estimateWithMargin(clients, request.from, request.address, data));
    hash = await clients.walletClient.sendTransaction({
      account: request.from,
      to: request.address,
      data,
      gas,
      chain: clients.walletClient.chain,
    });
  } catch (error) {
    throw decodeRevert(error, context);
  }
  const receipt = await receiptOf(clients.publicClient, hash);
  if (receipt.status !== "success")
    throw new Error(`${context} failed in block ${receipt.blockNumber}`);
  return receipt;
}

/** Deploys a compiled contract from an unlocked dev account. */
export async function deployContract(
  clients: ChainClients,
  from: Address,
  name: string,
  args: readonly unknown[] = [],
): Promise<{ address: Address; blockNumber: bigint }> {
  const { abi, bytecode } = artifact(name);
  let hash: Hex;
  try {
    hash = await clients.walletClient.deployContract({
      abi,
      bytecode,
      args,
      account: from,
      chain: clients.walletClient.chain,
    } as never);
  } catch (error) {
    throw decodeRevert(error, `deploying ${name}`);
  }
  const receipt = await receiptOf(clients.publicClient, hash);
  if (receipt.status !== "success" || !receipt.contractAddress)
    throw new Error(`deploying ${name} failed`);
  return { address: receipt.contractAddress, blockNumber: receipt.blockNumber };
}
