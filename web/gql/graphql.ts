/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BlockChangedFilter = {
  number_gte: number;
};

/** The block at which the query should be executed. */
export type Block_Height = {
  /** Value containing a block hash */
  hash?: string | null | undefined;
  /** Value containing a block number */
  number?: number | null | undefined;
  /**
   * Value containing the minimum block number.
   * In the case of `number_gte`, the query will be executed on the latest block only if
   * the subgraph has progressed to or past the minimum block number.
   * Defaults to the latest block when omitted.
   */
  number_gte?: number | null | undefined;
};

export const StockKind = {
  CompanyReserve: 'COMPANY_RESERVE',
  CommunityTreasury: 'COMMUNITY_TREASURY',
  StableReserve: 'STABLE_RESERVE',
  StakingVault: 'STAKING_VAULT'
} as const;

export type StockKind = typeof StockKind[keyof typeof StockKind];
export const FlowSource = {
  Fee: 'FEE',
  Royalty: 'ROYALTY',
  Buyback: 'BUYBACK',
  Grant: 'GRANT',
  Slash: 'SLASH',
  EmissionFunding: 'EMISSION_FUNDING',
  Diversification: 'DIVERSIFICATION',
  Donation: 'DONATION',
  InitialAllocation: 'INITIAL_ALLOCATION',
  Stake: 'STAKE',
  Unstake: 'UNSTAKE',
  RewardClaim: 'REWARD_CLAIM'
} as const;

export type FlowSource = typeof FlowSource[keyof typeof FlowSource];
export const FlowDirection = {
  In: 'IN',
  Out: 'OUT'
} as const;

export type FlowDirection = typeof FlowDirection[keyof typeof FlowDirection];
export const FeeKind = {
  Generation: 'GENERATION',
  Mint: 'MINT',
  Download: 'DOWNLOAD'
} as const;

export type FeeKind = typeof FeeKind[keyof typeof FeeKind];
export const EmissionKind = {
  Generation: 'GENERATION',
  Share: 'SHARE',
  Hosting: 'HOSTING'
} as const;

export type EmissionKind = typeof EmissionKind[keyof typeof EmissionKind];
export const EmissionSource = {
  CompanyReserve: 'COMPANY_RESERVE',
  CommunityTreasury: 'COMMUNITY_TREASURY',
  Inflation: 'INFLATION'
} as const;

export type EmissionSource = typeof EmissionSource[keyof typeof EmissionSource];
export const SlashReason = {
  FailedAvailabilitySample: 'FAILED_AVAILABILITY_SAMPLE',
  Governance: 'GOVERNANCE'
} as const;

export type SlashReason = typeof SlashReason[keyof typeof SlashReason];
export const RoyaltyRole = {
  Creator: 'CREATOR',
  DatasetContributor: 'DATASET_CONTRIBUTOR',
  FineTuner: 'FINE_TUNER',
  Community: 'COMMUNITY'
} as const;

export type RoyaltyRole = typeof RoyaltyRole[keyof typeof RoyaltyRole];
export const ProposalState = {
  Pending: 'PENDING',
  Active: 'ACTIVE',
  Canceled: 'CANCELED',
  Defeated: 'DEFEATED',
  Succeeded: 'SUCCEEDED',
  Queued: 'QUEUED',
  Expired: 'EXPIRED',
  Executed: 'EXECUTED'
} as const;

export type ProposalState = typeof ProposalState[keyof typeof ProposalState];
export const VoteChoice = {
  Against: 'AGAINST',
  For: 'FOR',
  Abstain: 'ABSTAIN'
} as const;

export type VoteChoice = typeof VoteChoice[keyof typeof VoteChoice];
export const RoleEventKind = {
  Granted: 'GRANTED',
  Revoked: 'REVOKED',
  AdminChanged: 'ADMIN_CHANGED'
} as const;

export type RoleEventKind = typeof RoleEventKind[keyof typeof RoleEventKind];
export type Account_Filter = {
  id?: string | null | undefined;
  id_not?: string | null | undefined;
  id_gt?: string | null | undefined;
  id_lt?: string | null | undefined;
  id_gte?: string | null | undefined;
  id_lte?: string | null | undefined;
  id_in?: Array<string> | null | undefined;
  id_not_in?: Array<string> | null | undefined;
  id_contains?: string | null | undefined;
  id_not_contains?: string | null | undefined;
  balance?: string | null | undefined;
  balance_not?: string | null | undefined;
  balance_gt?: string | null | undefined;
  balance_lt?: string | null | undefined;
  balance_gte?: string | null | undefined;
  balance_lte?: string | null | undefined;
  balance_in?: Array<string> | null | undefined;
  balance_not_in?: Array<string> | null | undefined;
  delegate?: string | null | undefined;
  delegate_not?: string | null | undefined;
  delegate_gt?: string | null | undefined;
  delegate_lt?: string | null | undefined;
  delegate_gte?: string | null | undefined;
  delegate_lte?: string | null | undefined;
  delegate_in?: Array<string> | null | undefined;
  delegate_not_in?: Array<string> | null | undefined;
  delegate_contains?: string | null | undefined;
  delegate_contains_nocase?: string | null | undefined;
  delegate_not_contains?: string | null | undefined;
  delegate_not_contains_nocase?: string | null | undefined;
  delegate_starts_with?: string | null | undefined;
  delegate_starts_with_nocase?: string | null | undefined;
  delegate_not_starts_with?: string | null | undefined;
  delegate_not_starts_with_nocase?: string | null | undefined;
  delegate_ends_with?: string | null | undefined;
  delegate_ends_with_nocase?: string | null | undefined;
  delegate_not_ends_with?: string | null | undefined;
  delegate_not_ends_with_nocase?: string | null | undefined;
  delegate_?: Account_Filter | null | undefined;
  votingPower?: string | null | undefined;
  votingPower_not?: string | null | undefined;
  votingPower_gt?: string | null | undefined;
  votingPower_lt?: string | null | undefined;
  votingPower_gte?: string | null | undefined;
  votingPower_lte?: string | null | undefined;
  votingPower_in?: Array<string> | null | undefined;
  votingPower_not_in?: Array<string> | null | undefined;
  delegators_?: Account_Filter | null | undefined;
  votes_?: Vote_Filter | null | undefined;
  stock?: string | null | undefined;
  stock_not?: string | null | undefined;
  stock_gt?: string | null | undefined;
  stock_lt?: string | null | undefined;
  stock_gte?: string | null | undefined;
  stock_lte?: string | null | undefined;
  stock_in?: Array<string> | null | undefined;
  stock_not_in?: Array<string> | null | undefined;
  stock_contains?: string | null | undefined;
  stock_contains_nocase?: string | null | undefined;
  stock_not_contains?: string | null | undefined;
  stock_not_contains_nocase?: string | null | undefined;
  stock_starts_with?: string | null | undefined;
  stock_starts_with_nocase?: string | null | undefined;
  stock_not_starts_with?: string | null | undefined;
  stock_not_starts_with_nocase?: string | null | undefined;
  stock_ends_with?: string | null | undefined;
  stock_ends_with_nocase?: string | null | undefined;
  stock_not_ends_with?: string | null | undefined;
  stock_not_ends_with_nocase?: string | null | undefined;
  stock_?: Stock_Filter | null | undefined;
  firstSeenAt?: string | null | undefined;
  firstSeenAt_not?: string | null | undefined;
  firstSeenAt_gt?: string | null | undefined;
  firstSeenAt_lt?: string | null | undefined;
  firstSeenAt_gte?: string | null | undefined;
  firstSeenAt_lte?: string | null | undefined;
  firstSeenAt_in?: Array<string> | null | undefined;
  firstSeenAt_not_in?: Array<string> | null | undefined;
  delegatorCount?: number | null | undefined;
  delegatorCount_not?: number | null | undefined;
  delegatorCount_gt?: number | null | undefined;
  delegatorCount_lt?: number | null | undefined;
  delegatorCount_gte?: number | null | undefined;
  delegatorCount_lte?: number | null | undefined;
  delegatorCount_in?: Array<number> | null | undefined;
  delegatorCount_not_in?: Array<number> | null | undefined;
  voteCount?: number | null | undefined;
  voteCount_not?: number | null | undefined;
  voteCount_gt?: number | null | undefined;
  voteCount_lt?: number | null | undefined;
  voteCount_gte?: number | null | undefined;
  voteCount_lte?: number | null | undefined;
  voteCount_in?: Array<number> | null | undefined;
  voteCount_not_in?: Array<number> | null | undefined;
  firstVotingPowerAt?: string | null | undefined;
  firstVotingPowerAt_not?: string | null | undefined;
  firstVotingPowerAt_gt?: string | null | undefined;
  firstVotingPowerAt_lt?: string | null | undefined;
  firstVotingPowerAt_gte?: string | null | undefined;
  firstVotingPowerAt_lte?: string | null | undefined;
  firstVotingPowerAt_in?: Array<string> | null | undefined;
  firstVotingPowerAt_not_in?: Array<string> | null | undefined;
  votingPowerDays_?: VotingPowerDay_Filter | null | undefined;
  generationsPaid?: string | null | undefined;
  generationsPaid_not?: string | null | undefined;
  generationsPaid_gt?: string | null | undefined;
  generationsPaid_lt?: string | null | undefined;
  generationsPaid_gte?: string | null | undefined;
  generationsPaid_lte?: string | null | undefined;
  generationsPaid_in?: Array<string> | null | undefined;
  generationsPaid_not_in?: Array<string> | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<Account_Filter | null | undefined> | null | undefined;
  or?: Array<Account_Filter | null | undefined> | null | undefined;
};

export type VotingPowerDay_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  account?: string | null | undefined;
  account_not?: string | null | undefined;
  account_gt?: string | null | undefined;
  account_lt?: string | null | undefined;
  account_gte?: string | null | undefined;
  account_lte?: string | null | undefined;
  account_in?: Array<string> | null | undefined;
  account_not_in?: Array<string> | null | undefined;
  account_contains?: string | null | undefined;
  account_contains_nocase?: string | null | undefined;
  account_not_contains?: string | null | undefined;
  account_not_contains_nocase?: string | null | undefined;
  account_starts_with?: string | null | undefined;
  account_starts_with_nocase?: string | null | undefined;
  account_not_starts_with?: string | null | undefined;
  account_not_starts_with_nocase?: string | null | undefined;
  account_ends_with?: string | null | undefined;
  account_ends_with_nocase?: string | null | undefined;
  account_not_ends_with?: string | null | undefined;
  account_not_ends_with_nocase?: string | null | undefined;
  account_?: Account_Filter | null | undefined;
  dayId?: number | null | undefined;
  dayId_not?: number | null | undefined;
  dayId_gt?: number | null | undefined;
  dayId_lt?: number | null | undefined;
  dayId_gte?: number | null | undefined;
  dayId_lte?: number | null | undefined;
  dayId_in?: Array<number> | null | undefined;
  dayId_not_in?: Array<number> | null | undefined;
  votingPower?: string | null | undefined;
  votingPower_not?: string | null | undefined;
  votingPower_gt?: string | null | undefined;
  votingPower_lt?: string | null | undefined;
  votingPower_gte?: string | null | undefined;
  votingPower_lte?: string | null | undefined;
  votingPower_in?: Array<string> | null | undefined;
  votingPower_not_in?: Array<string> | null | undefined;
  delta?: string | null | undefined;
  delta_not?: string | null | undefined;
  delta_gt?: string | null | undefined;
  delta_lt?: string | null | undefined;
  delta_gte?: string | null | undefined;
  delta_lte?: string | null | undefined;
  delta_in?: Array<string> | null | undefined;
  delta_not_in?: Array<string> | null | undefined;
  changes?: number | null | undefined;
  changes_not?: number | null | undefined;
  changes_gt?: number | null | undefined;
  changes_lt?: number | null | undefined;
  changes_gte?: number | null | undefined;
  changes_lte?: number | null | undefined;
  changes_in?: Array<number> | null | undefined;
  changes_not_in?: Array<number> | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<VotingPowerDay_Filter | null | undefined> | null | undefined;
  or?: Array<VotingPowerDay_Filter | null | undefined> | null | undefined;
};

