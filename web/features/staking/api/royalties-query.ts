import type { RoyaltiesViewQuery, RoyaltiesViewQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// NFT sales and royalties: one RoyaltyDay row per day of the range (sales, volume, and the
// royalty by role), and the top earners of each role since indexing began (RoyaltyEarner).
export const ROYALTIES_VIEW_QUERY = graphql(`
  query RoyaltiesView($fromDay: Int!, $toDay: Int!, $top: Int!) {
    royaltyDays(
      subgraphError: allow
      where: { dayId_gte: $fromDay, dayId_lte: $toDay }
      orderBy: dayId
      first: 1000
    ) {
      dayId
      saleCount
      saleVolume
      royalty
      creator
      datasetContributors
      fineTuners
      community
      paymentCount
    }
    creators: royaltyEarners(
      subgraphError: allow
      where: { role: CREATOR }
      orderBy: amount
      orderDirection: desc
      first: $top
    ) {
      ...Earner
    }
    datasetContributors: royaltyEarners(
      subgraphError: allow
      where: { role: DATASET_CONTRIBUTOR }
      orderBy: amount
      orderDirection: desc
      first: $top
    ) {
      ...Earner
    }
    fineTuners: royaltyEarners(
      subgraphError: allow
      where: { role: FINE_TUNER }
      orderBy: amount
      orderDirection: desc
      first: $top
    ) {
      ...Earner
    }
    community: royaltyEarners(
      subgraphError: allow
      where: { role: COMMUNITY }
      orderBy: amount
      orderDirection: desc
      first: $top
    ) {
      ...Earner
    }
  }
  fragment Earner on RoyaltyEarner {
    id
    payee
    amount
    paymentCount
    lastPaidAt
  }
`);

export function useRoyaltiesView(variables: RoyaltiesViewQueryVariables, skip: boolean) {
  return useDashboardQuery<RoyaltiesViewQuery, RoyaltiesViewQueryVariables>(
    ROYALTIES_VIEW_QUERY,
    variables,
    { skip },
  );
}
