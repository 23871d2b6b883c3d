// The proposals of a seeded history, placed relative to activation. Each has an intended
// fate carried out by who votes how; the model still predicts the real outcome from the
// voting power at the snapshot, so the seeder only queues what actually succeeded.
import { DAY, TOKEN } from "../../../economy/parameters.ts";
import { buybackCall, communityGrant, type ProposalCall, params } from "./proposal-calls.ts";
import type { Sim } from "./sim.ts";

export type Fate = "pass" | "defeat-votes" | "defeat-quorum" | "cancel" | "active";

export interface PlannedProposal {
  fate: Fate;
  /** seconds after activation, or before the end for proposals left active */
  at: bigint;
  title: string;
  body: string;
  calls: (sim: Sim) => ProposalCall[];
}

const days = (d: number) => BigInt(Math.round(d * 86_400));

export const PLAN: PlannedProposal[] = [
  {
    fate: "pass",
    at: days(0.05),
    title: "Diversify more of the treasury and start buybacks",
    body:
      "Raise DIVERSIFY_BPS to 30%, spend half of the stable reserve on a buyback and pay " +
      "a tenth of the community treasury as a bounty for the first hosting guide.",
    calls: (sim) => [
      params(sim, { DIVERSIFY_BPS: 3000n }),
      ...buybackCall(sim, 5000n),
      ...communityGrant(sim, sim.pop.hosts[0]!.address, 10n),
    ],
  },
  {
    fate: "cancel",
    at: days(0.15),
    title: "Halve the NFT mint fee",
    body: "Lower MINT_FEE to 1 token. (Withdrawn by the proposer: posted before the forum discussion.)",
    calls: (sim) => [params(sim, { MINT_FEE: TOKEN })],
  },
  {
    fate: "defeat-votes",
    at: days(0.3),
    title: "Move fee share from stakers to the company",
    body: "Set FEE_COMPANY_BPS to 50% and FEE_STAKERS_BPS to 10%.",
    calls: (sim) => [params(sim, { FEE_COMPANY_BPS: 5000n, FEE_STAKERS_BPS: 1000n })],
  },
  {
    fate: "pass",
    at: days(5),
    title: "Second buyback",
    body: "Spend three quarters of the stable reserve buying back and burning tokens.",
    calls: (sim) => buybackCall(sim, 7500n),
  },
  {
    fate: "defeat-quorum",
    at: days(7),
    title: "Raise the NFT royalty to 15%",
    body: "Set ROYALTY_BPS to 1500.",
    calls: (sim) => [params(sim, { ROYALTY_BPS: 1500n })],
  },
  {
    fate: "pass",
    at: days(9),
    title: "Rebalance the generation fee",
    body: "Community 45%, company 35%, stakers 20%; generation fee floor to 0.6 tokens.",
    calls: (sim) => [
      params(sim, {
        FEE_COMPANY_BPS: 3500n,
        FEE_COMMUNITY_BPS: 4500n,
        GENERATION_FEE: (6n * TOKEN) / 10n,
      }),
    ],
  },
  {
    fate: "pass",
    at: days(13),
    title: "Moderation fund",
    body: "Grant a quarter of the community treasury to the moderators' multisig.",
    calls: (sim) => communityGrant(sim, sim.pop.creators[0]!, 4n),
  },
  {
    fate: "defeat-votes",
    at: days(16),
    title: "Double the share reward",
    body: "Set SHARE_REWARD to 0.5 tokens.",
    calls: (sim) => [params(sim, { SHARE_REWARD: TOKEN / 2n })],
  },
  {
    fate: "pass",
    at: days(19),
    title: "Raise the generation target",
    body: "Set TARGET_GENERATIONS to 500 as usage grows.",
    calls: (sim) => [params(sim, { TARGET_GENERATIONS: 500n })],
  },
  {
    fate: "active",
    at: days(1.25),
    title: "Lower the generation fee floor",
    body: "Set GENERATION_FEE to 0.4 tokens to bring in new creators.",
    calls: (sim) => [params(sim, { GENERATION_FEE: (4n * TOKEN) / 10n })],
  },
  {
    fate: "active",
    at: days(0.75),
    title: "Raise hosting inflation to 3%",
    body: "Set HOST_INFLATION_BPS to 300 so more nodes host the long tail.",
    calls: (sim) => [params(sim, { HOST_INFLATION_BPS: 300n })],
  },
];

/** How long after proposing each fate needs the chain to run (voting, timelock). */
const NEEDS: Record<Fate, bigint> = {
  pass: days(4.2),
  "defeat-votes": days(3.1),
  "defeat-quorum": days(3.1),
  cancel: days(0.05),
  active: 0n,
};

/** The proposals that fit between activation and the end, with absolute proposal times. */
export function scheduleProposals(activation: bigint, end: bigint) {
  return PLAN.flatMap((p) => {
    const at = p.fate === "active" ? end - p.at : activation + p.at;
    const fits = p.fate === "active" ? at > activation + DAY / 48n : at + NEEDS[p.fate] <= end;
    return fits ? [{ ...p, at }] : [];
  }).sort((a, b) => Number(a.at - b.at));
}