export type Stock_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  kind?: StockKind | null | undefined;
  kind_not?: StockKind | null | undefined;
  kind_in?: Array<StockKind> | null | undefined;
  kind_not_in?: Array<StockKind> | null | undefined;
  address?: string | null | undefined;
  address_not?: string | null | undefined;
  address_gt?: string | null | undefined;
  address_lt?: string | null | undefined;
  address_gte?: string | null | undefined;
  address_lte?: string | null | undefined;
  address_in?: Array<string> | null | undefined;
  address_not_in?: Array<string> | null | undefined;
  address_contains?: string | null | undefined;
  address_not_contains?: string | null | undefined;
  balances_?: StockBalance_Filter | null | undefined;
  flows_?: StockFlow_Filter | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<Stock_Filter | null | undefined> | null | undefined;
  or?: Array<Stock_Filter | null | undefined> | null | undefined;
};

export type StockBalance_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  stock?: string | null | undefined;
  stock_not?: string | null | undefined;
  stock_gt?: string | null | undefined;
  stock_lt?: string | null | undefined;
  stock_gte?: string | null | undefined;
  stock_lte?: string | null | undefined;
  stock_in?: Array<string> | null | undefined;
  stock_not_in?: Array<string> | null | undefined;
  stock_contains?: string | null | undefined;
  stock_contains_nocase?: string | null | undefined;
  stock_not_contains?: string | null | undefined;
  stock_not_contains_nocase?: string | null | undefined;
  stock_starts_with?: string | null | undefined;
  stock_starts_with_nocase?: string | null | undefined;
  stock_not_starts_with?: string | null | undefined;
  stock_not_starts_with_nocase?: string | null | undefined;
  stock_ends_with?: string | null | undefined;
  stock_ends_with_nocase?: string | null | undefined;
  stock_not_ends_with?: string | null | undefined;
  stock_not_ends_with_nocase?: string | null | undefined;
  stock_?: Stock_Filter | null | undefined;
  asset?: string | null | undefined;
  asset_not?: string | null | undefined;
  asset_gt?: string | null | undefined;
  asset_lt?: string | null | undefined;
  asset_gte?: string | null | undefined;
  asset_lte?: string | null | undefined;
  asset_in?: Array<string> | null | undefined;
  asset_not_in?: Array<string> | null | undefined;
  asset_contains?: string | null | undefined;
  asset_not_contains?: string | null | undefined;
  balance?: string | null | undefined;
  balance_not?: string | null | undefined;
  balance_gt?: string | null | undefined;
  balance_lt?: string | null | undefined;
  balance_gte?: string | null | undefined;
  balance_lte?: string | null | undefined;
  balance_in?: Array<string> | null | undefined;
  balance_not_in?: Array<string> | null | undefined;
  inflowTotal?: string | null | undefined;
  inflowTotal_not?: string | null | undefined;
  inflowTotal_gt?: string | null | undefined;
  inflowTotal_lt?: string | null | undefined;
  inflowTotal_gte?: string | null | undefined;
  inflowTotal_lte?: string | null | undefined;
  inflowTotal_in?: Array<string> | null | undefined;
  inflowTotal_not_in?: Array<string> | null | undefined;
  outflowTotal?: string | null | undefined;
  outflowTotal_not?: string | null | undefined;
  outflowTotal_gt?: string | null | undefined;
  outflowTotal_lt?: string | null | undefined;
  outflowTotal_gte?: string | null | undefined;
  outflowTotal_lte?: string | null | undefined;
  outflowTotal_in?: Array<string> | null | undefined;
  outflowTotal_not_in?: Array<string> | null | undefined;
  flowCount?: number | null | undefined;
  flowCount_not?: number | null | undefined;
  flowCount_gt?: number | null | undefined;
  flowCount_lt?: number | null | undefined;
  flowCount_gte?: number | null | undefined;
  flowCount_lte?: number | null | undefined;
  flowCount_in?: Array<number> | null | undefined;
  flowCount_not_in?: Array<number> | null | undefined;
  days_?: StockDaySnapshot_Filter | null | undefined;
  hours_?: StockHourSnapshot_Filter | null | undefined;
  flows_?: StockFlow_Filter | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<StockBalance_Filter | null | undefined> | null | undefined;
  or?: Array<StockBalance_Filter | null | undefined> | null | undefined;
};

export type StockFlow_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  stock?: string | null | undefined;
  stock_not?: string | null | undefined;
  stock_gt?: string | null | undefined;
  stock_lt?: string | null | undefined;
  stock_gte?: string | null | undefined;
  stock_lte?: string | null | undefined;
  stock_in?: Array<string> | null | undefined;
  stock_not_in?: Array<string> | null | undefined;
  stock_contains?: string | null | undefined;
  stock_contains_nocase?: string | null | undefined;
  stock_not_contains?: string | null | undefined;
  stock_not_contains_nocase?: string | null | undefined;
  stock_starts_with?: string | null | undefined;
  stock_starts_with_nocase?: string | null | undefined;
  stock_not_starts_with?: string | null | undefined;
  stock_not_starts_with_nocase?: string | null | undefined;
  stock_ends_with?: string | null | undefined;
  stock_ends_with_nocase?: string | null | undefined;
  stock_not_ends_with?: string | null | undefined;
  stock_not_ends_with_nocase?: string | null | undefined;
  stock_?: Stock_Filter | null | undefined;
  stockBalance?: string | null | undefined;
  stockBalance_not?: string | null | undefined;
  stockBalance_gt?: string | null | undefined;
  stockBalance_lt?: string | null | undefined;
  stockBalance_gte?: string | null | undefined;
  stockBalance_lte?: string | null | undefined;
  stockBalance_in?: Array<string> | null | undefined;
  stockBalance_not_in?: Array<string> | null | undefined;
  stockBalance_contains?: string | null | undefined;
  stockBalance_contains_nocase?: string | null | undefined;
  stockBalance_not_contains?: string | null | undefined;
  stockBalance_not_contains_nocase?: string | null | undefined;
  stockBalance_starts_with?: string | null | undefined;
  stockBalance_starts_with_nocase?: string | null | undefined;
  stockBalance_not_starts_with?: string | null | undefined;
  stockBalance_not_starts_with_nocase?: string | null | undefined;
  stockBalance_ends_with?: string | null | undefined;
  stockBalance_ends_with_nocase?: string | null | undefined;
  stockBalance_not_ends_with?: string | null | undefined;
  stockBalance_not_ends_with_nocase?: string | null | undefined;
  stockBalance_?: StockBalance_Filter | null | undefined;
  asset?: string | null | undefined;
  asset_not?: string | null | undefined;
  asset_gt?: string | null | undefined;
  asset_lt?: string | null | undefined;
  asset_gte?: string | null | undefined;
  asset_lte?: string | null | undefined;
  asset_in?: Array<string> | null | undefined;
  asset_not_in?: Array<string> | null | undefined;
  asset_contains?: string | null | undefined;
  asset_not_contains?: string | null | undefined;
  direction?: FlowDirection | null | undefined;
  direction_not?: FlowDirection | null | undefined;
  direction_in?: Array<FlowDirection> | null | undefined;
  direction_not_in?: Array<FlowDirection> | null | undefined;
  source?: FlowSource | null | undefined;
  source_not?: FlowSource | null | undefined;
  source_in?: Array<FlowSource> | null | undefined;
  source_not_in?: Array<FlowSource> | null | undefined;
  counterparty?: string | null | undefined;
  counterparty_not?: string | null | undefined;
  counterparty_gt?: string | null | undefined;
  counterparty_lt?: string | null | undefined;
  counterparty_gte?: string | null | undefined;
  counterparty_lte?: string | null | undefined;
  counterparty_in?: Array<string> | null | undefined;
  counterparty_not_in?: Array<string> | null | undefined;
  counterparty_contains?: string | null | undefined;
  counterparty_not_contains?: string | null | undefined;
  amount?: string | null | undefined;
  amount_not?: string | null | undefined;
  amount_gt?: string | null | undefined;
  amount_lt?: string | null | undefined;
  amount_gte?: string | null | undefined;
  amount_lte?: string | null | undefined;
  amount_in?: Array<string> | null | undefined;
  amount_not_in?: Array<string> | null | undefined;
  balanceAfter?: string | null | undefined;
  balanceAfter_not?: string | null | undefined;
  balanceAfter_gt?: string | null | undefined;
  balanceAfter_lt?: string | null | undefined;
  balanceAfter_gte?: string | null | undefined;
  balanceAfter_lte?: string | null | undefined;
  balanceAfter_in?: Array<string> | null | undefined;
  balanceAfter_not_in?: Array<string> | null | undefined;
  shareOfStockBps?: number | null | undefined;
  shareOfStockBps_not?: number | null | undefined;
  shareOfStockBps_gt?: number | null | undefined;
  shareOfStockBps_lt?: number | null | undefined;
  shareOfStockBps_gte?: number | null | undefined;
  shareOfStockBps_lte?: number | null | undefined;
  shareOfStockBps_in?: Array<number> | null | undefined;
  shareOfStockBps_not_in?: Array<number> | null | undefined;
  timestamp?: string | null | undefined;
  timestamp_not?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  dayId?: number | null | undefined;
  dayId_not?: number | null | undefined;
  dayId_gt?: number | null | undefined;
  dayId_lt?: number | null | undefined;
  dayId_gte?: number | null | undefined;
  dayId_lte?: number | null | undefined;
  dayId_in?: Array<number> | null | undefined;
  dayId_not_in?: Array<number> | null | undefined;
  blockNumber?: string | null | undefined;
  blockNumber_not?: string | null | undefined;
  blockNumber_gt?: string | null | undefined;
  blockNumber_lt?: string | null | undefined;
  blockNumber_gte?: string | null | undefined;
  blockNumber_lte?: string | null | undefined;
  blockNumber_in?: Array<string> | null | undefined;
  blockNumber_not_in?: Array<string> | null | undefined;
  txHash?: string | null | undefined;
  txHash_not?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<StockFlow_Filter | null | undefined> | null | undefined;
  or?: Array<StockFlow_Filter | null | undefined> | null | undefined;
};

