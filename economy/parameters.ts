// The governed parameters of the economy, with defaults drawn from the seeds. Amounts are
// in token base units (18 decimals) or stable base units (6 decimals); rates in basis points.

export const TOKEN = 10n ** 18n;
export const STABLE = 10n ** 6n;
export const BPS = 10_000n;
export const DAY = 86_400n;
export const EPOCH_LENGTH = DAY;
export const WINDOW_LENGTH = 900n;

export interface ParameterSpec {
  value: bigint;
  description: string;
}

export const PARAMETER_DEFAULTS = {
  GENERATION_FEE: {
    value: TOKEN / 2n,
    description: "Floor of the per-image generation fee (0.5 token)",
  },
  TARGET_GENERATIONS: {
    value: 400n,
    description: "Generations per epoch at which the base fee holds steady",
  },
  FEE_COMPANY_BPS: { value: 4000n, description: "Share of every fee to the company reserve" },
  FEE_COMMUNITY_BPS: {
    value: 4000n,
    description: "Share of every fee to the community (treasury and stable reserve)",
  },
  FEE_STAKERS_BPS: { value: 2000n, description: "Share of every fee to stakers, by lock weight" },
  DIVERSIFY_BPS: { value: 1500n, description: "Part of the community share sold for stablecoin" },
  MINT_FEE: { value: 2n * TOKEN, description: "Fee to mint a portfolio NFT" },
  GEN_REWARD_INITIAL: { value: TOKEN, description: "Reward per generated image in epoch 0" },
  GEN_REWARD_DECAY_BPS: { value: 50n, description: "Per-epoch decay of the generation reward" },
  SHARE_REWARD: {
    value: TOKEN / 4n,
    description: "Reward for publishing a work to the community portfolio",
  },
  ROYALTY_BPS: { value: 1000n, description: "Royalty on every NFT sale, as a share of the price" },
  ROYALTY_CREATOR_BPS: { value: 5000n, description: "Creator's share of a royalty" },
  ROYALTY_DATASET_BPS: {
    value: 2000n,
    description: "Dataset contributors' share of a royalty, split equally",
  },
  ROYALTY_FINETUNER_BPS: { value: 1500n, description: "Fine-tuner's share of a royalty" },
  ROYALTY_COMMUNITY_BPS: { value: 1500n, description: "Community treasury's share of a royalty" },
  HOST_INFLATION_BPS: { value: 200n, description: "Yearly inflation paid to hosting nodes" },
  HOT_BOOST_BPS: { value: 5000n, description: "Extra weight for hosting saturated (hot) data" },
  GEO_BOOST_BPS: { value: 2500n, description: "Extra weight for nodes in underserved regions" },
  UNDERSERVED_REGIONS: {
    value: 0b1100n,
    description: "Bitmask of underserved region codes (2 and 3)",
  },
  MIN_NODE_STAKE: { value: 1000n * TOKEN, description: "Stake a hosting node must lock" },
  DOWNLOAD_BASE_PRICE: { value: TOKEN / 10n, description: "Price of a download at saturation ≤ 1" },
  SURGE_SLOPE_BPS: { value: 5000n, description: "Price increase per unit of saturation above 1" },
  SURGE_CAP_BPS: { value: 30_000n, description: "Highest surge multiplier (3×)" },
  MIN_ACCESS_STAKE: { value: 50n * TOKEN, description: "Stake needed to download" },
  LOCK_WEIGHT_EXPONENT: { value: 2n, description: "Power-law exponent of the lock-length weight" },
  MAX_LOCK_DURATION: { value: 365n * DAY, description: "Longest lock, earning the full boost" },
  MAX_LOCK_BOOST_BPS: { value: 30_000n, description: "Extra weight of a maximal lock (4× in all)" },
  SLASH_BPS: {
    value: 1000n,
    description: "Share of a stake slashed for a failed availability sample",
  },
  SLASH_BURN_BPS: {
    value: 5000n,
    description: "Part of a slash burned; the rest goes to the community treasury",
  },
  STABLE_PRICE: {
    value: STABLE / 5n,
    description: "Stablecoin paid per whole token when diversifying (0.20)",
  },
} as const satisfies Record<string, ParameterSpec>;

export type ParameterKey = keyof typeof PARAMETER_DEFAULTS;
export type Parameters = Record<ParameterKey, bigint>;

export const PARAMETER_KEYS = Object.keys(PARAMETER_DEFAULTS) as ParameterKey[];

export function defaultParameters(): Parameters {
  const entries = PARAMETER_KEYS.map((key) => [key, PARAMETER_DEFAULTS[key].value] as const);
  return Object.fromEntries(entries) as Parameters;
}

/** Governance settings (not governed parameters: fixed at deployment). */
export const GOVERNANCE_DEFAULTS = {
  initialSupply: 100_000_000n * TOKEN,
  activationThreshold: 20_000_000n * TOKEN,
  votingDelaySeconds: 3_600,
  votingPeriodSeconds: 3 * 86_400,
  proposalThreshold: 10_000n * TOKEN,
  quorumPercent: 4n,
  timelockDelaySeconds: 86_400n,
};
