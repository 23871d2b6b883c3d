// What every view knows about the index: the block it serves, the chain head, errors, and
// when data last arrived. The shell's provider fills it; views read it (ranges end at the
// indexed head, the Overview's lag alert).
import { createContext, useContext } from "react";

export interface IndexedBlock {
  number: number;
  /** unix seconds */
  timestamp: number;
}

export interface IndexingStatus {
  /** the block the subgraph answers for; null before the first answer */
  indexed: IndexedBlock | null;
  /** the chain head, from the RPC or graph-node's index-node status API; its time only from the RPC */
  head: { number: number; timestamp: number | null } | null;
  hasIndexingErrors: boolean;
  /** the failure graph-node's status API reports, when one is configured */
  fatalError: { message: string; blockNumber: number | null; handler: string | null } | null;
  /** the endpoint did not answer the last poll */
  unreachable: boolean;
  /** why the last poll failed */
  error: string | null;
  /** wall-clock ms of the last successful answer */
  lastGoodAt: number | null;
  /** ask again now rather than at the next poll */
  retry: () => void;
}

export const EMPTY_STATUS: IndexingStatus = {
  indexed: null,
  head: null,
  hasIndexingErrors: false,
  fatalError: null,
  unreachable: false,
  error: null,
  lastGoodAt: null,
  retry: () => undefined,
};

/**
 * A view's load state while it waits for the indexed head it needs for its range: an
 * unreachable endpoint is an error with a retry, not an endless skeleton.
 */
export function headState(status: IndexingStatus) {
  return {
    state: status.unreachable ? ("error" as const) : ("loading" as const),
    error: status.error,
    lastGoodAt: status.lastGoodAt,
    retry: status.retry,
  };
}

export const IndexingStatusContext = createContext<IndexingStatus>(EMPTY_STATUS);

export function useIndexingStatus(): IndexingStatus {
  return useContext(IndexingStatusContext);
}

/**
 * "Now" for relative times in the content: the indexed head's time. On a live chain it is
 * seconds from the wall clock; on a devnet whose clock was warped it keeps "3 h ago"
 * meaning "3 h before the latest indexed block" rather than months off.
 */
export function useChainNow(fallback: number): number {
  return useContext(IndexingStatusContext).indexed?.timestamp ?? fallback;
}

/** Lag behind the head in blocks and seconds (seconds only with the head's time). */
export function lagOf(status: IndexingStatus): { blocks: number; seconds: number | null } | null {
  if (!status.indexed || !status.head) return null;
  const { head, indexed } = status;
  return {
    blocks: Math.max(0, head.number - indexed.number),
    seconds: head.timestamp === null ? null : Math.max(0, head.timestamp - indexed.timestamp),
  };
}
