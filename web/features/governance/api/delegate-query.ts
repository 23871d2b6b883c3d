import type {
  GovernanceDelegateQuery,
  GovernanceDelegateQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// One delegate: its power and counts, its votes with their reasons, who delegates to it,
// its power by day, and every proposal's voting start for its participation.
export const DELEGATE_QUERY = graphql(`
  query GovernanceDelegate($id: ID!) {
    account(subgraphError: allow, id: $id) {
      id
      balance
      votingPower
      delegatorCount
      voteCount
      firstVotingPowerAt
      delegate {
        id
      }
      delegators(orderBy: balance, orderDirection: desc, first: 1000) {
        id
        balance
      }
      votes(orderBy: timestamp, orderDirection: desc, first: 1000) {
        id
        proposal {
          id
          title
          state
        }
        choice
        weight
        reason
        timestamp
        txHash
      }
      votingPowerDays(orderBy: dayId, orderDirection: desc, first: 1000) {
        dayId
        votingPower
        delta
      }
    }
    proposals(subgraphError: allow, orderBy: voteStart, orderDirection: desc, first: 1000) {
      id
      voteStart
      state
      canceledAt
    }
  }
`);

export type DelegateData = NonNullable<GovernanceDelegateQuery["account"]>;

export function useDelegate(id: string) {
  return useDashboardQuery<GovernanceDelegateQuery, GovernanceDelegateQueryVariables>(
    DELEGATE_QUERY,
    { id },
  );
}