export type StockDaySnapshot_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  stockBalance?: string | null | undefined;
  stockBalance_not?: string | null | undefined;
  stockBalance_gt?: string | null | undefined;
  stockBalance_lt?: string | null | undefined;
  stockBalance_gte?: string | null | undefined;
  stockBalance_lte?: string | null | undefined;
  stockBalance_in?: Array<string> | null | undefined;
  stockBalance_not_in?: Array<string> | null | undefined;
  stockBalance_contains?: string | null | undefined;
  stockBalance_contains_nocase?: string | null | undefined;
  stockBalance_not_contains?: string | null | undefined;
  stockBalance_not_contains_nocase?: string | null | undefined;
  stockBalance_starts_with?: string | null | undefined;
  stockBalance_starts_with_nocase?: string | null | undefined;
  stockBalance_not_starts_with?: string | null | undefined;
  stockBalance_not_starts_with_nocase?: string | null | undefined;
  stockBalance_ends_with?: string | null | undefined;
  stockBalance_ends_with_nocase?: string | null | undefined;
  stockBalance_not_ends_with?: string | null | undefined;
  stockBalance_not_ends_with_nocase?: string | null | undefined;
  stockBalance_?: StockBalance_Filter | null | undefined;
  stock?: string | null | undefined;
  stock_not?: string | null | undefined;
  stock_gt?: string | null | undefined;
  stock_lt?: string | null | undefined;
  stock_gte?: string | null | undefined;
  stock_lte?: string | null | undefined;
  stock_in?: Array<string> | null | undefined;
  stock_not_in?: Array<string> | null | undefined;
  stock_contains?: string | null | undefined;
  stock_contains_nocase?: string | null | undefined;
  stock_not_contains?: string | null | undefined;
  stock_not_contains_nocase?: string | null | undefined;
  stock_starts_with?: string | null | undefined;
  stock_starts_with_nocase?: string | null | undefined;
  stock_not_starts_with?: string | null | undefined;
  stock_not_starts_with_nocase?: string | null | undefined;
  stock_ends_with?: string | null | undefined;
  stock_ends_with_nocase?: string | null | undefined;
  stock_not_ends_with?: string | null | undefined;
  stock_not_ends_with_nocase?: string | null | undefined;
  stock_?: Stock_Filter | null | undefined;
  asset?: string | null | undefined;
  asset_not?: string | null | undefined;
  asset_gt?: string | null | undefined;
  asset_lt?: string | null | undefined;
  asset_gte?: string | null | undefined;
  asset_lte?: string | null | undefined;
  asset_in?: Array<string> | null | undefined;
  asset_not_in?: Array<string> | null | undefined;
  asset_contains?: string | null | undefined;
  asset_not_contains?: string | null | undefined;
  dayId?: number | null | undefined;
  dayId_not?: number | null | undefined;
  dayId_gt?: number | null | undefined;
  dayId_lt?: number | null | undefined;
  dayId_gte?: number | null | undefined;
  dayId_lte?: number | null | undefined;
  dayId_in?: Array<number> | null | undefined;
  dayId_not_in?: Array<number> | null | undefined;
  date?: number | null | undefined;
  date_not?: number | null | undefined;
  date_gt?: number | null | undefined;
  date_lt?: number | null | undefined;
  date_gte?: number | null | undefined;
  date_lte?: number | null | undefined;
  date_in?: Array<number> | null | undefined;
  date_not_in?: Array<number> | null | undefined;
  balance?: string | null | undefined;
  balance_not?: string | null | undefined;
  balance_gt?: string | null | undefined;
  balance_lt?: string | null | undefined;
  balance_gte?: string | null | undefined;
  balance_lte?: string | null | undefined;
  balance_in?: Array<string> | null | undefined;
  balance_not_in?: Array<string> | null | undefined;
  inflow?: string | null | undefined;
  inflow_not?: string | null | undefined;
  inflow_gt?: string | null | undefined;
  inflow_lt?: string | null | undefined;
  inflow_gte?: string | null | undefined;
  inflow_lte?: string | null | undefined;
  inflow_in?: Array<string> | null | undefined;
  inflow_not_in?: Array<string> | null | undefined;
  outflow?: string | null | undefined;
  outflow_not?: string | null | undefined;
  outflow_gt?: string | null | undefined;
  outflow_lt?: string | null | undefined;
  outflow_gte?: string | null | undefined;
  outflow_lte?: string | null | undefined;
  outflow_in?: Array<string> | null | undefined;
  outflow_not_in?: Array<string> | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<StockDaySnapshot_Filter | null | undefined> | null | undefined;
  or?: Array<StockDaySnapshot_Filter | null | undefined> | null | undefined;
};

export type StockHourSnapshot_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  stockBalance?: string | null | undefined;
  stockBalance_not?: string | null | undefined;
  stockBalance_gt?: string | null | undefined;
  stockBalance_lt?: string | null | undefined;
  stockBalance_gte?: string | null | undefined;
  stockBalance_lte?: string | null | undefined;
  stockBalance_in?: Array<string> | null | undefined;
  stockBalance_not_in?: Array<string> | null | undefined;
  stockBalance_contains?: string | null | undefined;
  stockBalance_contains_nocase?: string | null | undefined;
  stockBalance_not_contains?: string | null | undefined;
  stockBalance_not_contains_nocase?: string | null | undefined;
  stockBalance_starts_with?: string | null | undefined;
  stockBalance_starts_with_nocase?: string | null | undefined;
  stockBalance_not_starts_with?: string | null | undefined;
  stockBalance_not_starts_with_nocase?: string | null | undefined;
  stockBalance_ends_with?: string | null | undefined;
  stockBalance_ends_with_nocase?: string | null | undefined;
  stockBalance_not_ends_with?: string | null | undefined;
  stockBalance_not_ends_with_nocase?: string | null | undefined;
  stockBalance_?: StockBalance_Filter | null | undefined;
  stock?: string | null | undefined;
  stock_not?: string | null | undefined;
  stock_gt?: string | null | undefined;
  stock_lt?: string | null | undefined;
  stock_gte?: string | null | undefined;
  stock_lte?: string | null | undefined;
  stock_in?: Array<string> | null | undefined;
  stock_not_in?: Array<string> | null | undefined;
  stock_contains?: string | null | undefined;
  stock_contains_nocase?: string | null | undefined;
  stock_not_contains?: string | null | undefined;
  stock_not_contains_nocase?: string | null | undefined;
  stock_starts_with?: string | null | undefined;
  stock_starts_with_nocase?: string | null | undefined;
  stock_not_starts_with?: string | null | undefined;
  stock_not_starts_with_nocase?: string | null | undefined;
  stock_ends_with?: string | null | undefined;
  stock_ends_with_nocase?: string | null | undefined;
  stock_not_ends_with?: string | null | undefined;
  stock_not_ends_with_nocase?: string | null | undefined;
  stock_?: Stock_Filter | null | undefined;
  asset?: string | null | undefined;
  asset_not?: string | null | undefined;
  asset_gt?: string | null | undefined;
  asset_lt?: string | null | undefined;
  asset_gte?: string | null | undefined;
  asset_lte?: string | null | undefined;
  asset_in?: Array<string> | null | undefined;
  asset_not_in?: Array<string> | null | undefined;
  asset_contains?: string | null | undefined;
  asset_not_contains?: string | null | undefined;
  hourId?: number | null | undefined;
  hourId_not?: number | null | undefined;
  hourId_gt?: number | null | undefined;
  hourId_lt?: number | null | undefined;
  hourId_gte?: number | null | undefined;
  hourId_lte?: number | null | undefined;
  hourId_in?: Array<number> | null | undefined;
  hourId_not_in?: Array<number> | null | undefined;
  date?: number | null | undefined;
  date_not?: number | null | undefined;
  date_gt?: number | null | undefined;
  date_lt?: number | null | undefined;
  date_gte?: number | null | undefined;
  date_lte?: number | null | undefined;
  date_in?: Array<number> | null | undefined;
  date_not_in?: Array<number> | null | undefined;
  balance?: string | null | undefined;
  balance_not?: string | null | undefined;
  balance_gt?: string | null | undefined;
  balance_lt?: string | null | undefined;
  balance_gte?: string | null | undefined;
  balance_lte?: string | null | undefined;
  balance_in?: Array<string> | null | undefined;
  balance_not_in?: Array<string> | null | undefined;
  inflow?: string | null | undefined;
  inflow_not?: string | null | undefined;
  inflow_gt?: string | null | undefined;
  inflow_lt?: string | null | undefined;
  inflow_gte?: string | null | undefined;
  inflow_lte?: string | null | undefined;
  inflow_in?: Array<string> | null | undefined;
  inflow_not_in?: Array<string> | null | undefined;
  outflow?: string | null | undefined;
  outflow_not?: string | null | undefined;
  outflow_gt?: string | null | undefined;
  outflow_lt?: string | null | undefined;
  outflow_gte?: string | null | undefined;
  outflow_lte?: string | null | undefined;
  outflow_in?: Array<string> | null | undefined;
  outflow_not_in?: Array<string> | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<StockHourSnapshot_Filter | null | undefined> | null | undefined;
  or?: Array<StockHourSnapshot_Filter | null | undefined> | null | undefined;
};

