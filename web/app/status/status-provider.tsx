// Polls graph-node for the block it serves (`_meta`), its index-node status API for health
// and the chain head when one is configured, and the RPC for the head's time; shares the
// result with every view. Without a status API (a hosted gateway) `_meta` and the RPC suffice.
import { useQuery } from "@apollo/client/react";
import { type ReactNode, useMemo, useRef } from "react";
import { useConfig } from "../../lib/config-context.ts";
import {
  type IndexedBlock,
  type IndexingStatus,
  IndexingStatusContext,
} from "../../lib/indexing-status.ts";
import { fetchChainHead } from "./chain-head.ts";
import { fetchIndexNodeStatus, subgraphNameOf } from "./index-node-status.ts";
import { INDEXING_STATUS_QUERY } from "./status-query.ts";
import { usePolled } from "./use-polled.ts";

const POLL_MS = 5_000;

export function StatusProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const { data, error, refetch } = useQuery(INDEXING_STATUS_QUERY, {
    pollInterval: POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const rpcUrl = config.rpcUrl;
  const loadHead = useMemo(() => (rpcUrl ? () => fetchChainHead(rpcUrl) : null), [rpcUrl]);
  const rpcHead = usePolled(loadHead, POLL_MS);
  const name = subgraphNameOf(config.subgraphUrl);
  const statusUrl = config.statusUrl;
  const loadNode = useMemo(
    () => (statusUrl && name ? () => fetchIndexNodeStatus(statusUrl, name) : null),
    [statusUrl, name],
  );
  const node = usePolled(loadNode, POLL_MS);
  const lastGood = useRef<{ block: IndexedBlock | null; errors: boolean; at: number | null }>({
    block: null,
    errors: false,
    at: null,
  });
  const meta = error ? undefined : data?._meta;
  if (meta?.block.timestamp) {
    lastGood.current = {
      block: { number: meta.block.number, timestamp: Number(meta.block.timestamp) },
      errors: meta.hasIndexingErrors,
      at: Date.now(),
    };
  }
  const last = lastGood.current;
  const head = useMemo(() => {
    const number = rpcHead?.number ?? node?.chainHead ?? null;
    return number === null ? null : { number, timestamp: rpcHead?.timestamp ?? null };
  }, [rpcHead, node?.chainHead]);
  const status = useMemo<IndexingStatus>(
    () => ({
      indexed: last.block,
      head,
      hasIndexingErrors: last.errors || node?.health === "failed",
      fatalError: node?.fatalError ?? null,
      unreachable: Boolean(error),
      error: error ? error.message : null,
      lastGoodAt: last.at,
      retry: () => void refetch().catch(() => undefined),
    }),
    [last.block, last.errors, last.at, head, node, error, refetch],
  );
  return <IndexingStatusContext.Provider value={status}>{children}</IndexingStatusContext.Provider>;
}
