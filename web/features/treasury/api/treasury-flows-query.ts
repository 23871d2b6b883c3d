import type { TreasuryFlowsQuery, TreasuryFlowsQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// Inflows and outflows by source per bucket (the subgraph's StockSourceDay/Hour
// aggregates, so no client sums thousands of flows), and the largest single movements.
export const TREASURY_FLOWS_QUERY = graphql(`
  query TreasuryFlows(
    $asset: Bytes!
    $stocks: [String!]!
    $from: BigInt!
    $to: BigInt!
    $fromDay: Int!
    $toDay: Int!
    $fromHour: Int!
    $toHour: Int!
    $hourly: Boolean!
  ) {
    stockSourceDays(
      subgraphError: allow
      where: { asset: $asset, stock_in: $stocks, dayId_gte: $fromDay, dayId_lte: $toDay }
      orderBy: dayId
      first: 1000
    ) @skip(if: $hourly) {
      stock {
        id
      }
      source
      direction
      dayId
      amount
      count
    }
    stockSourceHours(
      subgraphError: allow
      where: { asset: $asset, stock_in: $stocks, hourId_gte: $fromHour, hourId_lte: $toHour }
      orderBy: hourId
      first: 1000
    ) @include(if: $hourly) {
      stock {
        id
      }
      source
      direction
      hourId
      amount
      count
    }
    largest: stockFlows(
      subgraphError: allow
      where: { asset: $asset, stock_in: $stocks, timestamp_gte: $from, timestamp_lt: $to }
      orderBy: amount
      orderDirection: desc
      first: 25
    ) {
      id
      stock {
        id
      }
      direction
      source
      counterparty
      amount
      balanceAfter
      timestamp
      txHash
    }
  }
`);

export function useTreasuryFlows(variables: TreasuryFlowsQueryVariables, skip: boolean) {
  return useDashboardQuery<TreasuryFlowsQuery, TreasuryFlowsQueryVariables>(
    TREASURY_FLOWS_QUERY,
    variables,
    { skip },
  );
}
