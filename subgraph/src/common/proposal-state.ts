import { Address, BigInt, ethereum } from "@graphprotocol/graph-ts";
import { CommunityGovernor } from "../../generated/CommunityGovernor/CommunityGovernor";
import { OpenProposals, Proposal } from "../../generated/schema";
import { OPEN_PROPOSALS_ID } from "./constants";
import { getGovernance } from "./token";

export function getOpenProposals(): OpenProposals {
  let open = OpenProposals.load(OPEN_PROPOSALS_ID);
  if (open == null) {
    open = new OpenProposals(OPEN_PROPOSALS_ID);
    open.ids = [];
  }
  return open;
}

/**
 * The governor's state() for a proposal whose state only time changes (no queue, execute or
 * cancel seen): Pending until the snapshot, Active through the deadline, then Succeeded if
 * quorum (for + abstain ≥ quorum at snapshot) is met and for > against, else Defeated.
 */
export function timedState(proposal: Proposal, now: BigInt): string {
  if (now.le(proposal.voteStart)) return "PENDING";
  if (now.le(proposal.voteEnd)) return "ACTIVE";
  // `===`: BigInt overloads `==`, and a null operand must not reach the overload.
  const quorum = proposal.quorumVotes;
  if (quorum === null) return "DEFEATED";
  const quorumMet = proposal.forVotes.plus(proposal.abstainVotes).ge(quorum);
  return quorumMet && proposal.forVotes.gt(proposal.againstVotes) ? "SUCCEEDED" : "DEFEATED";
}

/** Quorum is fixed once the snapshot is in the past: read it from the governor then. */
function captureQuorum(proposal: Proposal, governor: CommunityGovernor): void {
  if (proposal.quorumVotes !== null) return;
  const quorum = governor.try_quorum(proposal.voteStart);
  if (!quorum.reverted) proposal.quorumVotes = quorum.value;
}

/** Moves every open proposal to its state at this block; closed ones leave the open list. */
export function refreshOpenProposals(block: ethereum.Block, governorAddress: Address): void {
  const open = OpenProposals.load(OPEN_PROPOSALS_ID);
  if (open == null || open.ids.length == 0) return;
  const governor = CommunityGovernor.bind(governorAddress);
  const stillOpen: string[] = [];
  const ids = open.ids;
  for (let i = 0; i < ids.length; i++) {
    const proposal = Proposal.load(ids[i]);
    if (proposal == null) continue;
    if (block.timestamp.gt(proposal.voteStart)) captureQuorum(proposal, governor);
    const state = timedState(proposal, block.timestamp);
    if (state != proposal.state) {
      if (state == "DEFEATED") {
        const governance = getGovernance();
        governance.proposalsDefeated = governance.proposalsDefeated.plus(BigInt.fromI32(1));
        governance.save();
      }
      proposal.state = state;
    }
    proposal.save();
    if (state == "PENDING" || state == "ACTIVE") stillOpen.push(ids[i]);
  }
  open.ids = stillOpen;
  open.save();
}

export function closeProposal(id: string): void {
  const open = OpenProposals.load(OPEN_PROPOSALS_ID);
  if (open == null) return;
  const remaining: string[] = [];
  const ids = open.ids;
  for (let i = 0; i < ids.length; i++) if (ids[i] != id) remaining.push(ids[i]);
  open.ids = remaining;
  open.save();
}
