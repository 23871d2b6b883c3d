import type { ImpactInputsQuery, ImpactInputsQueryVariables } from "../../../../gql/graphql.ts";
import { graphql } from "../../../../gql/index.ts";
import { useDashboardQuery } from "../../../../lib/use-dashboard-query.ts";

// Everything the impact preview needs in one request, lazily after the page's first paint.
// Fields under `$block` answer as of one block: the head (`number_gte: 0`) for a draft or a
// proposal not yet executed, the block before the execution for an executed one (time travel).
// They give the parameters then, the starting stocks and the trailing activity (newest days
// first: the window is at most 30 complete days, so 3 fee kinds × 31 days fit in 100 rows;
// the generation payers' days, newest first, up to 1000: payer-budgets.ts says when they
// cover less than the window).
// Fields without it read the head: the stocks' hourly snapshots in the 7 days after an
// execution (3 stocks × 168 hours ≤ 1000 rows) and the grants and buybacks in between, for the
// backtest; a proposal not executed passes an empty range and gets none. Ids are aliased so that Apollo does not
// normalise a past version of an entity over the present one other views read.
export const IMPACT_QUERY = graphql(`
  query ImpactInputs(
    $block: Block_height!
    $stockIds: [ID!]!
    $stockKeys: [String!]!
    $hourFrom: Int!
    $hourEnd: Int!
    $after: BigInt!
    $dayFrom: Int!
    $dayTo: Int!
    $until: BigInt!
  ) {
    at: _meta(block: $block) {
      block {
        number
        timestamp
      }
    }
    parameters(subgraphError: allow, block: $block, orderBy: id, first: 100) {
      key: id
      value
    }
    emissionTotals(subgraphError: allow, block: $block, id: "emissions") {
      genesis
    }
    token(subgraphError: allow, block: $block, id: "token") {
      totalSupply
    }
    stocks: stockBalances(
      subgraphError: allow
      block: $block
      where: { id_in: $stockIds }
    ) {
      key: id
      balance
    }
    baseFeeUpdates(
      subgraphError: allow
      block: $block
      orderBy: epoch
      orderDirection: desc
      first: 1
    ) {
      epoch
      newFee
    }
    feeDays(subgraphError: allow, block: $block, orderBy: dayId, orderDirection: desc, first: 100) {
      kind
      dayId
      count
      quantity
      amount
    }
    emissionActivities(
      subgraphError: allow
      block: $block
      orderBy: epoch
      orderDirection: desc
      first: 40
    ) {
      epoch
      shares
    }
    royaltyDays(subgraphError: allow, block: $block, orderBy: dayId, orderDirection: desc, first: 40) {
      dayId
      saleCount
      saleVolume
    }
    stakingDays(subgraphError: allow, block: $block, orderBy: dayId, orderDirection: desc, first: 40) {
      dayId
      slashCount
    }
    stakingTotals(subgraphError: allow, block: $block, id: "vault") {
      staked
      openPositions
    }
    stakeLocks(subgraphError: allow, block: $block, first: 1000) {
      lockDays
      amount
    }
    hostingNodes(subgraphError: allow, block: $block, first: 1000) {
      key: id
      position {
        amount
        lockDuration
        closed
      }
    }
    hostingReports(
      subgraphError: allow
      block: $block
      orderBy: timestamp
      orderDirection: desc
      first: 1000
    ) {
      node {
        key: id
      }
      epoch
      hostedUnits
      hotUnits
    }
    payerDays: generationPayerDays(
      subgraphError: allow
      block: $block
      orderBy: dayId
      orderDirection: desc
      first: 1000
    ) {
      payer
      dayId
      generations
      generationRewards
      grants
      received
      balance
    }
    buybacks(subgraphError: allow, block: $block, orderBy: timestamp, orderDirection: desc, first: 100) {
      stableSpent
      timestamp
    }
    after: stockHourSnapshots(
      subgraphError: allow
      where: { stockBalance_in: $stockKeys, hourId_gte: $hourFrom, hourId_lt: $hourEnd }
      orderBy: hourId
      orderDirection: desc
      first: 1000
    ) {
      stockBalance {
        key: id
      }
      hourId
      balance
    }
    feeDaysAfter: feeDays(
      subgraphError: allow
      where: { kind: GENERATION, dayId_gte: $dayFrom, dayId_lt: $dayTo }
      orderBy: dayId
      first: 10
    ) {
      dayId
      quantity
    }
    governanceFlows: stockFlows(
      subgraphError: allow
      where: { source_in: [GRANT, BUYBACK], timestamp_gt: $after, timestamp_lte: $until }
      orderBy: timestamp
      first: 1000
    ) {
      stock {
        kind
      }
      asset
      direction
      source
      amount
      timestamp
      txHash
    }
  }
`);

export type ImpactInputs = ImpactInputsQuery;
export type ImpactVariables = ImpactInputsQueryVariables;

export function useImpactInputs(variables: ImpactVariables, skip: boolean) {
  return useDashboardQuery<ImpactInputsQuery, ImpactInputsQueryVariables>(IMPACT_QUERY, variables, {
    skip,
  });
}
