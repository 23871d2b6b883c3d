// Waits for the follower to reach the chain head. A transient RPC failure (anvil slow to
// answer eth_getLogs on a busy machine) settles `ready` with an error while the follower
// retries; the start waits for the retry instead of giving up.
import { HandlerError, type RunningFollower } from "../graph-node/follower/index.ts";
import { RpcError } from "../graph-node/follower/rpc.ts";

export async function untilIndexed(
  follower: RunningFollower,
  log: (line: string) => void,
): Promise<void> {
  try {
    await follower.ready;
    return;
  } catch (error) {
    // a failed subgraph still serves the data of its last good block, as graph-node does
    if (error instanceof HandlerError) return log(`indexing failed: ${error.message}`);
    if (!(error instanceof RpcError && error.transient)) throw error;
    log(`${error.message}; retrying`);
  }
  while (!follower.synced()) {
    const e = follower.error();
    if (e instanceof HandlerError && e.deterministic) return log(`indexing failed: ${e.message}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
