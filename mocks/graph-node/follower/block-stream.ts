// Yields blocks in order while fetching ahead. Full-transaction blocks are slow to serve
// (anvil spends ~0.2 ms per transaction), so requests run `concurrency` at a time and
// overlap with handler execution instead of preceding it.
import type { CachedBlock, ChainReader } from "./chain-reader.ts";

export interface StreamOptions {
  /** requests in flight */
  concurrency?: number;
  /** rough cost budget per request: a block with logs weighs its log count, others 1 */
  chunkWeight?: number;
}

function chunk(numbers: number[], weight: (n: number) => number, budget: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let used = 0;
  for (const n of numbers) {
    const w = weight(n);
    if (current.length > 0 && used + w > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(n);
    used += w;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export async function* streamBlocks(
  chain: ChainReader,
  numbers: number[],
  logCounts: Map<number, number>,
  options: StreamOptions = {},
): AsyncGenerator<CachedBlock> {
  const concurrency = options.concurrency ?? 2;
  const full = new Set(logCounts.keys());
  const chunks = chunk(
    numbers,
    (n) => Math.max(1, logCounts.get(n) ?? 0),
    options.chunkWeight ?? 300,
  );
  const inFlight: Promise<void>[] = [];
  let next = 0;
  const launch = () => {
    while (inFlight.length < concurrency && next < chunks.length) {
      const p = chain.prefetch(chunks[next++]!, full);
      p.catch(() => {}); // observed when awaited below; avoids an unhandled rejection meanwhile
      inFlight.push(p);
    }
  };
  launch();
  for (const part of chunks) {
    await inFlight.shift();
    launch();
    for (const n of part) yield await chain.block(n, full.has(n));
  }
}
