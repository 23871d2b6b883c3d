// The chain head from the configured RPC, for the lag: one JSON-RPC call, written out
// rather than loading viem (~87 kB gzip) on every view just to read a block number.
export async function fetchChainHead(
  rpcUrl: string,
): Promise<{ number: number; timestamp: number }> {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "eth_getBlockByNumber",
      params: ["latest", false],
    }),
    signal: AbortSignal.timeout(4_000),
  });
  const answer = (await res.json()) as {
    result?: { number: string; timestamp: string };
    error?: { message: string };
  };
  if (!answer.result) throw new Error(answer.error?.message ?? `RPC answered ${res.status}`);
  return {
    number: Number(BigInt(answer.result.number)),
    timestamp: Number(BigInt(answer.result.timestamp)),
  };
}
