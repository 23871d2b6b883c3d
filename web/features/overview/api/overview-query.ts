import type { OverviewQuery, OverviewQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The moderator's morning view in one request: balances now and at the range's bounds
// (the last hourly snapshot before each bound: the range is whole UTC hours; reading the
// last flow instead walks every flow of a stock), the stable reserve's trailing days for the
// runway, fees by kind, the latest token price the reserve traded at, outflows the subgraph
// already measured against their stock, roles, and the latest executed parameter changes.
export const OVERVIEW_QUERY = graphql(`
  query Overview(
    $from: BigInt!
    $to: BigInt!
    $fromHour: Int!
    $toHour: Int!
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
        atStart: hours(where: { hourId_lt: $fromHour }, orderBy: hourId, orderDirection: desc, first: 1) {
          balance
        }
        atEnd: hours(where: { hourId_lt: $toHour }, orderBy: hourId, orderDirection: desc, first: 1) {
          balance
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
