// "What if": the stocks over a horizon for a steady activity level, computed by running the
// same contract mirror (model/) with aggregate agents, so a projection rounds exactly as the
// chain would for the same sequence of actions.
import { type CountKey, type Line, lineCount, spreadCount } from "./activity-trend.ts";
import { rewardPerGeneration } from "./emission.ts";
import { fundPayers, type PayerBudgets, settleByPayer } from "./generation-budget.ts";
import { baseFeeOf, collectFee, publish, settleGenerations } from "./model/fees.ts";
import { registerNode, settleHostingEpoch } from "./model/hosting.ts";
import { ModelRevert, mintStable, seedBalance, transfer } from "./model/ledger.ts";
import { claim, pendingReward, slashPosition, stake } from "./model/staking.ts";
import { createState, type Stocks, stocksOf } from "./model/state.ts";
import { buyback } from "./model/treasury.ts";
import { DAY, type Parameters } from "./parameters.ts";
import { DEFAULT_ACTIVITY, DEFAULT_START } from "./projection-defaults.ts";
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
  /** each hosting node's stake (slashes take a share of it); MIN_NODE_STAKE when absent */
  stakePerNode?: bigint;
  hostedUnitsPerNode: bigint;
  hotUnitsPerNode: bigint;
  slashesPerDay: bigint;
  /** share of the stable reserve governance spends on buybacks each day */
  buybackBpsPerDay: bigint;
  /**
   * Days the six counts (generations, shares, mints, sales, downloads, slashes) are totals
   * over; 1 when absent. A measured window keeps its exact totals this way, and the projection
   * spreads them evenly (day d does ⌊(d+1)·n/days⌋ − ⌊d·n/days⌋), instead of rounding a
   * fractional rate per day.
   */
  countDays?: bigint;
  /** Counts that follow a line (a fitted trend, activity-trend.ts) instead of a steady rate. */
  trends?: Partial<Record<CountKey, Line>>;
  /**
   * Who pays for the generations, each from its own wallet (generation-budget.ts): the day's
   * generations are then demand, and a payer short of tokens skips its share. Absent: the
   * holders' aggregate wallet pays them all.
   */
  budgets?: PayerBudgets;
}

export { COUNT_KEYS, type CountKey, spreadCount } from "./activity-trend.ts";
export { DEFAULT_ACTIVITY, DEFAULT_START } from "./projection-defaults.ts";

export interface ProjectionStart {
  companyReserve: bigint;
  communityTreasury: bigint;
  stableReserve: bigint;
  /** circulating tokens in holders' wallets (the stakers' stake is taken from them) */
  holders: bigint;
  liquidityTokens: bigint;
  liquidityStable: bigint;
  /** economy epoch of day 0 (the generation reward decays from it); 0 when absent */
  epoch?: bigint;
  /** the base fee in force at the start; GENERATION_FEE when absent */
  baseFee?: bigint;
}

export interface ProjectionPoint {
  day: number;
  baseFee: bigint;
  rewardPerGeneration: bigint;
  stocks: Stocks;
  /** actions the aggregate agents could not afford that day */
  skipped: number;
  /** generations paid that day (0 at point 0) */
  generations: bigint;
  /** what each role has received since day 0 (cumulative) */
  income: Income;
}

/** Income by role since the start of a projection, in token base units. */
export interface Income {
  /** the stakers' share of every fee, paid into the vault (hosting nodes' stakes included) */
  stakerFees: bigint;
  /** generation and share rewards, paid from the company reserve, then the community treasury */
  creatorRewards: bigint;
  /** the creators' part of NFT sale royalties */
  creatorRoyalties: bigint;
  /** hosting inflation minted to hosting nodes */
  hostInflation: bigint;
}

const noIncome = (): Income => ({
  stakerFees: 0n,
  creatorRewards: 0n,
  creatorRoyalties: 0n,
  hostInflation: 0n,
});

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

/** The ledger accounts a projection names its stocks by. */
export const PROJECTION_ACCOUNTS = {
  companyReserve: "companyReserve",
  communityTreasury: "communityTreasury",
  stakingVault: "stakingVault",
  stableReserve: "stableReserve",
  liquidityProvider: "liquidityProvider",
};

function startState(params: Parameters, a: Activity, start: ProjectionStart) {
  const epoch = start.epoch ?? 0n;
  // genesis before time 0 by `epoch` days, so day d of the projection is epoch + d
  const s = createState(PROJECTION_ACCOUNTS, { params, genesis: -epoch * DAY });
  s.fees.currentEpoch = epoch;
  if (start.baseFee !== undefined) s.fees.storedBaseFee = start.baseFee;
  seedBalance(s.ledger, "companyReserve", start.companyReserve);
  seedBalance(s.ledger, "communityTreasury", start.communityTreasury);
  seedBalance(s.ledger, USERS, start.holders);
  seedBalance(s.ledger, "liquidityProvider", start.liquidityTokens);
  mintStable(s.ledger, "liquidityProvider", start.liquidityStable);
  mintStable(s.ledger, "stableReserve", start.stableReserve);
  if (a.budgets) fundPayers(s, USERS, a.budgets.payers);
  if (a.stakers > 0n) stake(s, USERS, a.stakers * a.stakePerStaker, a.lockDuration, 0n);
  const hostPositions: number[] = [];
  for (let i = 0; i < a.hostingNodes; i++) {
    const host = `host-${i}`;
    const nodeStake = a.stakePerNode ?? params.MIN_NODE_STAKE;
    transfer(s.ledger, USERS, host, nodeStake);
    const { id } = stake(s, host, nodeStake, params.MAX_LOCK_DURATION, 0n);
    registerNode(s, host, id, i % 4);
    hostPositions.push(id);
  }
  return { s, hostPositions, epoch };
}

