import type { ParametersPageQuery } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The whole page in one request: every governed parameter with its latest changes (a
// parameter changes a handful of times; `changeCount` tells when more than 1000 exist) and
// the Queued proposals, whose decoded setParameters actions are the changes to come.
// Changes come newest first so a truncated history keeps its recent end.
export const PARAMETERS_QUERY = graphql(`
  query ParametersPage {
    parameters(subgraphError: allow, first: 1000, orderBy: id) {
      id
      value
      updatedAt
      changeCount
      changes(first: 1000, orderBy: timestamp, orderDirection: desc) {
        id
        oldValue
        newValue
        timestamp
        blockNumber
        txHash
        changedBy
        proposal {
          id
          title
        }
      }
    }
    proposals(
      subgraphError: allow
      where: { state: QUEUED }
      orderBy: eta
      orderDirection: asc
      first: 1000
    ) {
      id
      title
      eta
      queuedAt
      actions(first: 1000, orderBy: index) {
        index
        functionName
        parameterKeys
        parameterValues
      }
    }
  }
`);

export type ParameterEntity = ParametersPageQuery["parameters"][number];
export type QueuedProposal = ParametersPageQuery["proposals"][number];

export function useParametersPage() {
  return useDashboardQuery<ParametersPageQuery, Record<string, never>>(PARAMETERS_QUERY, {});
}
