import { DAY, defaultParameters, type Parameters, WINDOW_LENGTH } from "../parameters.ts";
import { balanceOf, createLedger, type Ledger, stableOf } from "./ledger.ts";

/** Ids of the stock accounts in the ledger (contract addresses on chain, names in projections). */
export interface StockAccounts {
  companyReserve: string;
  communityTreasury: string;
  stakingVault: string;
  stableReserve: string;
  liquidityProvider: string;
}

export interface Position {
  owner: string;
  amount: bigint;
  weight: bigint;
  lockEnd: bigint;
  closed: boolean;
  rewardDebt: bigint;
  owed: bigint;
}

export interface Nft {
  owner: string;
  creator: string;
  fineTuner: string;
  contributors: string[];
  approved?: string;
}

export interface SaturationSample {
  window: bigint;
  saturationBps: bigint;
  surgeBps: bigint;
}

/** Everything the contracts keep that moves money, mirrored in plain data. */
export interface EconomyState {
  params: Parameters;
  ledger: Ledger;
  accounts: StockAccounts;
  /** EconomyParameters.genesis: epochs are whole days since it */
  genesis: bigint;
  fees: { storedBaseFee: bigint; currentEpoch: bigint; generationsThisEpoch: bigint };
  vault: {
    positions: Position[];
    totalWeight: bigint;
    accRewardPerWeight: bigint;
    undistributed: bigint;
    activeStake: Map<string, bigint>;
  };
  nodes: Map<string, { positionId: number; region: number }>;
  settledEpochs: Set<bigint>;
  saturation: Map<string, SaturationSample>;
  nfts: Map<bigint, Nft>;
  operators: Set<string>;
  listings: Map<bigint, { seller: string; price: bigint }>;
  totalMinted: bigint;
  published: Set<string>;
  governanceActive: boolean;
}

export function createState(
  accounts: StockAccounts,
  options: { params?: Parameters; genesis?: bigint } = {},
): EconomyState {
  const params = { ...(options.params ?? defaultParameters()) };
  return {
    params,
    ledger: createLedger(),
    accounts,
    genesis: options.genesis ?? 0n,
    fees: { storedBaseFee: params.GENERATION_FEE, currentEpoch: 0n, generationsThisEpoch: 0n },
    vault: {
      positions: [],
      totalWeight: 0n,
      accRewardPerWeight: 0n,
      undistributed: 0n,
      activeStake: new Map(),
    },
    nodes: new Map(),
    settledEpochs: new Set(),
    saturation: new Map(),
    nfts: new Map(),
    operators: new Set(),
    listings: new Map(),
    totalMinted: 0n,
    published: new Set(),
    governanceActive: false,
  };
}

export const epochAt = (s: EconomyState, now: bigint) => (now - s.genesis) / DAY;
export const windowAt = (now: bigint) => now / WINDOW_LENGTH;

/** The six stocks of the economy, plus supply figures; holders = every non-stock account. */
export interface Stocks {
  companyReserve: bigint;
  communityTreasury: bigint;
  /** stablecoin base units */
  stableReserve: bigint;
  stakingVault: bigint;
  holders: bigint;
  burned: bigint;
  minted: bigint;
  totalSupply: bigint;
}

export function stocksOf(s: EconomyState): Stocks {
  const a = s.accounts;
  const stockIds = new Set([
    a.companyReserve,
    a.communityTreasury,
    a.stakingVault,
    a.stableReserve,
  ]);
  let holders = 0n;
  for (const [id, amount] of s.ledger.tokens) if (!stockIds.has(id)) holders += amount;
  return {
    companyReserve: balanceOf(s.ledger, a.companyReserve),
    communityTreasury: balanceOf(s.ledger, a.communityTreasury),
    stableReserve: stableOf(s.ledger, a.stableReserve),
    stakingVault: balanceOf(s.ledger, a.stakingVault),
    holders,
    burned: s.ledger.burned,
    minted: s.ledger.minted,
    totalSupply: s.ledger.totalSupply,
  };
}
