// Plain words for the economy's enum values, in one place so every view names them alike.

const STOCK_NAMES: Record<string, string> = {
  COMPANY_RESERVE: "Company reserve",
  COMMUNITY_TREASURY: "Community treasury",
  STABLE_RESERVE: "Stable reserve",
  STAKING_VAULT: "Staking vault",
};

const SOURCE_NAMES: Record<string, string> = {
  FEE: "Fees",
  ROYALTY: "Royalties",
  BUYBACK: "Buybacks",
  GRANT: "Grants",
  SLASH: "Slashes",
  EMISSION_FUNDING: "Emission funding",
  DIVERSIFICATION: "Diversification",
  DONATION: "Donations",
  INITIAL_ALLOCATION: "Initial allocation",
  STAKE: "Stakes",
  UNSTAKE: "Unstakes",
  REWARD_CLAIM: "Reward claims",
};

const FEE_KIND_NAMES: Record<string, string> = {
  GENERATION: "Generation fees",
  MINT: "NFT mint fees",
  DOWNLOAD: "Download fees",
};

const ROYALTY_ROLE_NAMES: Record<string, string> = {
  CREATOR: "Creators",
  DATASET_CONTRIBUTOR: "Dataset contributors",
  FINE_TUNER: "Fine-tuners",
  COMMUNITY: "Community treasury",
};

const SLASH_REASON_NAMES: Record<string, string> = {
  FAILED_AVAILABILITY_SAMPLE: "Failed availability sample",
  GOVERNANCE: "Governance decision",
};

const humanise = (key: string) => key.charAt(0) + key.slice(1).toLowerCase().replaceAll("_", " ");

export const stockName = (key: string) => STOCK_NAMES[key] ?? humanise(key);
export const sourceName = (key: string) => SOURCE_NAMES[key] ?? humanise(key);
export const feeKindName = (key: string) => FEE_KIND_NAMES[key] ?? humanise(key);
export const royaltyRoleName = (key: string) => ROYALTY_ROLE_NAMES[key] ?? humanise(key);
export const slashReasonName = (key: string) => SLASH_REASON_NAMES[key] ?? humanise(key);
