// graph-node's per-block trigger order: `once` block handlers first, then logs by log
// index, then ordinary/polling block handlers; within one trigger, data sources in host
// order. Matching (and decoding) happens for the whole block before any handler runs.
import type { EventParam } from "../host/types.ts";
import type { RpcLog } from "./chain-data.ts";
import {
  blockHandlerFor,
  type CompiledHandler,
  isActive,
  type LiveDataSource,
} from "./data-sources.ts";
import type { BlockHandlerSpec } from "./host-port.ts";

export type Runnable =
  | {
      kind: "event";
      ds: LiveDataSource;
      handler: CompiledHandler;
      log: RpcLog;
      params: EventParam[];
    }
  | { kind: "block"; ds: LiveDataSource; handler: BlockHandlerSpec };

function matchLog(
  ds: LiveDataSource,
  log: RpcLog,
  address: string,
  block: number,
): Runnable | null {
  if (!isActive(ds, block) || (ds.address !== null && ds.address !== address)) return null;
  const topic0 = log.topics[0]?.toLowerCase();
  const candidates = topic0 ? ds.byTopic.get(topic0) : undefined;
  if (!candidates) return null;
  const matches: Runnable[] = [];
  for (const handler of candidates) {
    if (
      !handler.topicFilters.every(
        (f, i) => f === null || f.has(log.topics[i + 1]?.toLowerCase() ?? ""),
      )
    )
      continue;
    try {
      // like graph-node, a handler whose event cannot decode this log is skipped (overloads)
      matches.push({
        kind: "event",
        ds,
        handler,
        log,
        params: handler.decoder.decode(log.topics, log.data),
      });
    } catch {}
  }
  if (matches.length > 1) {
    throw new Error(
      `Multiple handlers defined for event \`${candidates[0]!.spec.event}\`, only one is supported`,
    );
  }
  return matches[0] ?? null;
}

/** `logs` must belong to `block` and be sorted by log index. */
export function matchTriggers(
  sources: LiveDataSource[],
  block: number,
  logs: RpcLog[],
): Runnable[] {
  const out: Runnable[] = [];
  for (const ds of sources) {
    const handler = blockHandlerFor(ds, "start", block);
    if (handler) out.push({ kind: "block", ds, handler });
  }
  for (const log of logs) {
    const address = log.address.toLowerCase();
    for (const ds of sources) {
      const runnable = matchLog(ds, log, address, block);
      if (runnable) out.push(runnable);
    }
  }
  for (const ds of sources) {
    const handler = blockHandlerFor(ds, "end", block);
    if (handler) out.push({ kind: "block", ds, handler });
  }
  return out;
}
