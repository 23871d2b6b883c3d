// One way every view runs its GraphQL: Apollo's useQuery plus the last good answer kept
// through a failed refetch, and a state a chart card can render directly.
import {
  CombinedGraphQLErrors,
  type OperationVariables,
  type TypedDocumentNode,
} from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useLastGood } from "./use-last-good.ts";

export type LoadState = "loading" | "error" | "ready";

export interface DashboardQuery<T> {
  data: T | undefined;
  state: LoadState;
  /** what failed, kept while the last good data stays on screen */
  error: string | null;
  lastGoodAt: number | null;
  refetching: boolean;
  retry: () => void;
}

/**
 * graph-node answers a failed subgraph's `subgraphError: allow` fields with their data and
 * an `indexing_error`; the status banner reports that failure, so the data is shown.
 */
export function meaningfulError(error: unknown): string | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter((m) => m !== "indexing_error");
    return messages.length > 0 ? messages.join("; ") : null;
  }
  return error instanceof Error ? error.message : String(error);
}

export function useDashboardQuery<T, V extends OperationVariables>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  options: { skip?: boolean; pollInterval?: number } = {},
): DashboardQuery<T> {
  const result = useQuery(document as TypedDocumentNode<T, OperationVariables>, {
    variables,
    skip: options.skip,
    pollInterval: options.pollInterval,
    notifyOnNetworkStatusChange: true,
    errorPolicy: "all",
  });
  const error = meaningfulError(result.error);
  const last = useLastGood(error ? undefined : (result.data as T | undefined));
  const state: LoadState = last.data !== undefined ? "ready" : error ? "error" : "loading";
  return {
    data: last.data,
    state,
    error,
    lastGoodAt: last.at,
    refetching: result.loading && last.data !== undefined,
    retry: () => void result.refetch().catch(() => undefined),
  };
}
