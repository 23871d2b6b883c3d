// The value network's nodes as the subgraph names them (FlowLink.from / .to): stocks hold
// value for the community, agent groups are the other ends of the flows.
import { OKABE_ITO, STOCK_COLOURS } from "../../../lib/palette.ts";

export const STOCKS = [
  "COMPANY_RESERVE",
  "COMMUNITY_TREASURY",
  "STABLE_RESERVE",
  "STAKING_VAULT",
] as const;

export const isStock = (node: string) => (STOCKS as readonly string[]).includes(node);

const NAMES: Record<string, string> = {
  COMPANY_RESERVE: "Company reserve",
  COMMUNITY_TREASURY: "Community treasury",
  STABLE_RESERVE: "Stable reserve",
  STAKING_VAULT: "Staking vault",
  FEE_PAYERS: "Fee payers",
  NFT_BUYERS: "NFT buyers",
  NFT_SELLERS: "NFT sellers",
  CREATORS: "Creators",
  SHARERS: "Sharers",
  HOSTS: "Hosting nodes",
  STAKERS: "Stakers",
  DATASET_CONTRIBUTORS: "Dataset contributors",
  FINE_TUNERS: "Fine-tuners",
  GRANTEES: "Grantees",
  DONORS: "Donors",
  GENESIS: "Genesis supply",
  INFLATION: "Inflation (minted)",
  LIQUIDITY_PROVIDER: "Market maker",
  BURNED: "Burned",
};

/** What a node stands for, where its name alone does not say. */
export const NODE_NOTES: Record<string, string> = {
  LIQUIDITY_PROVIDER:
    "the market maker buys the diversified part of fees for stablecoin, and sells tokens back for buybacks",
  INFLATION: "hosting rewards are newly minted tokens",
  BURNED: "tokens destroyed by slashes and buybacks",
  GENESIS: "the initial supply, placed in the company reserve",
  NFT_BUYERS: "buyers pay sellers the price less the royalty, and the royalty to its recipients",
};

export const nodeName = (node: string) =>
  NAMES[node] ?? node.charAt(0) + node.slice(1).toLowerCase().replaceAll("_", " ");

const AGENT_COLOURS: Record<string, string> = {
  FEE_PAYERS: OKABE_ITO.skyBlue,
  NFT_BUYERS: OKABE_ITO.purple,
  NFT_SELLERS: OKABE_ITO.purple,
  CREATORS: OKABE_ITO.skyBlue,
  SHARERS: OKABE_ITO.yellow,
  HOSTS: OKABE_ITO.green,
  STAKERS: OKABE_ITO.purple,
  DATASET_CONTRIBUTORS: OKABE_ITO.yellow,
  FINE_TUNERS: OKABE_ITO.orange,
  GRANTEES: OKABE_ITO.yellow,
  DONORS: OKABE_ITO.skyBlue,
  GENESIS: OKABE_ITO.grey,
  INFLATION: OKABE_ITO.green,
  LIQUIDITY_PROVIDER: OKABE_ITO.orange,
  BURNED: OKABE_ITO.vermillion,
};

export const nodeColour = (node: string) =>
  STOCK_COLOURS[node] ?? AGENT_COLOURS[node] ?? OKABE_ITO.grey;
