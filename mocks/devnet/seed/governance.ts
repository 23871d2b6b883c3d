// Runs the proposals: propose, cancel, vote with realistic turnout, queue and execute
// through the timelock. Votes are weighed as ERC20Votes does, from the model's balances at
// the snapshot, so the seeder knows which proposals succeed before it queues them.
import { encodeAbiParameters, type Hex, keccak256, stringToHex } from "viem";
import { balanceOf, ensure } from "../../../economy/model/ledger.ts";
import { GOVERNANCE_DEFAULTS } from "../../../economy/parameters.ts";
import { type Fate, type PlannedProposal, scheduleProposals } from "./proposals.ts";
import { voteIntents } from "./voters.ts";
import { act, addressOf, encode, type Sim } from "./sim.ts";

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

export interface Governance {
  upcoming: (PlannedProposal & { at: bigint })[];
  live: LiveProposal[];
}

export function createGovernance(activation: bigint, end: bigint): Governance {
  return { upcoming: scheduleProposals(activation, end), live: [] };
}

export function votesOf(sim: Sim, delegatee: string): bigint {
  let votes = 0n;
  for (const [holder, to] of sim.delegated) {
    if (to === delegatee) votes += balanceOf(sim.model.ledger, holder);
  }
  return votes;
}

export function proposalId(targets: string[], calldatas: Hex[], descriptionHash: Hex): bigint {
  const values = targets.map(() => 0n);
  const types = [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }];
  const encoded = encodeAbiParameters(types, [targets, values, calldatas, descriptionHash]);
  return BigInt(keccak256(encoded));
}

function propose(sim: Sim, gov: Governance, plan: PlannedProposal & { at: bigint }): void {
  const proposer = plan.fate === "defeat-quorum" ? sim.pop.whales[1]! : sim.pop.delegate;
  const calls = plan.calls(sim);
  if (calls.length === 0) return;
  const description = `# ${plan.title}\n\n${plan.body}`;
  const targets = calls.map((c) => addressOf(sim, c.contract));
  const calldatas = calls.map((c) => encode(c.contract, c.fn, c.args));
  const values = targets.map(() => 0n);
  const ok = act(sim, "propose", proposer, "CommunityGovernor", "propose", [targets, values, calldatas, description], () => {
    ensure(sim.model.governanceActive, "GovernanceInactive");
    ensure(votesOf(sim, proposer) >= GOVERNANCE_DEFAULTS.proposalThreshold, "GovernorInsufficientProposerVotes");
  });
  if (!ok) return;
  const descriptionHash = keccak256(stringToHex(description));
  const snapshot = sim.now + BigInt(GOVERNANCE_DEFAULTS.votingDelaySeconds);
  const deadline = snapshot + BigInt(GOVERNANCE_DEFAULTS.votingPeriodSeconds);
  const live: LiveProposal = {
    plan,
    id: proposalId(targets, calldatas, descriptionHash),
    proposer,
    targets,
    calldatas,
    effects: calls.map((c) => c.effect),
    descriptionHash,
    snapshot,
    deadline,
    votes: [],
    tally: [0n, 0n, 0n],
    voted: new Set(),
    state: "Pending",
  };
  live.votes = voteIntents(sim, gov, live);
  gov.live.push(live);
}

const operation = (p: LiveProposal) => [p.targets, p.targets.map(() => 0n), p.calldatas, p.descriptionHash];

function snapshotWeights(sim: Sim, p: LiveProposal): void {
  p.weights = new Map([...new Set(sim.delegated.values())].map((d) => [d, votesOf(sim, d)]));
  p.quorum = (sim.model.ledger.totalSupply * GOVERNANCE_DEFAULTS.quorumPercent) / 100n;
  p.state = "Active";
}

function castVotes(sim: Sim, p: LiveProposal): void {
  for (const v of p.votes) {
    if (v.at > sim.now || p.voted.has(v.voter) || sim.now > p.deadline) continue;
    p.voted.add(v.voter);
    const weight = p.weights?.get(v.voter) ?? 0n;
    const effect = () => {
      p.tally[v.support] += weight;
    };
    if (v.params) {
      const args = [p.id, v.support, v.reason ?? "", v.params];
      act(sim, "castVoteWithReasonAndParams", v.voter, "CommunityGovernor", "castVoteWithReasonAndParams", args, effect);
    } else if (v.reason === undefined) {
      act(sim, "castVote", v.voter, "CommunityGovernor", "castVote", [p.id, v.support], effect);
    } else {
      act(sim, "castVoteWithReason", v.voter, "CommunityGovernor", "castVoteWithReason", [p.id, v.support, v.reason], effect);
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

function conclude(sim: Sim, p: LiveProposal): void {
  p.state = succeeded(p) ? "Succeeded" : "Defeated";
  if (p.state === "Defeated") return;
  if (act(sim, "queue", p.proposer, "CommunityGovernor", "queue", operation(p))) {
    p.state = "Queued";
    p.eta = sim.now + GOVERNANCE_DEFAULTS.timelockDelaySeconds;
  }
}

/** Executes atomically in the model: every call applies, or none (the timelock reverts all). */
function execute(sim: Sim, p: LiveProposal): void {
  const backup = structuredClone(sim.model);
  const ok = act(sim, "execute", p.proposer, "CommunityGovernor", "execute", operation(p), () => {
    try {
      for (const effect of p.effects) effect();
    } catch (error) {
      Object.assign(sim.model, backup);
      throw error;
    }
  });
  if (ok) p.state = "Executed";
}

/** One block's governance: snapshots, new proposals, a cancel, votes, queue and execute. */
export function governanceStep(sim: Sim, gov: Governance): void {
  for (const p of gov.live) if (!p.weights && p.state === "Pending" && p.snapshot < sim.now) snapshotWeights(sim, p);
  while (gov.upcoming[0] && gov.upcoming[0].at <= sim.now && sim.model.governanceActive) {
    propose(sim, gov, gov.upcoming.shift()!);
  }
  for (const p of gov.live) {
    if (p.plan.fate === "cancel" && p.state === "Pending" && sim.now > p.plan.at) {
      if (act(sim, "cancel", p.proposer, "CommunityGovernor", "cancel", operation(p))) p.state = "Canceled";
    }
    if (p.state === "Active" && sim.now <= p.deadline) castVotes(sim, p);
    else if (p.state === "Active") conclude(sim, p);
    else if (p.state === "Queued" && p.eta !== undefined && sim.now >= p.eta) execute(sim, p);
  }
}

export const fateOf = (p: LiveProposal): Fate => p.plan.fate;
