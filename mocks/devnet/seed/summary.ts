// What a seeded history amounts to: counts, the final stocks by the model's own books, the
// proposals and their fates, and a hash of every log for reproducibility checks.
import type { EconomyState, Stocks } from "../../../economy/model/state.ts";
import { stocksOf } from "../../../economy/model/state.ts";
import { STABLE, TOKEN } from "../../../economy/parameters.ts";
import type { Deployment } from "../deployment.ts";
import type { Governance } from "./governance.ts";
import type { Fate } from "./proposals.ts";
import type { Sim } from "./sim.ts";
import { type LiveProposal, stateAt } from "./tally.ts";

export interface ProposalSummary {
  id: bigint;
  title: string;
  fate: Fate;
  /** the state the model expects the governor to report at the end */
  state: LiveProposal["state"];
  proposer: string;
  snapshot: bigint;
  deadline: bigint;
  voters: string[];
}

export interface SeedSummary {
  seed: number;
  days: number;
  start: bigint;
  end: bigint;
  blocks: number;
  transactions: number;
  logs: number;
  /** sha256 over every log of the seeded blocks: address, topics, data, block, index */
  logHash: string;
  /** logs by "Contract.Event" */
  events: Record<string, number>;
  /** transactions sent, by kind of action */
  actions: Record<string, number>;
  /** actions the model refused because the contracts would have reverted them */
  skipped: Record<string, number>;
  stocks: Stocks;
  /** the economy model's own accounting after the run */
  model: EconomyState;
  proposals: ProposalSummary[];
  activationThreshold: bigint;
  /** the deployment as it stands after the run (governance active once activated) */
  deployment: Deployment;
}

export function summarize(
  sim: Sim,
  gov: Governance,
  meta: { seed: number; days: number; threshold: bigint },
): SeedSummary {
  const proposals = gov.live.map((p) => ({
    id: p.id,
    title: p.plan.title,
    fate: p.plan.fate,
    state: stateAt(p, sim.now),
    proposer: p.proposer,
    snapshot: p.snapshot,
    deadline: p.deadline,
    voters: [...p.voted],
  }));
  return {
    seed: meta.seed,
    days: meta.days,
    start: sim.start,
    end: sim.now,
    blocks: sim.builder.blocks,
    transactions: sim.builder.transactions,
    logs: sim.digest.logs,
    logHash: sim.digest.digest(),
    events: { ...sim.digest.counts },
    actions: { ...sim.actions },
    skipped: { ...sim.skipped },
    stocks: stocksOf(sim.model),
    model: sim.model,
    proposals,
    activationThreshold: meta.threshold,
    deployment: sim.d,
  };
}

function units(amount: bigint, unit: bigint, decimals = 2): string {
  const scaled = (amount * 10n ** BigInt(decimals)) / unit;
  const whole = (scaled / 10n ** BigInt(decimals)).toLocaleString("en-US");
  const frac = (scaled % 10n ** BigInt(decimals)).toString().padStart(decimals, "0");
  return `${whole}.${frac}`;
}

const table = (rows: [string, string][]) => {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v.padStart(18)}`).join("\n");
};

export function formatSummary(s: SeedSummary): string {
  const st = s.stocks;
  const stocks: [string, string][] = [
    ["company reserve", units(st.companyReserve, TOKEN)],
    ["community treasury", units(st.communityTreasury, TOKEN)],
    ["stable reserve (USDC)", units(st.stableReserve, STABLE)],
    ["staking vault", units(st.stakingVault, TOKEN)],
    ["holders", units(st.holders, TOKEN)],
    ["minted (hosting)", units(st.minted, TOKEN)],
    ["burned", units(st.burned, TOKEN)],
  ];
  const events = Object.entries(s.events)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]): [string, string] => [k, v.toLocaleString("en-US")]);
  const proposals = s.proposals.map((p) => `  ${p.state.padEnd(9)} ${p.title}`).join("\n");
  return [
    `Seeded ${s.days} days (seed ${s.seed}): ${s.blocks} blocks, ${s.transactions} transactions, ${s.logs} logs`,
    `log hash ${s.logHash}`,
    "",
    "Events by type",
    table(events),
    "",
    "Stocks at the end (model)",
    table(stocks),
    "",
    "Proposals",
    proposals,
  ].join("\n");
}
