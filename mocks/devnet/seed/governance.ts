// Runs the proposals: propose, cancel, vote with realistic turnout, queue and execute
// through the timelock. Votes are weighed as ERC20Votes does, from the model's balances at
// the snapshot, so the seeder knows which proposals succeed before it queues them.
import { encodeAbiParameters, type Hex, keccak256, stringToHex } from "viem";
import { ensure } from "../../../economy/model/ledger.ts";
import { GOVERNANCE_DEFAULTS } from "../../../economy/parameters.ts";
import { type Fate, type PlannedProposal, scheduleProposals } from "./proposals.ts";
import { act, addressOf, encode, type Sim } from "./sim.ts";
import { castVotes, type LiveProposal, snapshotWeights, succeeded, votesOf } from "./tally.ts";
import { voteIntents } from "./voters.ts";

export interface Governance {
  upcoming: (PlannedProposal & { at: bigint })[];
  live: LiveProposal[];
}

export function createGovernance(activation: bigint, end: bigint): Governance {
  return { upcoming: scheduleProposals(activation, end), live: [] };
}

export function proposalId(targets: string[], calldatas: Hex[], descriptionHash: Hex): bigint {
  const values = targets.map(() => 0n);
  const types = [
    { type: "address[]" },
    { type: "uint256[]" },
    { type: "bytes[]" },
    { type: "bytes32" },
  ];
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
  const ok = act(
    sim,
    "propose",
    proposer,
    "CommunityGovernor",
    "propose",
    [targets, values, calldatas, description],
    () => {
      ensure(sim.model.governanceActive, "GovernanceInactive");
      ensure(
        votesOf(sim, proposer) >= GOVERNANCE_DEFAULTS.proposalThreshold,
        "GovernorInsufficientProposerVotes",
      );
    },
  );
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

const operation = (p: LiveProposal) => [
  p.targets,
  p.targets.map(() => 0n),
  p.calldatas,
  p.descriptionHash,
];

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
  for (const p of gov.live)
    if (!p.weights && p.state === "Pending" && p.snapshot < sim.now) snapshotWeights(sim, p);
  while (gov.upcoming[0] && gov.upcoming[0].at <= sim.now && sim.model.governanceActive) {
    propose(sim, gov, gov.upcoming.shift()!);
  }
  for (const p of gov.live) {
    if (p.plan.fate === "cancel" && p.state === "Pending" && sim.now > p.plan.at) {
      if (act(sim, "cancel", p.proposer, "CommunityGovernor", "cancel", operation(p)))
        p.state = "Canceled";
    }
    if (p.state === "Active" && sim.now <= p.deadline) castVotes(sim, p);
    else if (p.state === "Active") conclude(sim, p);
    else if (p.state === "Queued" && p.eta !== undefined && sim.now >= p.eta) execute(sim, p);
  }
}

export const fateOf = (p: LiveProposal): Fate => p.plan.fate;
