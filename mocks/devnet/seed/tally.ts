// Voting as the governor counts it: weights are ERC20Votes' at the snapshot (delegated
// balances in the model), quorum is for + abstain against 4% of supply, for must beat against.
import type { Hex } from "viem";
import { balanceOf } from "../../../economy/model/ledger.ts";
import { GOVERNANCE_DEFAULTS } from "../../../economy/parameters.ts";
import type { PlannedProposal } from "./proposals.ts";
import { act, type Sim } from "./sim.ts";

export type Support = 0 | 1 | 2; // against, for, abstain

export interface VoteIntent {
  at: bigint;
  voter: string;
  support: Support;
  reason?: string;
  params?: Hex;
}

export interface LiveProposal {
  plan: PlannedProposal & { at: bigint };
  id: bigint;
  proposer: string;
  targets: string[];
  calldatas: Hex[];
  effects: (() => unknown)[];
  descriptionHash: Hex;
  snapshot: bigint;
  deadline: bigint;
  votes: VoteIntent[];
  weights?: Map<string, bigint>;
  quorum?: bigint;
  tally: [bigint, bigint, bigint];
  voted: Set<string>;
  state: "Pending" | "Active" | "Canceled" | "Defeated" | "Succeeded" | "Queued" | "Executed";
  eta?: bigint;
}

export function votesOf(sim: Sim, delegatee: string): bigint {
  let votes = 0n;
  for (const [holder, to] of sim.delegated) {
    if (to === delegatee) votes += balanceOf(sim.model.ledger, holder);
  }
  return votes;
}

export function snapshotWeights(sim: Sim, p: LiveProposal): void {
  p.weights = new Map([...new Set(sim.delegated.values())].map((d) => [d, votesOf(sim, d)]));
  p.quorum = (sim.model.ledger.totalSupply * GOVERNANCE_DEFAULTS.quorumPercent) / 100n;
  p.state = "Active";
}

export function castVotes(sim: Sim, p: LiveProposal): void {
  for (const v of p.votes) {
    if (v.at > sim.now || p.voted.has(v.voter) || sim.now > p.deadline) continue;
    p.voted.add(v.voter);
    const weight = p.weights?.get(v.voter) ?? 0n;
    const effect = () => {
      p.tally[v.support] += weight;
    };
    if (v.params) {
      const args = [p.id, v.support, v.reason ?? "", v.params];
      act(
        sim,
        "castVoteWithReasonAndParams",
        v.voter,
        "CommunityGovernor",
        "castVoteWithReasonAndParams",
        args,
        effect,
      );
    } else if (v.reason === undefined) {
      act(sim, "castVote", v.voter, "CommunityGovernor", "castVote", [p.id, v.support], effect);
    } else {
      act(
        sim,
        "castVoteWithReason",
        v.voter,
        "CommunityGovernor",
        "castVoteWithReason",
        [p.id, v.support, v.reason],
        effect,
      );
    }
  }
}

/** GovernorCountingSimple: quorum counts for + abstain; for must beat against. */
export function succeeded(p: LiveProposal): boolean {
  const [against, forVotes, abstain] = p.tally;
  return (p.quorum ?? 0n) <= forVotes + abstain && forVotes > against;
}

/** The state the governor reports at `timestamp`, by the model's tally. */
export function stateAt(p: LiveProposal, timestamp: bigint): LiveProposal["state"] {
  if (p.state !== "Pending" && p.state !== "Active") return p.state;
  if (timestamp <= p.snapshot) return "Pending";
  if (timestamp <= p.deadline) return "Active";
  return succeeded(p) ? "Succeeded" : "Defeated";
}
