// The governor's and token's custom errors in words; any other error keeps its name.
import { ONCHAIN_STATES, STATE_LABELS } from "../api/proposal-model.ts";

const stateName = (value: unknown) => {
  const state = ONCHAIN_STATES[Number(value)];
  return state ? STATE_LABELS[state] : `state ${String(value)}`;
};

/** The states a bitmap of `1 << state` allows, in words. */
function expected(bitmap: unknown): string {
  const bits = BigInt(String(bitmap ?? 0));
  return ONCHAIN_STATES.filter((_, i) => (bits >> BigInt(i)) & 1n)
    .map((s) => STATE_LABELS[s])
    .join(" or ");
}

export function explainRevert(name: string, args?: readonly unknown[]): string {
  const a = args ?? [];
  switch (name) {
    case "GovernorAlreadyCastVote":
      return "This account has already voted on this proposal (GovernorAlreadyCastVote).";
    case "GovernorUnexpectedProposalState":
      return `The proposal is ${stateName(a[1])} on chain, and this needs it ${expected(a[2])} (GovernorUnexpectedProposalState).`;
    case "GovernorNonexistentProposal":
      return "The governor knows no such proposal (GovernorNonexistentProposal).";
    case "TimelockUnexpectedOperationState":
      return "The timelock is not ready for this operation: its delay may not have passed yet (TimelockUnexpectedOperationState).";
    case "TimelockInsufficientDelay":
      return "The timelock's delay is longer than requested (TimelockInsufficientDelay).";
    case "GovernorInvalidVoteType":
      return "That is not a vote the governor counts (GovernorInvalidVoteType).";
    case "ERC20InsufficientBalance":
      return "Not enough tokens (ERC20InsufficientBalance).";
    default:
      return `The contract refused with ${name}${a.length ? `(${a.map(String).join(", ")})` : ""}.`;
  }
}
