import type {
  Account_Filter,
  GovernanceDelegatesQuery,
  GovernanceDelegatesQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// Delegates ranked by voting power (ties by id, as graph-node orders), a page at a time by
// cursor; with each its counts, when it first held power and its power days of the last
// week (VotingPowerDay) for the 7-day change; and every proposal's voting start, for
// participation.
export const DELEGATES_QUERY = graphql(`
  query GovernanceDelegates($where: Account_filter!, $first: Int!, $fromDay: Int!) {
    accounts(
      subgraphError: allow
      where: $where
      orderBy: votingPower
      orderDirection: desc
      first: $first
    ) {
      id
      balance
      votingPower
      delegatorCount
      voteCount
      firstVotingPowerAt
      delegate {
        id
      }
      votingPowerDays(where: { dayId_gte: $fromDay }, orderBy: dayId, first: 10) {
        dayId
        delta
      }
    }
    proposals(subgraphError: allow, orderBy: voteStart, orderDirection: desc, first: 1000) {
      id
      voteStart
      state
      canceledAt
    }
    token(subgraphError: allow, id: "token") {
      delegatedVotes
      delegateCount
      totalSupply
    }
  }
`);

export const DELEGATES_PAGE = 100;

/** Delegates with power, after the last row of the previous page (power desc, id desc). */
export function delegatesAfter(last: { votingPower: string; id: string } | null): Account_Filter {
  if (!last) return { votingPower_gt: "0" };
  return {
    or: [
      { votingPower_gt: "0", votingPower_lt: last.votingPower },
      { votingPower: last.votingPower, id_lt: last.id },
    ],
  };
}

export type DelegateRow = GovernanceDelegatesQuery["accounts"][number];

export function useDelegates(variables: GovernanceDelegatesQueryVariables, skip: boolean) {
  return useDashboardQuery<GovernanceDelegatesQuery, GovernanceDelegatesQueryVariables>(
    DELEGATES_QUERY,
    variables,
    { skip },
  );
}
