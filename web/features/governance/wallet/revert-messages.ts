// The governor's and token's custom errors in words; any other error keeps its name.
import { BPS } from "../../../../economy/parameters.ts";
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

/** A bytes32 key as EconomyParameters names it (left-aligned ASCII, zero padded). */
function keyName(value: unknown): string {
  const hex = String(value ?? "").replace(/^0x/, "");
  let name = "";
  for (let i = 0; i + 2 <= hex.length; i += 2) {
    const code = Number.parseInt(hex.slice(i, i + 2), 16);
    if (code === 0) break;
    name += String.fromCharCode(code);
  }
  return name || String(value);
}

export function explainRevert(name: string, args?: readonly unknown[]): string {
  const a = args ?? [];
  switch (name) {
    case "GovernorAlreadyCastVote":
      return "This account has already voted on this proposal (GovernorAlreadyCastVote).";
    case "GovernorUnexpectedProposalState":
      // propose() reverts with an empty bitmap when the same proposal already exists
      if (BigInt(String(a[2] ?? 0)) === 0n) {
        return `A proposal with the same changes and description already exists (it is ${stateName(a[1])} on chain): change the description to make a new one (GovernorUnexpectedProposalState).`;
      }
      return `The proposal is ${stateName(a[1])} on chain, and this needs it ${expected(a[2])} (GovernorUnexpectedProposalState).`;
    case "GovernorNonexistentProposal":
      return "The governor knows no such proposal (GovernorNonexistentProposal).";
    case "TimelockUnexpectedOperationState":
      return "The timelock is not ready for this operation: its delay may not have passed yet (TimelockUnexpectedOperationState).";
    case "TimelockInsufficientDelay":
      return "The timelock's delay is longer than requested (TimelockInsufficientDelay).";
    case "GovernorInvalidVoteType":
      return "That is not a vote the governor counts (GovernorInvalidVoteType).";
    case "GovernorInsufficientProposerVotes":
      return "This account's voting power is below the governor's proposal threshold (GovernorInsufficientProposerVotes): delegate to yourself, or ask a delegate to propose it.";
    case "ParameterOutOfRange":
      return `${keyName(a[0])} cannot be set to ${String(a[1])}: outside the range the contract accepts (ParameterOutOfRange).`;
    case "SplitMustSumToWhole":
      return `The ${keyName(a[0])} shares would sum to ${String(a[1])} basis points, not ${BPS} (SplitMustSumToWhole).`;
    case "UnknownParameter":
      return `The contract has no parameter ${keyName(a[0])} (UnknownParameter).`;
    case "ERC20InsufficientBalance":
      return "Not enough tokens (ERC20InsufficientBalance).";
    default:
      return `The contract refused with ${name}${a.length ? `(${a.map(String).join(", ")})` : ""}.`;
  }
}