export type Proposal_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  proposer?: string | null | undefined;
  proposer_not?: string | null | undefined;
  proposer_gt?: string | null | undefined;
  proposer_lt?: string | null | undefined;
  proposer_gte?: string | null | undefined;
  proposer_lte?: string | null | undefined;
  proposer_in?: Array<string> | null | undefined;
  proposer_not_in?: Array<string> | null | undefined;
  proposer_contains?: string | null | undefined;
  proposer_contains_nocase?: string | null | undefined;
  proposer_not_contains?: string | null | undefined;
  proposer_not_contains_nocase?: string | null | undefined;
  proposer_starts_with?: string | null | undefined;
  proposer_starts_with_nocase?: string | null | undefined;
  proposer_not_starts_with?: string | null | undefined;
  proposer_not_starts_with_nocase?: string | null | undefined;
  proposer_ends_with?: string | null | undefined;
  proposer_ends_with_nocase?: string | null | undefined;
  proposer_not_ends_with?: string | null | undefined;
  proposer_not_ends_with_nocase?: string | null | undefined;
  proposer_?: Account_Filter | null | undefined;
  state?: ProposalState | null | undefined;
  state_not?: ProposalState | null | undefined;
  state_in?: Array<ProposalState> | null | undefined;
  state_not_in?: Array<ProposalState> | null | undefined;
  title?: string | null | undefined;
  title_not?: string | null | undefined;
  title_gt?: string | null | undefined;
  title_lt?: string | null | undefined;
  title_gte?: string | null | undefined;
  title_lte?: string | null | undefined;
  title_in?: Array<string> | null | undefined;
  title_not_in?: Array<string> | null | undefined;
  title_contains?: string | null | undefined;
  title_contains_nocase?: string | null | undefined;
  title_not_contains?: string | null | undefined;
  title_not_contains_nocase?: string | null | undefined;
  title_starts_with?: string | null | undefined;
  title_starts_with_nocase?: string | null | undefined;
  title_not_starts_with?: string | null | undefined;
  title_not_starts_with_nocase?: string | null | undefined;
  title_ends_with?: string | null | undefined;
  title_ends_with_nocase?: string | null | undefined;
  title_not_ends_with?: string | null | undefined;
  title_not_ends_with_nocase?: string | null | undefined;
  description?: string | null | undefined;
  description_not?: string | null | undefined;
  description_gt?: string | null | undefined;
  description_lt?: string | null | undefined;
  description_gte?: string | null | undefined;
  description_lte?: string | null | undefined;
  description_in?: Array<string> | null | undefined;
  description_not_in?: Array<string> | null | undefined;
  description_contains?: string | null | undefined;
  description_contains_nocase?: string | null | undefined;
  description_not_contains?: string | null | undefined;
  description_not_contains_nocase?: string | null | undefined;
  description_starts_with?: string | null | undefined;
  description_starts_with_nocase?: string | null | undefined;
  description_not_starts_with?: string | null | undefined;
  description_not_starts_with_nocase?: string | null | undefined;
  description_ends_with?: string | null | undefined;
  description_ends_with_nocase?: string | null | undefined;
  description_not_ends_with?: string | null | undefined;
  description_not_ends_with_nocase?: string | null | undefined;
  forVotes?: string | null | undefined;
  forVotes_not?: string | null | undefined;
  forVotes_gt?: string | null | undefined;
  forVotes_lt?: string | null | undefined;
  forVotes_gte?: string | null | undefined;
  forVotes_lte?: string | null | undefined;
  forVotes_in?: Array<string> | null | undefined;
  forVotes_not_in?: Array<string> | null | undefined;
  againstVotes?: string | null | undefined;
  againstVotes_not?: string | null | undefined;
  againstVotes_gt?: string | null | undefined;
  againstVotes_lt?: string | null | undefined;
  againstVotes_gte?: string | null | undefined;
  againstVotes_lte?: string | null | undefined;
  againstVotes_in?: Array<string> | null | undefined;
  againstVotes_not_in?: Array<string> | null | undefined;
  abstainVotes?: string | null | undefined;
  abstainVotes_not?: string | null | undefined;
  abstainVotes_gt?: string | null | undefined;
  abstainVotes_lt?: string | null | undefined;
  abstainVotes_gte?: string | null | undefined;
  abstainVotes_lte?: string | null | undefined;
  abstainVotes_in?: Array<string> | null | undefined;
  abstainVotes_not_in?: Array<string> | null | undefined;
  totalVotes?: string | null | undefined;
  totalVotes_not?: string | null | undefined;
  totalVotes_gt?: string | null | undefined;
  totalVotes_lt?: string | null | undefined;
  totalVotes_gte?: string | null | undefined;
  totalVotes_lte?: string | null | undefined;
  totalVotes_in?: Array<string> | null | undefined;
  totalVotes_not_in?: Array<string> | null | undefined;
  voterCount?: number | null | undefined;
  voterCount_not?: number | null | undefined;
  voterCount_gt?: number | null | undefined;
  voterCount_lt?: number | null | undefined;
  voterCount_gte?: number | null | undefined;
  voterCount_lte?: number | null | undefined;
  voterCount_in?: Array<number> | null | undefined;
  voterCount_not_in?: Array<number> | null | undefined;
  quorumVotes?: string | null | undefined;
  quorumVotes_not?: string | null | undefined;
  quorumVotes_gt?: string | null | undefined;
  quorumVotes_lt?: string | null | undefined;
  quorumVotes_gte?: string | null | undefined;
  quorumVotes_lte?: string | null | undefined;
  quorumVotes_in?: Array<string> | null | undefined;
  quorumVotes_not_in?: Array<string> | null | undefined;
  voteStart?: string | null | undefined;
  voteStart_not?: string | null | undefined;
  voteStart_gt?: string | null | undefined;
  voteStart_lt?: string | null | undefined;
  voteStart_gte?: string | null | undefined;
  voteStart_lte?: string | null | undefined;
  voteStart_in?: Array<string> | null | undefined;
  voteStart_not_in?: Array<string> | null | undefined;
  voteEnd?: string | null | undefined;
  voteEnd_not?: string | null | undefined;
  voteEnd_gt?: string | null | undefined;
  voteEnd_lt?: string | null | undefined;
  voteEnd_gte?: string | null | undefined;
  voteEnd_lte?: string | null | undefined;
  voteEnd_in?: Array<string> | null | undefined;
  voteEnd_not_in?: Array<string> | null | undefined;
  createdAt?: string | null | undefined;
  createdAt_not?: string | null | undefined;
  createdAt_gt?: string | null | undefined;
  createdAt_lt?: string | null | undefined;
  createdAt_gte?: string | null | undefined;
  createdAt_lte?: string | null | undefined;
  createdAt_in?: Array<string> | null | undefined;
  createdAt_not_in?: Array<string> | null | undefined;
  createdBlock?: string | null | undefined;
  createdBlock_not?: string | null | undefined;
  createdBlock_gt?: string | null | undefined;
  createdBlock_lt?: string | null | undefined;
  createdBlock_gte?: string | null | undefined;
  createdBlock_lte?: string | null | undefined;
  createdBlock_in?: Array<string> | null | undefined;
  createdBlock_not_in?: Array<string> | null | undefined;
  createdTxHash?: string | null | undefined;
  createdTxHash_not?: string | null | undefined;
  createdTxHash_gt?: string | null | undefined;
  createdTxHash_lt?: string | null | undefined;
  createdTxHash_gte?: string | null | undefined;
  createdTxHash_lte?: string | null | undefined;
  createdTxHash_in?: Array<string> | null | undefined;
  createdTxHash_not_in?: Array<string> | null | undefined;
  createdTxHash_contains?: string | null | undefined;
  createdTxHash_not_contains?: string | null | undefined;
  queuedAt?: string | null | undefined;
  queuedAt_not?: string | null | undefined;
  queuedAt_gt?: string | null | undefined;
  queuedAt_lt?: string | null | undefined;
  queuedAt_gte?: string | null | undefined;
  queuedAt_lte?: string | null | undefined;
  queuedAt_in?: Array<string> | null | undefined;
  queuedAt_not_in?: Array<string> | null | undefined;
  eta?: string | null | undefined;
  eta_not?: string | null | undefined;
  eta_gt?: string | null | undefined;
  eta_lt?: string | null | undefined;
  eta_gte?: string | null | undefined;
  eta_lte?: string | null | undefined;
  eta_in?: Array<string> | null | undefined;
  eta_not_in?: Array<string> | null | undefined;
  executedAt?: string | null | undefined;
  executedAt_not?: string | null | undefined;
  executedAt_gt?: string | null | undefined;
  executedAt_lt?: string | null | undefined;
  executedAt_gte?: string | null | undefined;
  executedAt_lte?: string | null | undefined;
  executedAt_in?: Array<string> | null | undefined;
  executedAt_not_in?: Array<string> | null | undefined;
  executedTxHash?: string | null | undefined;
  executedTxHash_not?: string | null | undefined;
  executedTxHash_gt?: string | null | undefined;
  executedTxHash_lt?: string | null | undefined;
  executedTxHash_gte?: string | null | undefined;
  executedTxHash_lte?: string | null | undefined;
  executedTxHash_in?: Array<string> | null | undefined;
  executedTxHash_not_in?: Array<string> | null | undefined;
  executedTxHash_contains?: string | null | undefined;
  executedTxHash_not_contains?: string | null | undefined;
  canceledAt?: string | null | undefined;
  canceledAt_not?: string | null | undefined;
  canceledAt_gt?: string | null | undefined;
  canceledAt_lt?: string | null | undefined;
  canceledAt_gte?: string | null | undefined;
  canceledAt_lte?: string | null | undefined;
  canceledAt_in?: Array<string> | null | undefined;
  canceledAt_not_in?: Array<string> | null | undefined;
  targets?: Array<string> | null | undefined;
  targets_not?: Array<string> | null | undefined;
  targets_contains?: Array<string> | null | undefined;
  targets_not_contains?: Array<string> | null | undefined;
  values?: Array<string> | null | undefined;
  values_not?: Array<string> | null | undefined;
  values_contains?: Array<string> | null | undefined;
  values_not_contains?: Array<string> | null | undefined;
  signatures?: Array<string> | null | undefined;
  signatures_not?: Array<string> | null | undefined;
  signatures_contains?: Array<string> | null | undefined;
  signatures_contains_nocase?: Array<string> | null | undefined;
  signatures_not_contains?: Array<string> | null | undefined;
  signatures_not_contains_nocase?: Array<string> | null | undefined;
  calldatas?: Array<string> | null | undefined;
  calldatas_not?: Array<string> | null | undefined;
  calldatas_contains?: Array<string> | null | undefined;
  calldatas_not_contains?: Array<string> | null | undefined;
  actions_?: ProposalAction_Filter | null | undefined;
  votes_?: Vote_Filter | null | undefined;
  parameterChanges_?: ParameterChange_Filter | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<Proposal_Filter | null | undefined> | null | undefined;
  or?: Array<Proposal_Filter | null | undefined> | null | undefined;
};

