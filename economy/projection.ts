// "What if": the stocks over a horizon for a steady activity level, computed by running the
// same contract mirror (model/) with aggregate agents, so a projection rounds exactly as the
// chain would for the same sequence of actions.
import { rewardPerGeneration } from "./emission.ts";
import { baseFeeOf, collectFee, publish, settleGenerations } from "./model/fees.ts";
import { registerNode, settleHostingEpoch } from "./model/hosting.ts";
import { ModelRevert, mintStable, seedBalance, transfer } from "./model/ledger.ts";
import { claim, pendingReward, slashPosition, stake } from "./model/staking.ts";
import { createState, type Stocks, stocksOf } from "./model/state.ts";
import { buyback } from "./model/treasury.ts";
import { DAY, type Parameters, TOKEN } from "./parameters.ts";
import { royaltySplit } from "./royalty.ts";
import { downloadPrice } from "./saturation.ts";

export interface Activity {
  generationsPerDay: bigint;
  sharesPerDay: bigint;
  mintsPerDay: bigint;
  salesPerDay: bigint;
  averageSalePrice: bigint;
  downloadsPerDay: bigint;
  /** surge multiplier downloads pay on average (10_000 = 1×) */
  averageSurgeBps: bigint;
  stakers: bigint;
  stakePerStaker: bigint;
  lockDuration: bigint;
  hostingNodes: number;
  hostedUnitsPerNode: bigint;
  hotUnitsPerNode: bigint;
  slashesPerDay: bigint;
  /** share of the stable reserve governance spends on buybacks each day */
  buybackBpsPerDay: bigint;
}

export const DEFAULT_ACTIVITY: Activity = {
  generationsPerDay: 400n,
  sharesPerDay: 40n,
  mintsPerDay: 10n,
  salesPerDay: 5n,
  averageSalePrice: 50n * TOKEN,
  downloadsPerDay: 200n,
  averageSurgeBps: 12_000n,
  stakers: 50n,
  stakePerStaker: 5_000n * TOKEN,
  lockDuration: 90n * DAY,
  hostingNodes: 8,
  hostedUnitsPerNode: 100n,
  hotUnitsPerNode: 10n,
  slashesPerDay: 0n,
  buybackBpsPerDay: 0n,
};

export interface ProjectionStart {
  companyReserve: bigint;
  communityTreasury: bigint;
  stableReserve: bigint;
  /** circulating tokens in holders' wallets (the stakers' stake is taken from them) */
  holders: bigint;
  liquidityTokens: bigint;
  liquidityStable: bigint;
}

export const DEFAULT_START: ProjectionStart = {
  companyReserve: 78_000_000n * TOKEN,
  communityTreasury: 0n,
  stableReserve: 0n,
  holders: 20_000_000n * TOKEN,
  liquidityTokens: 2_000_000n * TOKEN,
  liquidityStable: 1_000_000n * 10n ** 6n,
};

export interface ProjectionPoint {
  day: number;
  baseFee: bigint;
  rewardPerGeneration: bigint;
  stocks: Stocks;
  /** actions the aggregate agents could not afford that day */
  skipped: number;
}

const USERS = "holders";

function attempt(action: () => unknown): number {
  try {
    action();
    return 0;
  } catch (error) {
    if (error instanceof ModelRevert) return 1;
    throw error;
  }
}

function startState(params: Parameters, a: Activity, start: ProjectionStart) {
  const s = createState(
    {
      companyReserve: "companyReserve",
      communityTreasury: "communityTreasury",
      stakingVault: "stakingVault",
      stableReserve: "stableReserve",
      liquidityProvider: "liquidityProvider",
    },
    { params, genesis: 0n },
  );
  seedBalance(s.ledger, "companyReserve", start.companyReserve);
  seedBalance(s.ledger, "communityTreasury", start.communityTreasury);
  seedBalance(s.ledger, USERS, start.holders);
  seedBalance(s.ledger, "liquidityProvider", start.liquidityTokens);
  mintStable(s.ledger, "liquidityProvider", start.liquidityStable);
  mintStable(s.ledger, "stableReserve", start.stableReserve);
  if (a.stakers > 0n) stake(s, USERS, a.stakers * a.stakePerStaker, a.lockDuration, 0n);
  const hostPositions: number[] = [];
  for (let i = 0; i < a.hostingNodes; i++) {
    const host = `host-${i}`;
    transfer(s.ledger, USERS, host, params.MIN_NODE_STAKE);
    const { id } = stake(s, host, params.MIN_NODE_STAKE, params.MAX_LOCK_DURATION, 0n);
    registerNode(s, host, id, i % 4);
    hostPositions.push(id);
  }
  return { s, hostPositions };
}

function repeat(n: bigint, action: () => unknown): number {
  let skipped = 0;
  for (let i = 0n; i < n; i++) skipped += attempt(action);
  return skipped;
}

/** Runs `days` epochs of steady activity; point 0 is the start, point d the end of day d. */
export function projectStocks(
  params: Parameters,
  activity: Activity = DEFAULT_ACTIVITY,
  days = 30,
  start: ProjectionStart = DEFAULT_START,
): ProjectionPoint[] {
  const a = activity;
  const { s, hostPositions } = startState(params, a, start);
  const point = (day: number, skipped: number): ProjectionPoint => ({
    day,
    baseFee: baseFeeOf(s),
    rewardPerGeneration: rewardPerGeneration(s.params, BigInt(day)),
    stocks: stocksOf(s),
    skipped,
  });
  const points = [point(0, 0)];
  for (let day = 0; day < days; day++) {
    const now = BigInt(day) * DAY + DAY / 2n;
    let skipped = 0;
    if (a.generationsPerDay > 0n) {
      skipped += attempt(() => settleGenerations(s, USERS, a.generationsPerDay, now));
    }
    skipped += repeat(a.sharesPerDay, () => publish(s, USERS, `${day}-${s.published.size}`));
    skipped += repeat(a.mintsPerDay, () => collectFee(s, USERS, s.params.MINT_FEE));
    skipped += repeat(a.salesPerDay, () => {
      const community = royaltySplit(a.averageSalePrice, s.params).community;
      if (community > 0n) transfer(s.ledger, USERS, s.accounts.communityTreasury, community);
    });
    const price = downloadPrice(a.averageSurgeBps, s.params);
    skipped += repeat(a.downloadsPerDay, () => collectFee(s, USERS, price));
    const slashed = hostPositions[day % Math.max(1, hostPositions.length)];
    if (slashed !== undefined) skipped += repeat(a.slashesPerDay, () => slashPosition(s, slashed));
    if (a.stakers > 0n && pendingReward(s, 0) > 0n) claim(s, USERS, 0);
    if (day > 0 && a.hostingNodes > 0) {
      const reports = Array.from({ length: a.hostingNodes }, (_, i) => ({
        node: `host-${i}`,
        hostedUnits: a.hostedUnitsPerNode,
        hotUnits: a.hotUnitsPerNode,
      }));
      skipped += attempt(() => settleHostingEpoch(s, BigInt(day - 1), reports, now));
    }
    const stable = s.ledger.stable.get("stableReserve") ?? 0n;
    const spend = (stable * a.buybackBpsPerDay) / 10_000n;
    if (spend > 0n) skipped += attempt(() => buyback(s, spend));
    points.push(point(day + 1, skipped));
  }
  return points;
}
