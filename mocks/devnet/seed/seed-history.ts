// seedHistory: an agent-based month of the economy, driven through the real contracts on
// anvil one 15-minute window per block, with the economy model keeping its own books.

import { grant, mintStableTo } from "../../../economy/model/treasury.ts";
import { GOVERNANCE_DEFAULTS, STABLE, TOKEN, WINDOW_LENGTH } from "../../../economy/parameters.ts";
import { fundLiquidityProvider } from "../bootstrap.ts";
import type { ChainClients } from "../chain-client.ts";
import type { Deployment } from "../deployment.ts";
import { BlockBuilder } from "./block-builder.ts";
import { modelFromChain } from "./chain-reads.ts";
import { buyWorks, generate, listWorks, mintWorks, share } from "./creators.ts";
import { createData, DATA_COUNT } from "./demand.ts";
import {
  activate,
  approveAll,
  delegate,
  donation,
  planAirdrops,
  sendGrant,
  topUpDistribution,
} from "./distribution.ts";
import { downloads, reportWindow } from "./downloads.ts";
import { createGovernance, governanceStep } from "./governance.ts";
import { registerHosts, sampleAvailability, settleHosting, stakeHosts } from "./hosting.ts";
import { LogDigest } from "./log-digest.ts";
import { createPopulation } from "./population.ts";
import { createRng } from "./prng.ts";
import { createRpc, hex } from "./rpc.ts";
import type { Sim } from "./sim.ts";
import { stakeOnce, stakingActivity } from "./staking.ts";
import { type SeedSummary, summarize } from "./summary.ts";

export interface SeedProgress {
  day: number;
  days: number;
  timestamp: bigint;
  blocks: number;
  transactions: number;
}

export interface SeedOptions {
  clients: ChainClients;
  /** a fresh deployment (deployEconomy) whose governance is not yet active */
  deployment: Deployment;
  days?: number;
  seed?: number;
  onProgress?: (progress: SeedProgress) => void;
  /** 15-minute windows per block (every window still gets its saturation report); default 2 */
  windowsPerBlock?: number;
}

const WINDOWS_PER_DAY = 96;

async function prepare(options: SeedOptions) {
  const { clients, deployment: d } = options;
  const seed = options.seed ?? 42;
  const rpc = createRpc(clients.rpcUrl);
  const accounts = (await rpc.call<string[]>("eth_accounts")).map((a) => a.toLowerCase());
  const rng = createRng(seed);
  const pop = createPopulation(accounts, rng.fork("population"), DATA_COUNT);
  const data = createData(rng.fork("data"), pop.hosts);
  // deterministic block times for the automined bootstrap steps, room for big blocks
  await rpc.call("evm_setAutomine", [true]);
  await rpc.call("anvil_setBlockTimestampInterval", [1]);
  await rpc.call("evm_setBlockGasLimit", [hex(2n ** 40n)]);
  const model = await modelFromChain(rpc, d, accounts);
  const digest = new LogDigest(d);
  const builder = new BlockBuilder(rpc, digest);
  return { seed, rpc, accounts, rng, pop, data, model, digest, builder };
}

export async function seedHistory(options: SeedOptions): Promise<SeedSummary> {
  const days = options.days ?? 30;
  const { seed, rpc, accounts, rng, pop, data, model, digest, builder } = await prepare(options);
  const sim: Sim = {
    rpc,
    clients: options.clients,
    d: options.deployment,
    model,
    rng,
    pop,
    builder,
    digest,
    now: 0n,
    start: 0n,
    end: 0n,
    actions: {},
    skipped: {},
    delegated: new Map(),
    windowsPerBlock: options.windowsPerBlock ?? 2,
  };

  // the market maker first, with automine on, as bootstrap.ts does it
  const firstBlock = BigInt(await rpc.call<string>("eth_blockNumber")) + 1n;
  const lpTokens = 2_000_000n * TOKEN;
  const lpStable = 1_000_000n * STABLE;
  await fundLiquidityProvider(options.clients, sim.d, lpTokens, lpStable);
  grant(model, model.accounts.companyReserve, pop.liquidityProvider, lpTokens);
  mintStableTo(model, pop.liquidityProvider, lpStable);
  await builder.absorb(firstBlock);
  await rpc.call("evm_setAutomine", [false]);
  await builder.syncNonces(accounts);

  const latest = await rpc.call<{ timestamp: string }>("eth_getBlockByNumber", ["latest", false]);
  sim.start = (BigInt(latest.timestamp) / WINDOW_LENGTH + 1n) * WINDOW_LENGTH;
  sim.end = sim.start + BigInt(days) * 86_400n;
  const W = sim.windowsPerBlock;
  const windows = days * WINDOWS_PER_DAY;
  const activationWindow = Math.round(Math.min(3, Math.max(0.25, days * 0.1)) * WINDOWS_PER_DAY);
  const gov = createGovernance(sim.start + BigInt(activationWindow) * WINDOW_LENGTH, sim.end);
  const airdrops = planAirdrops(sim, activationWindow - 2 * W);
  const firstStakes = new Map<number, string[]>();
  for (const a of [...pop.collectors, ...pop.stakers, ...pop.creators.slice(0, 8)]) {
    const w = rng.range(3 * W, WINDOWS_PER_DAY);
    firstStakes.set(w, [...(firstStakes.get(w) ?? []), a]);
  }
  let hostingEpoch = (sim.start - model.genesis) / 86_400n;
  const shares = { n: 0 };

  // one block per W windows, stamped at the start of its first window
  for (let b = 0; b * W < windows; b++) {
    const k0 = b * W;
    const due = (k: number) => k >= k0 && k < k0 + W;
    sim.now = sim.start + BigInt(k0) * WINDOW_LENGTH;
    if (due(activationWindow)) await activate(sim);
    governanceStep(sim, gov);
    if (b === 0) approveAll(sim);
    for (const drop of airdrops.filter((a) => due(a.window))) {
      if (sendGrant(sim, drop.to, drop.amount)) delegate(sim, drop.to);
    }
    if (due(activationWindow - W)) topUpDistribution(sim);
    if (b === 1) stakeHosts(sim);
    if (b === 2) registerHosts(sim);
    for (let k = k0; k < k0 + W; k++)
      for (const who of firstStakes.get(k) ?? []) stakeOnce(sim, who, 0.3);
    if (due(30)) donation(sim, pop.collectors[0]!, 100n * TOKEN);
    const window = sim.now / WINDOW_LENGTH;
    if (b > 0) for (let w = window - BigInt(W); w < window; w++) reportWindow(sim, data, w);
    if (b > 2) for (let i = 0; i < W; i++) sampleAvailability(sim, data, i === 0 && due(40 + W));
    hostingEpoch = settleHosting(sim, data, hostingEpoch);
    generate(sim);
    share(sim, shares, seed);
    mintWorks(sim);
    listWorks(sim);
    buyWorks(sim);
    downloads(sim, data);
    stakingActivity(sim);
    await builder.mine(sim.now);
    const done = k0 + W >= windows;
    if (options.onProgress && (b % 8 === 7 || done)) {
      options.onProgress({
        day: Math.min(k0 + W, windows) / WINDOWS_PER_DAY,
        days,
        timestamp: sim.now,
        blocks: builder.blocks,
        transactions: builder.transactions,
      });
    }
  }
  // hand the chain back in its usual mode, so wallets and `npm run dev` can keep using it
  await rpc.call("evm_setAutomine", [true]);
  await rpc.call("anvil_removeBlockTimestampInterval", []);
  return summarize(sim, gov, { seed, days, threshold: GOVERNANCE_DEFAULTS.activationThreshold });
}