export type ProposalAction_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  proposal?: string | null | undefined;
  proposal_not?: string | null | undefined;
  proposal_gt?: string | null | undefined;
  proposal_lt?: string | null | undefined;
  proposal_gte?: string | null | undefined;
  proposal_lte?: string | null | undefined;
  proposal_in?: Array<string> | null | undefined;
  proposal_not_in?: Array<string> | null | undefined;
  proposal_contains?: string | null | undefined;
  proposal_contains_nocase?: string | null | undefined;
  proposal_not_contains?: string | null | undefined;
  proposal_not_contains_nocase?: string | null | undefined;
  proposal_starts_with?: string | null | undefined;
  proposal_starts_with_nocase?: string | null | undefined;
  proposal_not_starts_with?: string | null | undefined;
  proposal_not_starts_with_nocase?: string | null | undefined;
  proposal_ends_with?: string | null | undefined;
  proposal_ends_with_nocase?: string | null | undefined;
  proposal_not_ends_with?: string | null | undefined;
  proposal_not_ends_with_nocase?: string | null | undefined;
  proposal_?: Proposal_Filter | null | undefined;
  index?: number | null | undefined;
  index_not?: number | null | undefined;
  index_gt?: number | null | undefined;
  index_lt?: number | null | undefined;
  index_gte?: number | null | undefined;
  index_lte?: number | null | undefined;
  index_in?: Array<number> | null | undefined;
  index_not_in?: Array<number> | null | undefined;
  target?: string | null | undefined;
  target_not?: string | null | undefined;
  target_gt?: string | null | undefined;
  target_lt?: string | null | undefined;
  target_gte?: string | null | undefined;
  target_lte?: string | null | undefined;
  target_in?: Array<string> | null | undefined;
  target_not_in?: Array<string> | null | undefined;
  target_contains?: string | null | undefined;
  target_not_contains?: string | null | undefined;
  value?: string | null | undefined;
  value_not?: string | null | undefined;
  value_gt?: string | null | undefined;
  value_lt?: string | null | undefined;
  value_gte?: string | null | undefined;
  value_lte?: string | null | undefined;
  value_in?: Array<string> | null | undefined;
  value_not_in?: Array<string> | null | undefined;
  calldata?: string | null | undefined;
  calldata_not?: string | null | undefined;
  calldata_gt?: string | null | undefined;
  calldata_lt?: string | null | undefined;
  calldata_gte?: string | null | undefined;
  calldata_lte?: string | null | undefined;
  calldata_in?: Array<string> | null | undefined;
  calldata_not_in?: Array<string> | null | undefined;
  calldata_contains?: string | null | undefined;
  calldata_not_contains?: string | null | undefined;
  functionName?: string | null | undefined;
  functionName_not?: string | null | undefined;
  functionName_gt?: string | null | undefined;
  functionName_lt?: string | null | undefined;
  functionName_gte?: string | null | undefined;
  functionName_lte?: string | null | undefined;
  functionName_in?: Array<string> | null | undefined;
  functionName_not_in?: Array<string> | null | undefined;
  functionName_contains?: string | null | undefined;
  functionName_contains_nocase?: string | null | undefined;
  functionName_not_contains?: string | null | undefined;
  functionName_not_contains_nocase?: string | null | undefined;
  functionName_starts_with?: string | null | undefined;
  functionName_starts_with_nocase?: string | null | undefined;
  functionName_not_starts_with?: string | null | undefined;
  functionName_not_starts_with_nocase?: string | null | undefined;
  functionName_ends_with?: string | null | undefined;
  functionName_ends_with_nocase?: string | null | undefined;
  functionName_not_ends_with?: string | null | undefined;
  functionName_not_ends_with_nocase?: string | null | undefined;
  parameterKeys?: Array<string> | null | undefined;
  parameterKeys_not?: Array<string> | null | undefined;
  parameterKeys_contains?: Array<string> | null | undefined;
  parameterKeys_contains_nocase?: Array<string> | null | undefined;
  parameterKeys_not_contains?: Array<string> | null | undefined;
  parameterKeys_not_contains_nocase?: Array<string> | null | undefined;
  parameterValues?: Array<string> | null | undefined;
  parameterValues_not?: Array<string> | null | undefined;
  parameterValues_contains?: Array<string> | null | undefined;
  parameterValues_not_contains?: Array<string> | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<ProposalAction_Filter | null | undefined> | null | undefined;
  or?: Array<ProposalAction_Filter | null | undefined> | null | undefined;
};

export type Vote_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  proposal?: string | null | undefined;
  proposal_not?: string | null | undefined;
  proposal_gt?: string | null | undefined;
  proposal_lt?: string | null | undefined;
  proposal_gte?: string | null | undefined;
  proposal_lte?: string | null | undefined;
  proposal_in?: Array<string> | null | undefined;
  proposal_not_in?: Array<string> | null | undefined;
  proposal_contains?: string | null | undefined;
  proposal_contains_nocase?: string | null | undefined;
  proposal_not_contains?: string | null | undefined;
  proposal_not_contains_nocase?: string | null | undefined;
  proposal_starts_with?: string | null | undefined;
  proposal_starts_with_nocase?: string | null | undefined;
  proposal_not_starts_with?: string | null | undefined;
  proposal_not_starts_with_nocase?: string | null | undefined;
  proposal_ends_with?: string | null | undefined;
  proposal_ends_with_nocase?: string | null | undefined;
  proposal_not_ends_with?: string | null | undefined;
  proposal_not_ends_with_nocase?: string | null | undefined;
  proposal_?: Proposal_Filter | null | undefined;
  voter?: string | null | undefined;
  voter_not?: string | null | undefined;
  voter_gt?: string | null | undefined;
  voter_lt?: string | null | undefined;
  voter_gte?: string | null | undefined;
  voter_lte?: string | null | undefined;
  voter_in?: Array<string> | null | undefined;
  voter_not_in?: Array<string> | null | undefined;
  voter_contains?: string | null | undefined;
  voter_contains_nocase?: string | null | undefined;
  voter_not_contains?: string | null | undefined;
  voter_not_contains_nocase?: string | null | undefined;
  voter_starts_with?: string | null | undefined;
  voter_starts_with_nocase?: string | null | undefined;
  voter_not_starts_with?: string | null | undefined;
  voter_not_starts_with_nocase?: string | null | undefined;
  voter_ends_with?: string | null | undefined;
  voter_ends_with_nocase?: string | null | undefined;
  voter_not_ends_with?: string | null | undefined;
  voter_not_ends_with_nocase?: string | null | undefined;
  voter_?: Account_Filter | null | undefined;
  choice?: VoteChoice | null | undefined;
  choice_not?: VoteChoice | null | undefined;
  choice_in?: Array<VoteChoice> | null | undefined;
  choice_not_in?: Array<VoteChoice> | null | undefined;
  weight?: string | null | undefined;
  weight_not?: string | null | undefined;
  weight_gt?: string | null | undefined;
  weight_lt?: string | null | undefined;
  weight_gte?: string | null | undefined;
  weight_lte?: string | null | undefined;
  weight_in?: Array<string> | null | undefined;
  weight_not_in?: Array<string> | null | undefined;
  reason?: string | null | undefined;
  reason_not?: string | null | undefined;
  reason_gt?: string | null | undefined;
  reason_lt?: string | null | undefined;
  reason_gte?: string | null | undefined;
  reason_lte?: string | null | undefined;
  reason_in?: Array<string> | null | undefined;
  reason_not_in?: Array<string> | null | undefined;
  reason_contains?: string | null | undefined;
  reason_contains_nocase?: string | null | undefined;
  reason_not_contains?: string | null | undefined;
  reason_not_contains_nocase?: string | null | undefined;
  reason_starts_with?: string | null | undefined;
  reason_starts_with_nocase?: string | null | undefined;
  reason_not_starts_with?: string | null | undefined;
  reason_not_starts_with_nocase?: string | null | undefined;
  reason_ends_with?: string | null | undefined;
  reason_ends_with_nocase?: string | null | undefined;
  reason_not_ends_with?: string | null | undefined;
  reason_not_ends_with_nocase?: string | null | undefined;
  timestamp?: string | null | undefined;
  timestamp_not?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  blockNumber?: string | null | undefined;
  blockNumber_not?: string | null | undefined;
  blockNumber_gt?: string | null | undefined;
  blockNumber_lt?: string | null | undefined;
  blockNumber_gte?: string | null | undefined;
  blockNumber_lte?: string | null | undefined;
  blockNumber_in?: Array<string> | null | undefined;
  blockNumber_not_in?: Array<string> | null | undefined;
  txHash?: string | null | undefined;
  txHash_not?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<Vote_Filter | null | undefined> | null | undefined;
  or?: Array<Vote_Filter | null | undefined> | null | undefined;
};

export type Parameter_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  value?: string | null | undefined;
  value_not?: string | null | undefined;
  value_gt?: string | null | undefined;
  value_lt?: string | null | undefined;
  value_gte?: string | null | undefined;
  value_lte?: string | null | undefined;
  value_in?: Array<string> | null | undefined;
  value_not_in?: Array<string> | null | undefined;
  updatedAt?: string | null | undefined;
  updatedAt_not?: string | null | undefined;
  updatedAt_gt?: string | null | undefined;
  updatedAt_lt?: string | null | undefined;
  updatedAt_gte?: string | null | undefined;
  updatedAt_lte?: string | null | undefined;
  updatedAt_in?: Array<string> | null | undefined;
  updatedAt_not_in?: Array<string> | null | undefined;
  changeCount?: number | null | undefined;
  changeCount_not?: number | null | undefined;
  changeCount_gt?: number | null | undefined;
  changeCount_lt?: number | null | undefined;
  changeCount_gte?: number | null | undefined;
  changeCount_lte?: number | null | undefined;
  changeCount_in?: Array<number> | null | undefined;
  changeCount_not_in?: Array<number> | null | undefined;
  changes_?: ParameterChange_Filter | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<Parameter_Filter | null | undefined> | null | undefined;
  or?: Array<Parameter_Filter | null | undefined> | null | undefined;
};

