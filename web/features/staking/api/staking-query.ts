import type { StakingViewQuery, StakingViewQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The staking half of the view in one request: the lock-weight parameters in force, each
// lock group at both ends of the range (the subgraph's StakeLock/StakeLockDay, accrued
// lazily as the vault does), the vault's day rows for payouts, and the range's slashes.
export const STAKING_VIEW_QUERY = graphql(`
  query StakingView(
    $keys: [ID!]!
    $fromDay: Int!
    $toDay: Int!
    $from: BigInt!
    $to: BigInt!
  ) {
    parameters(subgraphError: allow, where: { id_in: $keys }, first: 100) {
      id
      value
      updatedAt
    }
    stakeLocks(subgraphError: allow, orderBy: lockDays, first: 1000) {
      lockDays
      positionCount
      initialAmount
      initialWeight
      atStart: days(where: { dayId_lt: $fromDay }, orderBy: dayId, orderDirection: desc, first: 1) {
        ...LockSnapshot
      }
      atEnd: days(where: { dayId_lte: $toDay }, orderBy: dayId, orderDirection: desc, first: 1) {
        ...LockSnapshot
      }
    }
    dayBefore: stakingDays(
      subgraphError: allow
      where: { dayId_lt: $fromDay }
      orderBy: dayId
      orderDirection: desc
      first: 1
    ) {
      dayId
      accRewardPerWeight
    }
    dayAtEnd: stakingDays(
      subgraphError: allow
      where: { dayId_lte: $toDay }
      orderBy: dayId
      orderDirection: desc
      first: 1
    ) {
      dayId
      accRewardPerWeight
      stakedTotal
    }
    stakingDays(
      subgraphError: allow
      where: { dayId_gte: $fromDay, dayId_lte: $toDay }
      orderBy: dayId
      first: 1000
    ) {
      dayId
      staked
      unstaked
      rewardsNotified
      rewardsClaimed
      payoutCount
      slashed
      slashCount
    }
    slashes(
      subgraphError: allow
      where: { timestamp_gte: $from, timestamp_lt: $to }
      orderBy: timestamp
      orderDirection: desc
      first: 1000
    ) {
      id
      owner
      amount
      toTreasury
      burned
      reason
      timestamp
      txHash
      position {
        id
        lockDuration
        hostingNodes {
          id
          region
        }
      }
    }
  }
  fragment LockSnapshot on StakeLockDay {
    dayId
    openPositions
    amount
    weight
    rewardEarned
    stakeSeconds
    accRewardPerWeight
    updatedAt
  }
`);

export function useStakingView(variables: StakingViewQueryVariables, skip: boolean) {
  return useDashboardQuery<StakingViewQuery, StakingViewQueryVariables>(
    STAKING_VIEW_QUERY,
    variables,
    { skip },
  );
}
