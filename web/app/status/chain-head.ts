// The chain head from the configured RPC, for the lag. viem loads on first use, so the
// status line does not weigh on the first paint.
export async function fetchChainHead(
  rpcUrl: string,
): Promise<{ number: number; timestamp: number }> {
  const { createPublicClient, http } = await import("viem");
  const client = createPublicClient({ transport: http(rpcUrl, { retryCount: 0, timeout: 4_000 }) });
  const block = await client.getBlock({ blockTag: "latest" });
  return { number: Number(block.number), timestamp: Number(block.timestamp) };
}