export type ParameterChange_Filter = {
  id?: string | number | null | undefined;
  id_not?: string | number | null | undefined;
  id_gt?: string | number | null | undefined;
  id_lt?: string | number | null | undefined;
  id_gte?: string | number | null | undefined;
  id_lte?: string | number | null | undefined;
  id_in?: Array<string | number> | null | undefined;
  id_not_in?: Array<string | number> | null | undefined;
  parameter?: string | null | undefined;
  parameter_not?: string | null | undefined;
  parameter_gt?: string | null | undefined;
  parameter_lt?: string | null | undefined;
  parameter_gte?: string | null | undefined;
  parameter_lte?: string | null | undefined;
  parameter_in?: Array<string> | null | undefined;
  parameter_not_in?: Array<string> | null | undefined;
  parameter_contains?: string | null | undefined;
  parameter_contains_nocase?: string | null | undefined;
  parameter_not_contains?: string | null | undefined;
  parameter_not_contains_nocase?: string | null | undefined;
  parameter_starts_with?: string | null | undefined;
  parameter_starts_with_nocase?: string | null | undefined;
  parameter_not_starts_with?: string | null | undefined;
  parameter_not_starts_with_nocase?: string | null | undefined;
  parameter_ends_with?: string | null | undefined;
  parameter_ends_with_nocase?: string | null | undefined;
  parameter_not_ends_with?: string | null | undefined;
  parameter_not_ends_with_nocase?: string | null | undefined;
  parameter_?: Parameter_Filter | null | undefined;
  oldValue?: string | null | undefined;
  oldValue_not?: string | null | undefined;
  oldValue_gt?: string | null | undefined;
  oldValue_lt?: string | null | undefined;
  oldValue_gte?: string | null | undefined;
  oldValue_lte?: string | null | undefined;
  oldValue_in?: Array<string> | null | undefined;
  oldValue_not_in?: Array<string> | null | undefined;
  newValue?: string | null | undefined;
  newValue_not?: string | null | undefined;
  newValue_gt?: string | null | undefined;
  newValue_lt?: string | null | undefined;
  newValue_gte?: string | null | undefined;
  newValue_lte?: string | null | undefined;
  newValue_in?: Array<string> | null | undefined;
  newValue_not_in?: Array<string> | null | undefined;
  changedBy?: string | null | undefined;
  changedBy_not?: string | null | undefined;
  changedBy_gt?: string | null | undefined;
  changedBy_lt?: string | null | undefined;
  changedBy_gte?: string | null | undefined;
  changedBy_lte?: string | null | undefined;
  changedBy_in?: Array<string> | null | undefined;
  changedBy_not_in?: Array<string> | null | undefined;
  changedBy_contains?: string | null | undefined;
  changedBy_not_contains?: string | null | undefined;
  proposal?: string | null | undefined;
  proposal_not?: string | null | undefined;
  proposal_gt?: string | null | undefined;
  proposal_lt?: string | null | undefined;
  proposal_gte?: string | null | undefined;
  proposal_lte?: string | null | undefined;
  proposal_in?: Array<string> | null | undefined;
  proposal_not_in?: Array<string> | null | undefined;
  proposal_contains?: string | null | undefined;
  proposal_contains_nocase?: string | null | undefined;
  proposal_not_contains?: string | null | undefined;
  proposal_not_contains_nocase?: string | null | undefined;
  proposal_starts_with?: string | null | undefined;
  proposal_starts_with_nocase?: string | null | undefined;
  proposal_not_starts_with?: string | null | undefined;
  proposal_not_starts_with_nocase?: string | null | undefined;
  proposal_ends_with?: string | null | undefined;
  proposal_ends_with_nocase?: string | null | undefined;
  proposal_not_ends_with?: string | null | undefined;
  proposal_not_ends_with_nocase?: string | null | undefined;
  proposal_?: Proposal_Filter | null | undefined;
  timestamp?: string | null | undefined;
  timestamp_not?: string | null | undefined;
  timestamp_gt?: string | null | undefined;
  timestamp_lt?: string | null | undefined;
  timestamp_gte?: string | null | undefined;
  timestamp_lte?: string | null | undefined;
  timestamp_in?: Array<string> | null | undefined;
  timestamp_not_in?: Array<string> | null | undefined;
  blockNumber?: string | null | undefined;
  blockNumber_not?: string | null | undefined;
  blockNumber_gt?: string | null | undefined;
  blockNumber_lt?: string | null | undefined;
  blockNumber_gte?: string | null | undefined;
  blockNumber_lte?: string | null | undefined;
  blockNumber_in?: Array<string> | null | undefined;
  blockNumber_not_in?: Array<string> | null | undefined;
  txHash?: string | null | undefined;
  txHash_not?: string | null | undefined;
  txHash_gt?: string | null | undefined;
  txHash_lt?: string | null | undefined;
  txHash_gte?: string | null | undefined;
  txHash_lte?: string | null | undefined;
  txHash_in?: Array<string> | null | undefined;
  txHash_not_in?: Array<string> | null | undefined;
  txHash_contains?: string | null | undefined;
  txHash_not_contains?: string | null | undefined;
  /** Filter for the block changed event. */
  _change_block?: BlockChangedFilter | null | undefined;
  and?: Array<ParameterChange_Filter | null | undefined> | null | undefined;
  or?: Array<ParameterChange_Filter | null | undefined> | null | undefined;
};

export type IndexingStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type IndexingStatusQuery = { _meta: { hasIndexingErrors: boolean, block: { number: number, timestamp: number | null } } | null };

export type EmissionsQueryVariables = Exact<{
  native: string;
  keys: Array<string> | string;
}>;


export type EmissionsQuery = { emissionTotals: { cumulative: string, generation: string, share: string, hosting: string, genesis: string | null } | null, emissionEpoches: Array<{ epoch: string, total: string, generation: string, share: string, hosting: string, fromCompanyReserve: string, fromCommunityTreasury: string, fromInflation: string, cumulative: string }>, emissionActivities: Array<{ epoch: string, generations: string, shares: number, hostingSupply: string | null, hostingSettledAt: string | null, hostingNodes: number }>, parameterChanges: Array<{ id: string, oldValue: string, newValue: string, timestamp: string, txHash: string, parameter: { id: string }, proposal: { id: string, title: string } | null }>, supplyDays: Array<{ dayId: number, totalSupply: string, circulating: string, burned: string }>, stockBalances: Array<{ balance: string, stock: { id: string }, days: Array<{ dayId: number, balance: string }> }> };

export type FlowDetailQueryVariables = Exact<{
  from: string;
  to: string;
  first: number;
  asset: string;
  stock: string;
  direction: FlowDirection;
  sources: Array<FlowSource> | FlowSource;
  emissionKind: EmissionKind;
  emissionSource: EmissionSource;
  royaltyRole: RoyaltyRole;
  stockFlows: boolean;
  emissions: boolean;
  royalties: boolean;
  sales: boolean;
  fees: boolean;
  buybacks: boolean;
  slashes: boolean;
}>;


export type FlowDetailQuery = { stockFlows?: Array<{ id: string, source: FlowSource, counterparty: string, amount: string, timestamp: string, txHash: string }>, emissions?: Array<{ id: string, recipient: string, amount: string, epoch: string, timestamp: string, txHash: string }>, royaltyPayments?: Array<{ id: string, payee: string, amount: string, timestamp: string, sale: { txHash: string } }>, nftSales?: Array<{ id: string, seller: string, price: string, royalty: string, timestamp: string, txHash: string }>, feeCollections?: Array<{ id: string, kind: FeeKind, payer: string, stablePart: string, timestamp: string, txHash: string }>, buybacks?: Array<{ id: string, tokensBurned: string, stableSpent: string, timestamp: string, txHash: string }>, slashes?: Array<{ id: string, owner: string, burned: string, reason: SlashReason, timestamp: string, txHash: string }> };

export type FlowLinksQueryVariables = Exact<{
  fromDay: number;
  toDay: number;
}>;


export type FlowLinksQuery = { flowLinks: Array<{ id: string, from: string, to: string, asset: string, firstDayId: number, end: Array<{ cumulativeAmount: string, cumulativeCount: number }>, start: Array<{ cumulativeAmount: string, cumulativeCount: number }> }>, stockBalances: Array<{ id: string, asset: string, stock: { id: string }, end: Array<{ balance: string }>, start: Array<{ balance: string }> }> };

export type AccountVotesQueryVariables = Exact<{
  voter: string;
}>;


export type AccountVotesQuery = { votes: Array<{ id: string, choice: VoteChoice, proposal: { id: string } }> };

export type GovernanceDelegateQueryVariables = Exact<{
  id: string | number;
}>;


export type GovernanceDelegateQuery = { account: { id: string, balance: string, votingPower: string, delegatorCount: number, voteCount: number, firstVotingPowerAt: string | null, delegate: { id: string } | null, delegators: Array<{ id: string, balance: string }>, votes: Array<{ id: string, choice: VoteChoice, weight: string, reason: string, timestamp: string, txHash: string, proposal: { id: string, title: string, state: ProposalState } }>, votingPowerDays: Array<{ dayId: number, votingPower: string, delta: string }> } | null, proposals: Array<{ id: string, voteStart: string, state: ProposalState, canceledAt: string | null }> };

export type GovernanceDelegatesQueryVariables = Exact<{
  where: Account_Filter;
  first: number;
  fromDay: number;
}>;


export type GovernanceDelegatesQuery = { accounts: Array<{ id: string, balance: string, votingPower: string, delegatorCount: number, voteCount: number, firstVotingPowerAt: string | null, delegate: { id: string } | null, votingPowerDays: Array<{ dayId: number, delta: string }> }>, proposals: Array<{ id: string, voteStart: string, state: ProposalState, canceledAt: string | null }>, token: { delegatedVotes: string, delegateCount: number, totalSupply: string } | null };

export type ParametersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ParametersPageQuery = { parameters: Array<{ id: string, value: string, updatedAt: string, changeCount: number, changes: Array<{ id: string, oldValue: string, newValue: string, timestamp: string, blockNumber: string, txHash: string, changedBy: string, proposal: { id: string, title: string } | null }> }>, proposals: Array<{ id: string, title: string, eta: string | null, queuedAt: string | null, actions: Array<{ index: number, functionName: string, parameterKeys: Array<string>, parameterValues: Array<string> }> }> };

export type GovernanceProposalQueryVariables = Exact<{
  id: string | number;
  proposal: string;
}>;


export type GovernanceProposalQuery = { proposal: { id: string, title: string, description: string, state: ProposalState, forVotes: string, againstVotes: string, abstainVotes: string, totalVotes: string, voterCount: number, quorumVotes: string | null, voteStart: string, voteEnd: string, createdAt: string, createdTxHash: string, queuedAt: string | null, eta: string | null, executedAt: string | null, executedTxHash: string | null, canceledAt: string | null, targets: Array<string>, values: Array<string>, calldatas: Array<string>, proposer: { id: string }, actions: Array<{ id: string, index: number, target: string, value: string, calldata: string, functionName: string, parameterKeys: Array<string>, parameterValues: Array<string> }>, parameterChanges: Array<{ id: string, oldValue: string, newValue: string, blockNumber: string, parameter: { id: string } }> } | null, votes: Array<{ id: string, choice: VoteChoice, weight: string, reason: string, timestamp: string, txHash: string, voter: { id: string } }>, parameters: Array<{ id: string, value: string }>, governanceFrameworks: Array<{ id: string, votingDelay: string, votingPeriod: string, quorumNumerator: string, quorumDenominator: string, timelockDelay: string }> };

export type ProposalVoteFragment = { id: string, choice: VoteChoice, weight: string, reason: string, timestamp: string, txHash: string, voter: { id: string } };

export type ProposalVotesPageQueryVariables = Exact<{
  proposal: string;
  after: string | number;
}>;


export type ProposalVotesPageQuery = { votes: Array<{ id: string, choice: VoteChoice, weight: string, reason: string, timestamp: string, txHash: string, voter: { id: string } }> };

export type GovernanceProposalsQueryVariables = Exact<{
  before: string;
}>;


export type GovernanceProposalsQuery = { proposals: Array<{ id: string, title: string, state: ProposalState, forVotes: string, againstVotes: string, abstainVotes: string, quorumVotes: string | null, voterCount: number, voteStart: string, voteEnd: string, createdAt: string, queuedAt: string | null, eta: string | null, executedAt: string | null, canceledAt: string | null, proposer: { id: string } }>, governance: { proposals: string, active: boolean } | null };

export type TxIndexedQueryVariables = Exact<{
  voteId: string | number;
  withVote: boolean;
}>;


export type TxIndexedQuery = { _meta: { block: { number: number } } | null, vote?: { id: string } | null };

export type ImpactInputsQueryVariables = Exact<{
  block: Block_Height;
  stockIds: Array<string | number> | string | number;
  stockKeys: Array<string> | string;
  hourFrom: number;
  hourEnd: number;
  after: string;
  dayFrom: number;
  dayTo: number;
  until: string;
}>;


