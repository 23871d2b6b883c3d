// The one semantic palette (Okabe–Ito): each stock, flow source and vote choice keeps its
// colour on every chart, in both themes, and stays distinct for colour-blind readers.

export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  grey: "#8C8C8C",
} as const;

export const STOCK_COLOURS: Record<string, string> = {
  COMPANY_RESERVE: OKABE_ITO.blue,
  COMMUNITY_TREASURY: OKABE_ITO.green,
  STABLE_RESERVE: OKABE_ITO.orange,
  STAKING_VAULT: OKABE_ITO.purple,
};

export const SOURCE_COLOURS: Record<string, string> = {
  FEE: OKABE_ITO.blue,
  ROYALTY: OKABE_ITO.purple,
  BUYBACK: OKABE_ITO.vermillion,
  GRANT: OKABE_ITO.yellow,
  SLASH: "#7F3C8D",
  EMISSION_FUNDING: OKABE_ITO.green,
  DIVERSIFICATION: OKABE_ITO.orange,
  DONATION: OKABE_ITO.skyBlue,
  INITIAL_ALLOCATION: OKABE_ITO.grey,
  STAKE: "#3969AC",
  UNSTAKE: "#11A579",
  REWARD_CLAIM: "#E73F74",
};

export const FEE_KIND_COLOURS: Record<string, string> = {
  GENERATION: OKABE_ITO.blue,
  MINT: OKABE_ITO.purple,
  DOWNLOAD: OKABE_ITO.orange,
};

export const VOTE_COLOURS = {
  FOR: OKABE_ITO.green,
  AGAINST: OKABE_ITO.vermillion,
  ABSTAIN: OKABE_ITO.grey,
};

/** Royalty recipients; the community's part keeps the community treasury's colour. */
export const ROYALTY_ROLE_COLOURS: Record<string, string> = {
  CREATOR: OKABE_ITO.orange,
  DATASET_CONTRIBUTOR: OKABE_ITO.skyBlue,
  FINE_TUNER: OKABE_ITO.vermillion,
  COMMUNITY: STOCK_COLOURS.COMMUNITY_TREASURY!,
};

/** Staking figures: stake keeps the staking vault's colour, fee rewards the fees' colour. */
export const STAKING_COLOURS = {
  STAKE: STOCK_COLOURS.STAKING_VAULT!,
  FEE_REWARDS: SOURCE_COLOURS.FEE!,
  CLAIMS: SOURCE_COLOURS.REWARD_CLAIM!,
  CURVE: OKABE_ITO.grey,
};

export function colourOf(map: Record<string, string>, key: string): string {
  return map[key] ?? OKABE_ITO.grey;
}
