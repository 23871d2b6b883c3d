// Short names for the governed parameters, for lists and headings; the sentence that
// explains each one comes from economy/ (describeParameter in parameters.ts).
import type { ParameterKey } from "../../economy/parameters.ts";

const NAMES: Record<ParameterKey, string> = {
  GENERATION_FEE: "Generation fee",
  TARGET_GENERATIONS: "Target generations per epoch",
  FEE_COMPANY_BPS: "Fee share: company",
  FEE_COMMUNITY_BPS: "Fee share: community",
  FEE_STAKERS_BPS: "Fee share: stakers",
  DIVERSIFY_BPS: "Diversified share",
  MINT_FEE: "Mint fee",
  GEN_REWARD_INITIAL: "Initial generation reward",
  GEN_REWARD_DECAY_BPS: "Generation reward decay",
  SHARE_REWARD: "Share reward",
  ROYALTY_BPS: "Royalty rate",
  ROYALTY_CREATOR_BPS: "Royalty share: creator",
  ROYALTY_DATASET_BPS: "Royalty share: dataset contributors",
  ROYALTY_FINETUNER_BPS: "Royalty share: fine-tuner",
  ROYALTY_COMMUNITY_BPS: "Royalty share: community",
  HOST_INFLATION_BPS: "Hosting inflation",
  HOT_BOOST_BPS: "Hot-data boost",
  GEO_BOOST_BPS: "Underserved-region boost",
  UNDERSERVED_REGIONS: "Underserved regions",
  MIN_NODE_STAKE: "Hosting node stake",
  DOWNLOAD_BASE_PRICE: "Download base price",
  SURGE_SLOPE_BPS: "Surge slope",
  SURGE_CAP_BPS: "Surge cap",
  MIN_ACCESS_STAKE: "Download access stake",
  LOCK_WEIGHT_EXPONENT: "Lock weight exponent",
  MAX_LOCK_DURATION: "Longest lock",
  MAX_LOCK_BOOST_BPS: "Longest lock's boost",
  SLASH_BPS: "Slash rate",
  SLASH_BURN_BPS: "Burned part of a slash",
  STABLE_PRICE: "Diversification price",
};

/** The parameter's short name; an unknown key (a newer contract) reads as itself. */
export function parameterName(key: string): string {
  return (NAMES as Record<string, string>)[key] ?? key;
}
