import { Address, BigInt, Bytes, dataSource, ethereum } from "@graphprotocol/graph-ts";
import {
  CommunityGovernor,
  ProposalCanceled,
  ProposalCreated,
  ProposalExecuted,
  ProposalQueued,
  ProposalThresholdSet,
  QuorumNumeratorUpdated,
  TimelockChange,
  VoteCast,
  VoteCastWithParams,
  VotingDelaySet,
  VotingPeriodSet,
} from "../../generated/CommunityGovernor/CommunityGovernor";
import { WatershedTimelock } from "../../generated/CommunityGovernor/WatershedTimelock";
import {
  GovernanceFramework,
  ParameterChange,
  PendingParameterChanges,
  Proposal,
  Vote,
} from "../../generated/schema";
import { voteChoice } from "../common/codes";
import { ONE, ZERO } from "../common/constants";
import { saveProposalAction } from "../common/proposal-actions";
import { closeProposal, getOpenProposals, refreshOpenProposals } from "../common/proposal-state";
import { getAccount, getGovernance } from "../common/token";

function titleOf(description: string): string {
  const firstLine = description.split("\n")[0];
  let start = 0;
  while (
    start < firstLine.length &&
    (firstLine.charAt(start) == "#" || firstLine.charAt(start) == " ")
  )
    start++;
  return firstLine.substring(start);
}

function loadProposal(id: BigInt): Proposal {
  const proposal = Proposal.load(id.toString());
  if (proposal == null) throw new Error("unknown proposal " + id.toString());
  return proposal;
}

export function handleProposalCreated(event: ProposalCreated): void {
  const p = event.params;
  const id = p.proposalId.toString();
  const proposal = new Proposal(id);
  const proposer = getAccount(p.proposer, event.block.timestamp);
  proposer.save();
  proposal.proposer = proposer.id;
  proposal.state = "PENDING";
  proposal.title = titleOf(p.description);
  proposal.description = p.description;
  proposal.forVotes = ZERO;
  proposal.againstVotes = ZERO;
  proposal.abstainVotes = ZERO;
  proposal.totalVotes = ZERO;
  proposal.voterCount = 0;
  proposal.voteStart = p.voteStart;
  proposal.voteEnd = p.voteEnd;
  proposal.createdAt = event.block.timestamp;
  proposal.createdBlock = event.block.number;
  proposal.createdTxHash = event.transaction.hash;
  const targets: Bytes[] = [];
  for (let i = 0; i < p.targets.length; i++) targets.push(p.targets[i]);
  proposal.targets = targets;
  proposal.values = p.values;
  proposal.signatures = p.signatures;
  proposal.calldatas = p.calldatas;
  proposal.save();
  for (let i = 0; i < p.targets.length; i++) {
    saveProposalAction(id, i, p.targets[i], p.values[i], p.calldatas[i]);
  }
  const open = getOpenProposals();
  const ids = open.ids;
  ids.push(id);
  open.ids = ids;
  open.save();
  const governance = getGovernance();
  governance.proposals = governance.proposals.plus(ONE);
  governance.save();
}

function recordVote(
  event: ethereum.Event,
  voter: Address,
  proposalId: BigInt,
  support: i32,
  weight: BigInt,
  reason: string,
): void {
  const proposal = loadProposal(proposalId);
  const account = getAccount(voter, event.block.timestamp);
  account.voteCount += 1;
  account.save();
  const choice = voteChoice(support);
  const vote = new Vote(proposal.id + "-" + voter.toHexString());
  vote.proposal = proposal.id;
  vote.voter = account.id;
  vote.choice = choice;
  vote.weight = weight;
  vote.reason = reason;
  vote.timestamp = event.block.timestamp;
  vote.blockNumber = event.block.number;
  vote.txHash = event.transaction.hash;
  vote.save();
  if (choice == "FOR") proposal.forVotes = proposal.forVotes.plus(weight);
  else if (choice == "AGAINST") proposal.againstVotes = proposal.againstVotes.plus(weight);
  else proposal.abstainVotes = proposal.abstainVotes.plus(weight);
  proposal.totalVotes = proposal.totalVotes.plus(weight);
  proposal.voterCount += 1;
  proposal.save();
}

export function handleVoteCast(event: VoteCast): void {
  const p = event.params;
  recordVote(event, p.voter, p.proposalId, p.support, p.weight, p.reason);
}

