import type { TreasuryHistoryQuery, TreasuryHistoryQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// Each stock's balance of one asset per bucket (day or hour), and its balance just before
// the range so the first bucket's change is known. One list per stock, ≤ 1000 buckets.
export const TREASURY_HISTORY_QUERY = graphql(`
  query TreasuryHistory(
    $asset: Bytes!
    $fromDay: Int!
    $toDay: Int!
    $fromHour: Int!
    $toHour: Int!
    $hourly: Boolean!
  ) {
    stockBalances(where: { asset: $asset }, orderBy: id, first: 10, subgraphError: allow) {
      id
      stock {
        id
      }
      balance
      days(where: { dayId_gte: $fromDay, dayId_lte: $toDay }, orderBy: dayId, first: 1000) @skip(if: $hourly) {
        dayId
        balance
        inflow
        outflow
      }
      dayBefore: days(where: { dayId_lt: $fromDay }, orderBy: dayId, orderDirection: desc, first: 1) @skip(if: $hourly) {
        balance
      }
      hours(where: { hourId_gte: $fromHour, hourId_lte: $toHour }, orderBy: hourId, first: 1000) @include(if: $hourly) {
        hourId
        balance
        inflow
        outflow
      }
      hourBefore: hours(where: { hourId_lt: $fromHour }, orderBy: hourId, orderDirection: desc, first: 1) @include(if: $hourly) {
        balance
      }
    }
  }
`);

export function useTreasuryHistory(variables: TreasuryHistoryQueryVariables, skip: boolean) {
  return useDashboardQuery<TreasuryHistoryQuery, TreasuryHistoryQueryVariables>(
    TREASURY_HISTORY_QUERY,
    variables,
    { skip },
  );
}
