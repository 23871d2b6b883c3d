// Builds eth_getLogs filters: one call for all addressed data sources (addresses OR-ed,
// topic0s OR-ed) plus one without address when a wildcard data source exists. Over-fetching
// a topic for the wrong address is harmless: matching happens per data source afterwards.
import type { LiveDataSource } from "./data-sources.ts";

export interface LogFilter {
  address?: string[];
  topics: [string[]];
}

export function logFilters(
  sources: LiveDataSource[],
  fromBlock: number,
  toBlock: number,
): LogFilter[] {
  const addresses = new Set<string>();
  const topics = new Set<string>();
  const wildcardTopics = new Set<string>();
  for (const ds of sources) {
    if (ds.startBlock > toBlock || (ds.endBlock !== null && ds.endBlock < fromBlock)) continue;
    if (ds.byTopic.size === 0) continue;
    const target = ds.address === null ? wildcardTopics : topics;
    for (const topic of ds.byTopic.keys()) target.add(topic);
    if (ds.address !== null) addresses.add(ds.address);
  }
  const filters: LogFilter[] = [];
  if (addresses.size > 0) filters.push({ address: [...addresses], topics: [[...topics]] });
  if (wildcardTopics.size > 0) filters.push({ topics: [[...wildcardTopics]] });
  return filters;
}
