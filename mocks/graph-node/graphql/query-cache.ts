// graph-node's query result cache (graphql/src/execution/execution.rs, `QUERY_BLOCK_CACHE`):
// a query's result is kept for the block it was answered at, keyed by the query, its
// variables and that block, for the most recent GRAPH_QUERY_CACHE_BLOCKS blocks (default 2)
// within GRAPH_QUERY_CACHE_MAX_MEM megabytes (default 1000); results with errors are never
// kept. A dashboard polling the same documents is then answered from memory until the next
// block, as a real graph-node answers it. Here "the block" is the store's data version
// (store/types.ts dataVersion) with its meta, which also moves on a revert or a failure.
// graph-node's second, least-frequently-used cache for older blocks is not modelled: a
// result of an older block is computed again, which changes speed, never an answer.
import type { GraphqlResponse } from "./engine.ts";

export interface QueryCacheLimits {
  /** graph-node GRAPH_QUERY_CACHE_BLOCKS; 0 turns the cache off */
  blocks: number;
  /** graph-node GRAPH_QUERY_CACHE_MAX_MEM, in bytes of the results' JSON */
  maxBytes: number;
}

export const DEFAULT_QUERY_CACHE: QueryCacheLimits = { blocks: 2, maxBytes: 1000 * 1_000_000 };

interface Generation {
  block: string;
  results: Map<string, GraphqlResponse>;
}

export class QueryCache {
  /** oldest first */
  private generations: Generation[] = [];
  private bytes = 0;
  private sizes = new WeakMap<GraphqlResponse, number>();

  constructor(private readonly limits: QueryCacheLimits) {}

  get enabled(): boolean {
    return this.limits.blocks > 0;
  }

  get(block: string, key: string): GraphqlResponse | undefined {
    return this.generations.find((g) => g.block === block)?.results.get(key);
  }

  /** Keeps an error-free result of `block`; `size` is its JSON's length. */
  set(block: string, key: string, result: GraphqlResponse, size: number): void {
    if (!this.enabled || result.errors || size > this.limits.maxBytes) return;
    let generation = this.generations.find((g) => g.block === block);
    if (!generation) {
      generation = { block, results: new Map() };
      this.generations.push(generation);
      while (this.generations.length > this.limits.blocks) this.drop(this.generations[0]!);
    }
    // over the memory budget the oldest block's results go first, then this block's oldest
    while (this.bytes + size > this.limits.maxBytes && this.generations.length > 1)
      this.drop(this.generations[0]!);
    if (this.bytes + size > this.limits.maxBytes) {
      generation.results.clear();
      this.bytes = 0;
    }
    generation.results.set(key, result);
    this.sizes.set(result, size);
    this.bytes += size;
  }

  private drop(generation: Generation): void {
    for (const result of generation.results.values()) this.bytes -= this.sizes.get(result) ?? 0;
    this.generations = this.generations.filter((g) => g !== generation);
  }
}
