import { createHash } from "node:crypto";
import { hashLine, type RpcLog } from "../../mocks/devnet/seed/log-digest.ts";
import { createRpc } from "../../mocks/devnet/seed/rpc.ts";

/** Every log of the chain from genesis, in block and log order. */
export async function allLogs(rpcUrl: string): Promise<RpcLog[]> {
  return createRpc(rpcUrl).call<RpcLog[]>("eth_getLogs", [{ fromBlock: "0x0", toBlock: "latest" }]);
}

/** Hash of all logs: address, topics, data, block number and log index of each. */
export function hashLogs(logs: RpcLog[]): string {
  const hash = createHash("sha256");
  for (const log of logs) hash.update(hashLine(log));
  return hash.digest("hex");
}