function repeat(n: bigint, action: () => unknown): number {
  let skipped = 0;
  for (let i = 0n; i < n; i++) skipped += attempt(action);
  return skipped;
}

type Run = ReturnType<typeof startState> & { a: Activity; income: Income };

/** One day of steady activity in the contracts' order: the actions skipped, the generations paid. */
function runDay(run: Run, day: number): { skipped: number; generations: bigint } {
  const { s, a, income, hostPositions, epoch } = run;
  const per = a.countDays ?? 1n;
  const count = (key: CountKey) => {
    const line = a.trends?.[key];
    return line ? lineCount(line, day) : spreadCount(a[key], per, day);
  };
  const now = BigInt(day) * DAY + DAY / 2n;
  const fee = (amount: bigint) => () => {
    income.stakerFees += collectFee(s, USERS, amount).stakerPart;
  };
  let skipped = 0;
  const generations = count("generationsPerDay");
  let paidGenerations = 0n;
  if (a.budgets) {
    const settled = settleByPayer(s, USERS, a.budgets, generations, now, day, per);
    income.stakerFees += settled.stakerPart;
    income.creatorRewards += settled.rewards;
    skipped += Number(settled.unpaid);
    paidGenerations = generations - settled.unpaid;
  } else if (generations > 0n) {
    const failed = attempt(() => {
      const { parts, paid } = settleGenerations(s, USERS, generations, now);
      income.stakerFees += parts.stakerPart;
      income.creatorRewards += paid.fromCompany + paid.fromCommunity;
    });
    skipped += failed;
    if (failed === 0) paidGenerations = generations;
  }
  skipped += repeat(count("sharesPerDay"), () => {
    const paid = publish(s, USERS, `${day}-${s.published.size}`);
    income.creatorRewards += paid.fromCompany + paid.fromCommunity;
  });
  skipped += repeat(count("mintsPerDay"), fee(s.params.MINT_FEE));
  skipped += repeat(count("salesPerDay"), () => {
    const split = royaltySplit(a.averageSalePrice, s.params);
    if (split.community > 0n)
      transfer(s.ledger, USERS, s.accounts.communityTreasury, split.community);
    income.creatorRoyalties += split.creator;
  });
  skipped += repeat(count("downloadsPerDay"), fee(downloadPrice(a.averageSurgeBps, s.params)));
  const slashed = hostPositions[day % Math.max(1, hostPositions.length)];
  if (slashed !== undefined)
    skipped += repeat(count("slashesPerDay"), () => slashPosition(s, slashed));
  if (a.stakers > 0n && pendingReward(s, 0) > 0n) claim(s, USERS, 0);
  if (day > 0 && a.hostingNodes > 0) {
    const reports = Array.from({ length: a.hostingNodes }, (_, i) => ({
      node: `host-${i}`,
      hostedUnits: a.hostedUnitsPerNode,
      hotUnits: a.hotUnitsPerNode,
    }));
    skipped += attempt(() => {
      const paid = settleHostingEpoch(s, epoch + BigInt(day - 1), reports, now);
      for (const amount of paid.amounts) income.hostInflation += amount;
    });
  }
  const stable = s.ledger.stable.get("stableReserve") ?? 0n;
  const spend = (stable * a.buybackBpsPerDay) / 10_000n;
  if (spend > 0n) skipped += attempt(() => buyback(s, spend));
  return { skipped, generations: paidGenerations };
}

/** Runs `days` epochs of steady activity; point 0 is the start, point d the end of day d. */
export function projectStocks(
  params: Parameters,
  activity: Activity = DEFAULT_ACTIVITY,
  days = 30,
  start: ProjectionStart = DEFAULT_START,
): ProjectionPoint[] {
  const run: Run = { ...startState(params, activity, start), a: activity, income: noIncome() };
  const { s, epoch } = run;
  const point = (day: number, done = { skipped: 0, generations: 0n }): ProjectionPoint => ({
    day,
    baseFee: baseFeeOf(s),
    rewardPerGeneration: rewardPerGeneration(s.params, epoch + BigInt(day)),
    stocks: stocksOf(s),
    skipped: done.skipped,
    generations: done.generations,
    income: { ...run.income },
  });
  const points = [point(0)];
  for (let day = 0; day < days; day++) points.push(point(day + 1, runDay(run, day)));
  return points;
}