export type ImpactInputsQuery = { at: { block: { number: number, timestamp: number | null } } | null, parameters: Array<{ value: string, key: string }>, emissionTotals: { genesis: string | null } | null, token: { totalSupply: string } | null, stocks: Array<{ balance: string, key: string }>, baseFeeUpdates: Array<{ epoch: string, newFee: string }>, feeDays: Array<{ kind: FeeKind, dayId: number, count: number, quantity: string, amount: string }>, emissionActivities: Array<{ epoch: string, shares: number }>, royaltyDays: Array<{ dayId: number, saleCount: number, saleVolume: string }>, stakingDays: Array<{ dayId: number, slashCount: number }>, stakingTotals: { staked: string, openPositions: number } | null, stakeLocks: Array<{ lockDays: number, amount: string }>, hostingNodes: Array<{ key: string, position: { amount: string, lockDuration: string, closed: boolean } }>, hostingReports: Array<{ epoch: string, hostedUnits: string, hotUnits: string, node: { key: string } }>, payerDays: Array<{ payer: string, dayId: number, generations: string, generationRewards: string, grants: string, received: string, balance: string }>, buybacks: Array<{ stableSpent: string, timestamp: string }>, after: Array<{ hourId: number, balance: string, stockBalance: { key: string } }>, feeDaysAfter: Array<{ dayId: number, quantity: string }>, governanceFlows: Array<{ asset: string, direction: FlowDirection, source: FlowSource, amount: string, timestamp: string, txHash: string, stock: { kind: StockKind } }> };

export type GovernanceProposeQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceProposeQuery = { parameters: Array<{ id: string, value: string, updatedAt: string }>, governance: { active: boolean } | null, governanceFrameworks: Array<{ id: string, proposalThreshold: string }> };

export type OverviewQueryVariables = Exact<{
  from: string;
  to: string;
  fromHour: number;
  toHour: number;
  fromDay: number;
  toDay: number;
  trailingFromDay: number;
  outflowBps: number;
}>;


export type OverviewQuery = { stocks: Array<{ id: string, address: string, balances: Array<{ id: string, asset: string, balance: string, atStart: Array<{ balance: string }>, atEnd: Array<{ balance: string }> }> }>, stableDays: Array<{ asset: string, dayId: number, inflow: string, outflow: string }>, feeDays: Array<{ kind: FeeKind, dayId: number, count: number, amount: string }>, diversifications: Array<{ price: string, timestamp: string, txHash: string }>, buybacks: Array<{ price: string, timestamp: string, txHash: string }>, largeOutflows: Array<{ id: string, asset: string, source: FlowSource, amount: string, shareOfStockBps: number, counterparty: string, timestamp: string, txHash: string, stock: { id: string } }>, roles: Array<{ id: string, contract: string, contractName: string, name: string, adminRoleName: string, memberCount: number, members: Array<{ account: string, grantedAt: string, grantedTxHash: string }> }>, roleEvents: Array<{ id: string, kind: RoleEventKind, contractName: string, roleName: string, account: string | null, sender: string | null, newAdminRoleName: string | null, timestamp: string, txHash: string }>, parameterChanges: Array<{ id: string, oldValue: string, newValue: string, timestamp: string, txHash: string, parameter: { id: string }, proposal: { id: string, title: string } | null }> };

export type SaturationDetailQueryVariables = Exact<{
  datum: string | number;
  datumBytes: string;
  fromWindow: string;
  toWindow: string;
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  byDay: boolean;
}>;


export type SaturationDetailQuery = { datum: { id: string, index: number, latestSaturation: string, latestSurge: string, latestWindow: string, sampleCount: number, downloadCount: number, downloadRevenue: string, samples?: Array<{ window: string, demand: string, capacity: string, saturationBps: string, surgeBps: string, price: string | null }>, days?: Array<{ dayId: number, samples: number, saturatedWindows: number, peakSaturationBps: string, peakSurgeBps: string, demand: string, capacity: string }>, downloads: Array<{ id: string, downloader: string, price: string, surgeBps: string, timestamp: string, txHash: string }> } | null, availabilitySamples: Array<{ window: string, passed: boolean, slashed: string, timestamp: string, node: { id: string, region: number, failedSamples: number, latestShare: string } }> };

export type SaturationHeatmapQueryVariables = Exact<{
  fromWindow: string;
  toWindow: string;
  fromDay: number;
  toDay: number;
  byDay: boolean;
}>;


export type SaturationHeatmapQuery = { datums: Array<{ id: string, index: number, latestSaturation: string, latestSurge: string, latestWindow: string, downloadCount: number, downloadRevenue: string, days?: Array<{ dayId: number, samples: number, saturatedWindows: number, peakSaturationBps: string, peakSurgeBps: string, demand: string, capacity: string }> }>, saturationWindows?: Array<{ window: string, datumIndexes: Array<number>, demand: Array<string>, capacity: Array<string>, surgeBps: Array<string>, basePrices: Array<string>, basePriceFrom: Array<number> }>, parameters: Array<{ id: string, value: string }> };

export type RoyaltiesViewQueryVariables = Exact<{
  fromDay: number;
  toDay: number;
  top: number;
}>;


export type RoyaltiesViewQuery = { royaltyDays: Array<{ dayId: number, saleCount: number, saleVolume: string, royalty: string, creator: string, datasetContributors: string, fineTuners: string, community: string, paymentCount: number }>, creators: Array<{ id: string, payee: string, amount: string, paymentCount: number, lastPaidAt: string }>, datasetContributors: Array<{ id: string, payee: string, amount: string, paymentCount: number, lastPaidAt: string }>, fineTuners: Array<{ id: string, payee: string, amount: string, paymentCount: number, lastPaidAt: string }>, community: Array<{ id: string, payee: string, amount: string, paymentCount: number, lastPaidAt: string }> };

export type EarnerFragment = { id: string, payee: string, amount: string, paymentCount: number, lastPaidAt: string };

export type StakingViewQueryVariables = Exact<{
  keys: Array<string | number> | string | number;
  fromDay: number;
  toDay: number;
  from: string;
  to: string;
}>;


export type StakingViewQuery = { parameters: Array<{ id: string, value: string, updatedAt: string }>, stakeLocks: Array<{ lockDays: number, positionCount: number, initialAmount: string, initialWeight: string, atStart: Array<{ dayId: number, openPositions: number, amount: string, weight: string, rewardEarned: string, stakeSeconds: string, accRewardPerWeight: string, updatedAt: string }>, atEnd: Array<{ dayId: number, openPositions: number, amount: string, weight: string, rewardEarned: string, stakeSeconds: string, accRewardPerWeight: string, updatedAt: string }> }>, dayBefore: Array<{ dayId: number, accRewardPerWeight: string }>, dayAtEnd: Array<{ dayId: number, accRewardPerWeight: string, stakedTotal: string }>, stakingDays: Array<{ dayId: number, staked: string, unstaked: string, rewardsNotified: string, rewardsClaimed: string, payoutCount: number, slashed: string, slashCount: number }>, slashes: Array<{ id: string, owner: string, amount: string, toTreasury: string, burned: string, reason: SlashReason, timestamp: string, txHash: string, position: { id: string, lockDuration: string, hostingNodes: Array<{ id: string, region: number }> } }> };

export type LockSnapshotFragment = { dayId: number, openPositions: number, amount: string, weight: string, rewardEarned: string, stakeSeconds: string, accRewardPerWeight: string, updatedAt: string };

export type TreasuryFlowsQueryVariables = Exact<{
  asset: string;
  stocks: Array<string> | string;
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  fromHour: number;
  toHour: number;
  hourly: boolean;
}>;


export type TreasuryFlowsQuery = { stockSourceDays?: Array<{ source: FlowSource, direction: FlowDirection, dayId: number, amount: string, count: number, stock: { id: string } }>, stockSourceHours?: Array<{ source: FlowSource, direction: FlowDirection, hourId: number, amount: string, count: number, stock: { id: string } }>, largest: Array<{ id: string, direction: FlowDirection, source: FlowSource, counterparty: string, amount: string, balanceAfter: string, timestamp: string, txHash: string, stock: { id: string } }> };

export type TreasuryHistoryQueryVariables = Exact<{
  asset: string;
  fromDay: number;
  toDay: number;
  fromHour: number;
  toHour: number;
  hourly: boolean;
}>;


export type TreasuryHistoryQuery = { stockBalances: Array<{ id: string, balance: string, stock: { id: string }, days?: Array<{ dayId: number, balance: string, inflow: string, outflow: string }>, dayBefore?: Array<{ balance: string }>, hours?: Array<{ hourId: number, balance: string, inflow: string, outflow: string }>, hourBefore?: Array<{ balance: string }> }> };

