// One way every view runs its GraphQL: Apollo's useQuery plus the last good answer kept
// through a failed refetch, and a state a chart card can render directly.
import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
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
  });
  const last = useLastGood(result.error ? undefined : (result.data as T | undefined));
  const error = result.error ? result.error.message : null;
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
