// graph-node's query limits from its environment variables (graph/src/env/graphql.rs), for
// servers started in Node; the engine itself (also run in the browser) takes plain numbers.
import type { EngineLimits } from "./engine.ts";
import type { QueryCacheLimits } from "./query-cache.ts";

type Env = Record<string, string | undefined>;

// graph-node accepts `1_000_000` for these (its `NoUnderscores` wrapper)
function parse(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${raw}`);
  return n;
}

/** GRAPH_GRAPHQL_MAX_FIRST, _MAX_SKIP, _MAX_DEPTH and _MAX_COMPLEXITY, where set. */
export function limitsFromEnv(env: Env): Partial<EngineLimits> {
  const out: Partial<EngineLimits> = {};
  const first = parse(env, "GRAPH_GRAPHQL_MAX_FIRST");
  const skip = parse(env, "GRAPH_GRAPHQL_MAX_SKIP");
  const depth = parse(env, "GRAPH_GRAPHQL_MAX_DEPTH");
  const complexity = parse(env, "GRAPH_GRAPHQL_MAX_COMPLEXITY");
  if (first !== undefined) out.maxFirst = first;
  if (skip !== undefined) out.maxSkip = skip;
  if (depth !== undefined) out.maxDepth = depth;
  if (complexity !== undefined) out.maxComplexity = complexity;
  return out;
}

/** GRAPH_QUERY_CACHE_BLOCKS and GRAPH_QUERY_CACHE_MAX_MEM (megabytes), where set. */
export function queryCacheFromEnv(env: Env): Partial<QueryCacheLimits> {
  const out: Partial<QueryCacheLimits> = {};
  const blocks = parse(env, "GRAPH_QUERY_CACHE_BLOCKS");
  const megabytes = parse(env, "GRAPH_QUERY_CACHE_MAX_MEM");
  if (blocks !== undefined) out.blocks = blocks;
  if (megabytes !== undefined) out.maxBytes = megabytes * 1_000_000;
  return out;
}