export const ProposalVoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]} as unknown as DocumentNode<ProposalVoteFragment, unknown>;
export const EarnerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Earner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyEarner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaidAt"}}]}}]} as unknown as DocumentNode<EarnerFragment, unknown>;
export const LockSnapshotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LockSnapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StakeLockDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"openPositions"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"rewardEarned"}},{"kind":"Field","name":{"kind":"Name","value":"stakeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"accRewardPerWeight"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LockSnapshotFragment, unknown>;
export const IndexingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndexingStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_meta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"block"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasIndexingErrors"}}]}}]}}]} as unknown as DocumentNode<IndexingStatusQuery, IndexingStatusQueryVariables>;
export const EmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Emissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"native"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Bytes"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"emissions","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"genesis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emissionEpoches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"epoch"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"fromCompanyReserve"}},{"kind":"Field","name":{"kind":"Name","value":"fromCommunityTreasury"}},{"kind":"Field","name":{"kind":"Name","value":"fromInflation"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emissionActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"epoch"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"generations"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"hostingSupply"}},{"kind":"Field","name":{"kind":"Name","value":"hostingSettledAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostingNodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameterChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parameter_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parameter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"totalSupply"}},{"kind":"Field","name":{"kind":"Name","value":"circulating"}},{"kind":"Field","name":{"kind":"Name","value":"burned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"native"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<EmissionsQuery, EmissionsQueryVariables>;
export const FlowDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Bytes"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlowDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlowSource"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emissionKind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emissionSource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionSource"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"royaltyRole"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stockFlows"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emissions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"royalties"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sales"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fees"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buybacks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slashes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stock"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"source_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stockFlows"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emissionKind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emissionSource"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emissions"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"royaltyRole"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"royalties"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nftSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"price"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sales"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seller"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"royalty"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeCollections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stablePart_gt"},"value":{"kind":"StringValue","value":"0","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"stablePart"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fees"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"stablePart"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buybacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"tokensBurned"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buybacks"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokensBurned"}},{"kind":"Field","name":{"kind":"Name","value":"stableSpent"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slashes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"burned_gt"},"value":{"kind":"StringValue","value":"0","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"burned"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slashes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"burned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]}}]} as unknown as DocumentNode<FlowDetailQuery, FlowDetailQueryVariables>;
export const FlowLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"firstDayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastDayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asset"}},{"kind":"Field","name":{"kind":"Name","value":"firstDayId"}},{"kind":"Field","alias":{"kind":"Name","value":"end"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cumulativeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"start"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cumulativeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"}},{"kind":"Field","alias":{"kind":"Name","value":"end"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"start"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<FlowLinksQuery, FlowLinksQueryVariables>;
export const AccountVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"voter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voter"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choice"}}]}}]}}]} as unknown as DocumentNode<AccountVotesQuery, AccountVotesQueryVariables>;
export const GovernanceDelegateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceDelegate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"votingPower"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstVotingPowerAt"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"balance"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votingPowerDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"votingPower"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"voteStart"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voteStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}}]}}]} as unknown as DocumentNode<GovernanceDelegateQuery, GovernanceDelegateQueryVariables>;
export const GovernanceDelegatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceDelegates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Account_filter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"votingPower"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"votingPower"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstVotingPowerAt"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votingPowerDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"voteStart"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voteStart"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"token","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatedVotes"}},{"kind":"Field","name":{"kind":"Name","value":"delegateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalSupply"}}]}}]}}]} as unknown as DocumentNode<GovernanceDelegatesQuery, GovernanceDelegatesQueryVariables>;
export const ParametersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParametersPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"blockNumber"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"QUEUED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"eta"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"asc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"index"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"parameterKeys"}},{"kind":"Field","name":{"kind":"Name","value":"parameterValues"}}]}}]}}]}}]} as unknown as DocumentNode<ParametersPageQuery, ParametersPageQueryVariables>;
export const GovernanceProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forVotes"}},{"kind":"Field","name":{"kind":"Name","value":"againstVotes"}},{"kind":"Field","name":{"kind":"Name","value":"abstainVotes"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"quorumVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voteStart"}},{"kind":"Field","name":{"kind":"Name","value":"voteEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdTxHash"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedTxHash"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"calldatas"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"index"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"calldata"}},{"kind":"Field","name":{"kind":"Name","value":"functionName"}},{"kind":"Field","name":{"kind":"Name","value":"parameterKeys"}},{"kind":"Field","name":{"kind":"Name","value":"parameterValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameterChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parameter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"blockNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"proposal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalVote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governanceFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votingDelay"}},{"kind":"Field","name":{"kind":"Name","value":"votingPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"quorumNumerator"}},{"kind":"Field","name":{"kind":"Name","value":"quorumDenominator"}},{"kind":"Field","name":{"kind":"Name","value":"timelockDelay"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]} as unknown as DocumentNode<GovernanceProposalQuery, GovernanceProposalQueryVariables>;
export const ProposalVotesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalVotesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"proposal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"id_gt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalVote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalVote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]} as unknown as DocumentNode<ProposalVotesPageQuery, ProposalVotesPageQueryVariables>;
export const GovernanceProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernanceProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"createdAt"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forVotes"}},{"kind":"Field","name":{"kind":"Name","value":"againstVotes"}},{"kind":"Field","name":{"kind":"Name","value":"abstainVotes"}},{"kind":"Field","name":{"kind":"Name","value":"quorumVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"voteStart"}},{"kind":"Field","name":{"kind":"Name","value":"voteEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"governance","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<GovernanceProposalsQuery, GovernanceProposalsQueryVariables>;
export const TxIndexedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TxIndexed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withVote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_meta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"number_gte"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"block"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVote"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TxIndexedQuery, TxIndexedQueryVariables>;
export const ImpactInputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactInputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"block"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Block_height"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stockIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stockKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hourFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hourEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dayFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dayTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"at"},"name":{"kind":"Name","value":"_meta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"block"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emissionTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"emissions","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genesis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"token","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalSupply"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stocks"},"name":{"kind":"Name","value":"stockBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stockIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseFeeUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"epoch"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"newFee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emissionActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"epoch"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"saleCount"}},{"kind":"Field","name":{"kind":"Name","value":"saleVolume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"slashCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakingTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"vault","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staked"}},{"kind":"Field","name":{"kind":"Name","value":"openPositions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeLocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostingNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lockDuration"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostingReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"hostedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"hotUnits"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"payerDays"},"name":{"kind":"Name","value":"generationPayerDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"generations"}},{"kind":"Field","name":{"kind":"Name","value":"generationRewards"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buybacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"block"},"value":{"kind":"Variable","name":{"kind":"Name","value":"block"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stableSpent"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"stockHourSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stockBalance_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stockKeys"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourEnd"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"hourId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"key"},"name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"feeDaysAfter"},"name":{"kind":"Name","value":"feeDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"GENERATION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dayFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dayTo"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"governanceFlows"},"name":{"kind":"Name","value":"stockFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source_in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRANT"},{"kind":"EnumValue","value":"BUYBACK"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]}}]} as unknown as DocumentNode<ImpactInputsQuery, ImpactInputsQueryVariables>;
export const GovernanceProposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovernancePropose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"governance","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governanceFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalThreshold"}}]}}]}}]} as unknown as DocumentNode<GovernanceProposeQuery, GovernanceProposeQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toHour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trailingFromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outflowBps"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asset"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","alias":{"kind":"Name","value":"atStart"},"name":{"kind":"Name","value":"hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"hourId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"atEnd"},"name":{"kind":"Name","value":"hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toHour"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"hourId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stableDays"},"name":{"kind":"Name","value":"stockDaySnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stock"},"value":{"kind":"StringValue","value":"STABLE_RESERVE","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trailingFromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"}},{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"inflow"}},{"kind":"Field","name":{"kind":"Name","value":"outflow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diversifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buybacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"largeOutflows"},"name":{"kind":"Name","value":"stockFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"shareOfStockBps_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outflowBps"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asset"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfStockBps"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contract"}},{"kind":"Field","name":{"kind":"Name","value":"contractName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"grantedAt"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTxHash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contractName"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"sender"}},{"kind":"Field","name":{"kind":"Name","value":"newAdminRoleName"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameterChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parameter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const SaturationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaturationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datumBytes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Bytes"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromWindow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWindow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datum"}}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"latestSaturation"}},{"kind":"Field","name":{"kind":"Name","value":"latestSurge"}},{"kind":"Field","name":{"kind":"Name","value":"latestWindow"}},{"kind":"Field","name":{"kind":"Name","value":"sampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"window_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromWindow"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"window_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWindow"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"window"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDay"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"saturationBps"}},{"kind":"Field","name":{"kind":"Name","value":"surgeBps"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDay"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedWindows"}},{"kind":"Field","name":{"kind":"Name","value":"peakSaturationBps"}},{"kind":"Field","name":{"kind":"Name","value":"peakSurgeBps"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"downloader"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"surgeBps"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilitySamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"datum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datumBytes"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"window"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"slashed"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"failedSamples"}},{"kind":"Field","name":{"kind":"Name","value":"latestShare"}}]}}]}}]}}]} as unknown as DocumentNode<SaturationDetailQuery, SaturationDetailQueryVariables>;
export const SaturationHeatmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaturationHeatmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromWindow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWindow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"index"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"latestSaturation"}},{"kind":"Field","name":{"kind":"Name","value":"latestSurge"}},{"kind":"Field","name":{"kind":"Name","value":"latestWindow"}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDay"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedWindows"}},{"kind":"Field","name":{"kind":"Name","value":"peakSaturationBps"}},{"kind":"Field","name":{"kind":"Name","value":"peakSurgeBps"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"saturationWindows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"window_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromWindow"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"window_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWindow"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"window"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDay"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"datumIndexes"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"surgeBps"}},{"kind":"Field","name":{"kind":"Name","value":"basePrices"}},{"kind":"Field","name":{"kind":"Name","value":"basePriceFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id_in"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DOWNLOAD_BASE_PRICE","block":false},{"kind":"StringValue","value":"SURGE_SLOPE_BPS","block":false},{"kind":"StringValue","value":"SURGE_CAP_BPS","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SaturationHeatmapQuery, SaturationHeatmapQueryVariables>;
export const RoyaltiesViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoyaltiesView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"saleCount"}},{"kind":"Field","name":{"kind":"Name","value":"saleVolume"}},{"kind":"Field","name":{"kind":"Name","value":"royalty"}},{"kind":"Field","name":{"kind":"Name","value":"creator"}},{"kind":"Field","name":{"kind":"Name","value":"datasetContributors"}},{"kind":"Field","name":{"kind":"Name","value":"fineTuners"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"creators"},"name":{"kind":"Name","value":"royaltyEarners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CREATOR"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Earner"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"datasetContributors"},"name":{"kind":"Name","value":"royaltyEarners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"DATASET_CONTRIBUTOR"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Earner"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fineTuners"},"name":{"kind":"Name","value":"royaltyEarners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FINE_TUNER"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Earner"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"community"},"name":{"kind":"Name","value":"royaltyEarners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"COMMUNITY"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Earner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Earner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyEarner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaidAt"}}]}}]} as unknown as DocumentNode<RoyaltiesViewQuery, RoyaltiesViewQueryVariables>;
export const StakingViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StakingView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakeLocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"lockDays"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockDays"}},{"kind":"Field","name":{"kind":"Name","value":"positionCount"}},{"kind":"Field","name":{"kind":"Name","value":"initialAmount"}},{"kind":"Field","name":{"kind":"Name","value":"initialWeight"}},{"kind":"Field","alias":{"kind":"Name","value":"atStart"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LockSnapshot"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"atEnd"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LockSnapshot"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dayBefore"},"name":{"kind":"Name","value":"stakingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"accRewardPerWeight"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dayAtEnd"},"name":{"kind":"Name","value":"stakingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"accRewardPerWeight"}},{"kind":"Field","name":{"kind":"Name","value":"stakedTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stakingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"staked"}},{"kind":"Field","name":{"kind":"Name","value":"unstaked"}},{"kind":"Field","name":{"kind":"Name","value":"rewardsNotified"}},{"kind":"Field","name":{"kind":"Name","value":"rewardsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"payoutCount"}},{"kind":"Field","name":{"kind":"Name","value":"slashed"}},{"kind":"Field","name":{"kind":"Name","value":"slashCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slashes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"timestamp"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"toTreasury"}},{"kind":"Field","name":{"kind":"Name","value":"burned"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockDuration"}},{"kind":"Field","name":{"kind":"Name","value":"hostingNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LockSnapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StakeLockDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"openPositions"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"rewardEarned"}},{"kind":"Field","name":{"kind":"Name","value":"stakeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"accRewardPerWeight"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StakingViewQuery, StakingViewQueryVariables>;
export const TreasuryFlowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TreasuryFlows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Bytes"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stocks"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toHour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockSourceDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stock_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stocks"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockSourceHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stock_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stocks"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toHour"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"hourId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"hourId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"largest"},"name":{"kind":"Name","value":"stockFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"stock_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stocks"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"timestamp_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"amount"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"txHash"}}]}}]}}]} as unknown as DocumentNode<TreasuryFlowsQuery, TreasuryFlowsQueryVariables>;
export const TreasuryHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TreasuryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Bytes"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toHour"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"subgraphError"},"value":{"kind":"EnumValue","value":"allow"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"inflow"}},{"kind":"Field","name":{"kind":"Name","value":"outflow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dayBefore"},"name":{"kind":"Name","value":"days"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dayId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"dayId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toHour"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"hourId"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"inflow"}},{"kind":"Field","name":{"kind":"Name","value":"outflow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hourBefore"},"name":{"kind":"Name","value":"hours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hourId_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromHour"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"hourId"}},{"kind":"Argument","name":{"kind":"Name","value":"orderDirection"},"value":{"kind":"EnumValue","value":"desc"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hourly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<TreasuryHistoryQuery, TreasuryHistoryQueryVariables>;