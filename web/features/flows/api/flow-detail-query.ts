import type { FlowDetailQuery, FlowDetailQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The movements behind one link of the Sankey, largest first, each with its transaction:
// only the list that records that link is included (see link-detail.ts).
export const FLOW_DETAIL_QUERY = graphql(`
  query FlowDetail(
    $from: BigInt!
    $to: BigInt!
    $first: Int!
    $asset: Bytes!
    $stock: String!
    $direction: FlowDirection!
    $sources: [FlowSource!]!
    $emissionKind: EmissionKind!
    $emissionSource: EmissionSource!
    $royaltyRole: RoyaltyRole!
    $stockFlows: Boolean!
    $emissions: Boolean!
    $royalties: Boolean!
    $sales: Boolean!
    $fees: Boolean!
    $buybacks: Boolean!
    $slashes: Boolean!
  ) {
    stockFlows(
      subgraphError: allow
      where: {
        stock: $stock
        asset: $asset
        direction: $direction
        source_in: $sources
        timestamp_gte: $from
        timestamp_lt: $to
      }
      orderBy: amount
      orderDirection: desc
      first: $first
    ) @include(if: $stockFlows) {
      id
      source
      counterparty
      amount
      timestamp
      txHash
    }
    emissions(
      subgraphError: allow
      where: { kind: $emissionKind, source: $emissionSource, timestamp_gte: $from, timestamp_lt: $to }
      orderBy: amount
      orderDirection: desc
      first: $first
    ) @include(if: $emissions) {
      id
      recipient
      amount
      epoch
      timestamp
      txHash
    }
    royaltyPayments(
      subgraphError: allow
      where: { role: $royaltyRole, timestamp_gte: $from, timestamp_lt: $to }
      orderBy: amount
      orderDirection: desc
      first: $first
    ) @include(if: $royalties) {
      id
      payee
      amount
      timestamp
      sale {
        txHash
      }
    }
    nftSales(
      subgraphError: allow
      where: { timestamp_gte: $from, timestamp_lt: $to }
      orderBy: price
      orderDirection: desc
      first: $first
    ) @include(if: $sales) {
      id
      seller
      price
      royalty
      timestamp
      txHash
    }
    feeCollections(
      subgraphError: allow
      where: { stablePart_gt: "0", timestamp_gte: $from, timestamp_lt: $to }
      orderBy: stablePart
      orderDirection: desc
      first: $first
    ) @include(if: $fees) {
      id
      kind
      payer
      stablePart
      timestamp
      txHash
    }
    buybacks(
      subgraphError: allow
      where: { timestamp_gte: $from, timestamp_lt: $to }
      orderBy: tokensBurned
      orderDirection: desc
      first: $first
    ) @include(if: $buybacks) {
      id
      tokensBurned
      stableSpent
      timestamp
      txHash
    }
    slashes(
      subgraphError: allow
      where: { burned_gt: "0", timestamp_gte: $from, timestamp_lt: $to }
      orderBy: burned
      orderDirection: desc
      first: $first
    ) @include(if: $slashes) {
      id
      owner
      burned
      reason
      timestamp
      txHash
    }
  }
`);

export function useFlowDetail(variables: FlowDetailQueryVariables, skip: boolean) {
  return useDashboardQuery<FlowDetailQuery, FlowDetailQueryVariables>(
    FLOW_DETAIL_QUERY,
    variables,
    { skip },
  );
}
