// Polls graph-node's _meta and the RPC head, and shares the result with every view.
import { useQuery } from "@apollo/client/react";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useConfig } from "../../lib/config-context.ts";
import {
  type IndexedBlock,
  type IndexingStatus,
  IndexingStatusContext,
} from "../../lib/indexing-status.ts";
import { fetchChainHead } from "./chain-head.ts";
import { INDEXING_STATUS_QUERY } from "./status-query.ts";

const POLL_MS = 5_000;

function useChainHead(rpcUrl: string | undefined): IndexedBlock | null {
  const [head, setHead] = useState<IndexedBlock | null>(null);
  useEffect(() => {
    if (!rpcUrl) return;
    let alive = true;
    const poll = () =>
      fetchChainHead(rpcUrl)
        .then((block) => alive && setHead(block))
        .catch(() => alive && setHead(null));
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [rpcUrl]);
  return head;
}

export function StatusProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const { data, error, refetch } = useQuery(INDEXING_STATUS_QUERY, {
    pollInterval: POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const head = useChainHead(config.rpcUrl);
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
  const status = useMemo<IndexingStatus>(
    () => ({
      indexed: last.block,
      head,
      hasIndexingErrors: last.errors,
      unreachable: Boolean(error),
      error: error ? error.message : null,
      lastGoodAt: last.at,
      retry: () => void refetch().catch(() => undefined),
    }),
    [last.block, last.errors, last.at, head, error, refetch],
  );
  return <IndexingStatusContext.Provider value={status}>{children}</IndexingStatusContext.Provider>;
}
