import type { FlowLinksQuery, FlowLinksQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The value network over a range of UTC days in one request, whatever its length: each
// link's running total at the range's last day minus the one before its first day (two
// rows per link). The stocks' balances at the same bounds (the Treasury's StockDaySnapshot)
// come along, so the view shows that links in − links out = each stock's change.
export const FLOW_LINKS_QUERY = graphql(`
  query FlowLinks($fromDay: Int!, $toDay: Int!) {
    flowLinks(
      subgraphError: allow
      where: { firstDayId_lte: $toDay, lastDayId_gte: $fromDay }
      orderBy: id
      first: 1000
    ) {
      id
      from
      to
      asset
      firstDayId
      end: days(where: { dayId_lte: $toDay }, orderBy: dayId, orderDirection: desc, first: 1) {
        cumulativeAmount
        cumulativeCount
      }
      start: days(where: { dayId_lt: $fromDay }, orderBy: dayId, orderDirection: desc, first: 1) {
        cumulativeAmount
        cumulativeCount
      }
    }
    stockBalances(subgraphError: allow, orderBy: id, first: 20) {
      id
      stock {
        id
      }
      asset
      end: days(where: { dayId_lte: $toDay }, orderBy: dayId, orderDirection: desc, first: 1) {
        balance
      }
      start: days(where: { dayId_lt: $fromDay }, orderBy: dayId, orderDirection: desc, first: 1) {
        balance
      }
    }
  }
`);

export function useFlowLinks(variables: FlowLinksQueryVariables, skip: boolean) {
  return useDashboardQuery<FlowLinksQuery, FlowLinksQueryVariables>(FLOW_LINKS_QUERY, variables, {
    skip,
  });
}
