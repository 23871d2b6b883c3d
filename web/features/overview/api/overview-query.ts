import type { OverviewQuery, OverviewQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The moderator's morning view in one request: balances now and at the range's bounds
// (each balance's last flow before the bound), the stable reserve's trailing days for the
// runway, fees by kind, the latest token price the reserve traded at, outflows the subgraph
// already measured against their stock, roles, and the latest executed parameter changes.
export const OVERVIEW_QUERY = graphql(`
  query Overview(
    $from: BigInt!
    $to: BigInt!
    $fromDay: Int!
    $toDay: Int!
    $trailingFromDay: Int!
    $outflowBps: Int!
  ) {
    stocks(orderBy: id, first: 10, subgraphError: allow) {
      id
      address
      balances(orderBy: id, first: 10) {
        id
        asset
        balance
        atStart: flows(where: { timestamp_lt: $from }, orderBy: timestamp, orderDirection: desc, first: 1) {
          balanceAfter
        }
        atEnd: flows(where: { timestamp_lt: $to }, orderBy: timestamp, orderDirection: desc, first: 1) {
          balanceAfter
        }
      }
    }
    stableDays: stockDaySnapshots(
      subgraphError: allow
      where: { stock: "STABLE_RESERVE", dayId_gte: $trailingFromDay }
      orderBy: dayId
      first: 1000
    ) {
      asset
      dayId
      inflow
      outflow
    }
    feeDays(where: { dayId_gte: $fromDay, dayId_lte: $toDay }, orderBy: dayId, first: 1000, subgraphError: allow) {
      kind
      dayId
      count
      amount
    }
    diversifications(orderBy: timestamp, orderDirection: desc, first: 1, subgraphError: allow) {
      price
      timestamp
      txHash
    }
    buybacks(orderBy: timestamp, orderDirection: desc, first: 1, subgraphError: allow) {
      price
      timestamp
      txHash
    }
    largeOutflows: stockFlows(
      subgraphError: allow
      where: { direction: OUT, timestamp_gte: $from, timestamp_lt: $to, shareOfStockBps_gte: $outflowBps }
      orderBy: timestamp
      orderDirection: desc
      first: 20
    ) {
      id
      stock {
        id
      }
      asset
      source
      amount
      shareOfStockBps
      counterparty
      timestamp
      txHash
    }
    roles(orderBy: id, first: 200, subgraphError: allow) {
      id
      contract
      contractName
      name
      adminRoleName
      memberCount
      members(where: { active: true }, orderBy: grantedAt, first: 50) {
        account
        grantedAt
        grantedTxHash
      }
    }
    roleEvents(orderBy: timestamp, orderDirection: desc, first: 100, subgraphError: allow) {
      id
      kind
      contractName
      roleName
      account
      sender
      newAdminRoleName
      timestamp
      txHash
    }
    parameterChanges(orderBy: timestamp, orderDirection: desc, first: 8, subgraphError: allow) {
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
  }
`);

export function useOverview(variables: OverviewQueryVariables, skip: boolean) {
  return useDashboardQuery<OverviewQuery, OverviewQueryVariables>(OVERVIEW_QUERY, variables, {
    skip,
  });
}
