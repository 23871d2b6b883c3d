import type { EmissionsQuery, EmissionsQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// Everything the Emissions view draws, in one request: the emissions per epoch by kind and
// source (latest 1000 epochs, newest first), the activity each epoch paid for, the history
// of the governed emission parameters with their proposals, today's parameters, and the
// supply per day with the stocks' token balances (staked, held by the treasuries).
export const EMISSIONS_QUERY = graphql(`
  query Emissions($native: Bytes!, $keys: [String!]!) {
    emissionTotals(id: "emissions", subgraphError: allow) {
      cumulative
      generation
      share
      hosting
      genesis
    }
    emissionEpoches(orderBy: epoch, orderDirection: desc, first: 1000, subgraphError: allow) {
      epoch
      total
      generation
      share
      hosting
      fromCompanyReserve
      fromCommunityTreasury
      fromInflation
      cumulative
    }
    emissionActivities(orderBy: epoch, orderDirection: desc, first: 1000, subgraphError: allow) {
      epoch
      generations
      shares
      hostingSupply
      hostingSettledAt
      hostingNodes
    }
    parameterChanges(
      subgraphError: allow
      where: { parameter_in: $keys }
      orderBy: timestamp
      first: 1000
    ) {
      id
      parameter {
        id
      }
      oldValue
      newValue
      timestamp
      txHash
      proposal {
        id
        title
      }
    }
    supplyDays(orderBy: dayId, orderDirection: desc, first: 1000, subgraphError: allow) {
      dayId
      totalSupply
      circulating
      burned
    }
    stockBalances(where: { asset: $native }, orderBy: id, first: 10, subgraphError: allow) {
      stock {
        id
      }
      balance
      days(orderBy: dayId, orderDirection: desc, first: 1000) {
        dayId
        balance
      }
    }
  }
`);

export function useEmissions(variables: EmissionsQueryVariables, skip: boolean) {
  return useDashboardQuery<EmissionsQuery, EmissionsQueryVariables>(EMISSIONS_QUERY, variables, {
    skip,
  });
}