export function handleVoteCastWithParams(event: VoteCastWithParams): void {
  const p = event.params;
  recordVote(event, p.voter, p.proposalId, p.support, p.weight, p.reason);
}

export function handleProposalQueued(event: ProposalQueued): void {
  const proposal = loadProposal(event.params.proposalId);
  proposal.state = "QUEUED";
  proposal.queuedAt = event.block.timestamp;
  proposal.eta = event.params.etaSeconds;
  proposal.save();
  closeProposal(proposal.id);
  const governance = getGovernance();
  governance.proposalsQueued = governance.proposalsQueued.plus(ONE);
  governance.save();
}

export function handleProposalExecuted(event: ProposalExecuted): void {
  const proposal = loadProposal(event.params.proposalId);
  proposal.state = "EXECUTED";
  proposal.executedAt = event.block.timestamp;
  proposal.executedTxHash = event.transaction.hash;
  proposal.save();
  closeProposal(proposal.id);
  const governance = getGovernance();
  governance.proposalsExecuted = governance.proposalsExecuted.plus(ONE);
  governance.save();
  linkParameterChanges(event.transaction.hash, proposal.id);
}

function linkParameterChanges(txHash: Bytes, proposalId: string): void {
  const pending = PendingParameterChanges.load(txHash);
  if (pending == null) return;
  const ids = pending.changeIds;
  for (let i = 0; i < ids.length; i++) {
    const change = ParameterChange.load(ids[i]);
    if (change == null) continue;
    change.proposal = proposalId;
    change.save();
  }
  pending.changeIds = [];
  pending.save();
}

export function handleProposalCanceled(event: ProposalCanceled): void {
  const proposal = loadProposal(event.params.proposalId);
  proposal.state = "CANCELED";
  proposal.canceledAt = event.block.timestamp;
  proposal.save();
  closeProposal(proposal.id);
  const governance = getGovernance();
  governance.proposalsCanceled = governance.proposalsCanceled.plus(ONE);
  governance.save();
}

export function handleBlock(block: ethereum.Block): void {
  refreshOpenProposals(block, dataSource.address());
}

/** Settings events come from the governor's constructor first, then from governance. */
function getFramework(governor: Address): GovernanceFramework {
  let framework = GovernanceFramework.load(governor);
  if (framework != null) return framework;
  framework = new GovernanceFramework(governor);
  const contract = CommunityGovernor.bind(governor);
  framework.name = contract.name();
  framework.tokenAddress = contract.token();
  framework.timelockAddress = contract.timelock();
  framework.clockMode = contract.CLOCK_MODE();
  framework.quorumDenominator = contract.quorumDenominator();
  framework.votingDelay = ZERO;
  framework.votingPeriod = ZERO;
  framework.proposalThreshold = ZERO;
  framework.quorumNumerator = ZERO;
  framework.timelockDelay = minDelayOf(Address.fromBytes(framework.timelockAddress));
  return framework;
}

/** Governance may point the governor at any address: one that is no timelock must not halt indexing. */
function minDelayOf(timelock: Address): BigInt {
  const delay = WatershedTimelock.bind(timelock).try_getMinDelay();
  return delay.reverted ? ZERO : delay.value;
}

export function handleVotingDelaySet(event: VotingDelaySet): void {
  const framework = getFramework(event.address);
  framework.votingDelay = event.params.newVotingDelay;
  framework.save();
}

export function handleVotingPeriodSet(event: VotingPeriodSet): void {
  const framework = getFramework(event.address);
  framework.votingPeriod = event.params.newVotingPeriod;
  framework.save();
}

export function handleProposalThresholdSet(event: ProposalThresholdSet): void {
  const framework = getFramework(event.address);
  framework.proposalThreshold = event.params.newProposalThreshold;
  framework.save();
}

export function handleQuorumNumeratorUpdated(event: QuorumNumeratorUpdated): void {
  const framework = getFramework(event.address);
  framework.quorumNumerator = event.params.newQuorumNumerator;
  framework.save();
}

export function handleTimelockChange(event: TimelockChange): void {
  const framework = getFramework(event.address);
  framework.timelockAddress = event.params.newTimelock;
  framework.timelockDelay = minDelayOf(event.params.newTimelock);
  framework.save();
}
