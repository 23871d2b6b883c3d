// Event codes of contracts/src/economy/EconomyTypes.sol (the catalog in contracts/README.md).
export const FLOW = {
  FEE: 0,
  ROYALTY: 1,
  BUYBACK: 2,
  GRANT: 3,
  SLASH: 4,
  EMISSION_FUNDING: 5,
  DIVERSIFICATION: 6,
  DONATION: 7,
  INITIAL_ALLOCATION: 8,
} as const;
export const FEE_KIND = { GENERATION: 0, MINT: 1, DOWNLOAD: 2 } as const;
export const EMISSION_KIND = { GENERATION: 0, SHARE: 1, HOSTING: 2 } as const;
export const EMISSION_SOURCE = { COMPANY_RESERVE: 0, COMMUNITY_TREASURY: 1, INFLATION: 2 } as const;
export const ROYALTY_ROLE = {
  CREATOR: 0,
  DATASET_CONTRIBUTOR: 1,
  FINE_TUNER: 2,
  COMMUNITY: 3,
} as const;
export const SLASH_REASON = { FAILED_AVAILABILITY_SAMPLE: 0, GOVERNANCE: 1 } as const;
export const SUPPORT = { AGAINST: 0, FOR: 1, ABSTAIN: 2 } as const;
