import type { Address, Hex } from "viem";
import { type EventMeta, eventLog } from "./log.ts";

export interface ProposalCreatedParams {
  proposalId: bigint;
  proposer: Address;
  targets: Address[];
  values: bigint[];
  signatures: string[];
  calldatas: Hex[];
  voteStart: bigint;
  voteEnd: bigint;
  description: string;
}

export const newProposalCreatedEvent = (p: ProposalCreatedParams, meta?: EventMeta) =>
  eventLog("CommunityGovernor", "ProposalCreated", { ...p }, meta);

export const newVoteCastEvent = (
  p: { voter: Address; proposalId: bigint; support: number; weight: bigint; reason: string },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "VoteCast", p, meta);

export const newVoteCastWithParamsEvent = (
  p: {
    voter: Address;
    proposalId: bigint;
    support: number;
    weight: bigint;
    reason: string;
    params: Hex;
  },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "VoteCastWithParams", p, meta);

export const newProposalQueuedEvent = (
  p: { proposalId: bigint; etaSeconds: bigint },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "ProposalQueued", p, meta);

export const newProposalExecutedEvent = (p: { proposalId: bigint }, meta?: EventMeta) =>
  eventLog("CommunityGovernor", "ProposalExecuted", p, meta);

export const newProposalCanceledEvent = (p: { proposalId: bigint }, meta?: EventMeta) =>
  eventLog("CommunityGovernor", "ProposalCanceled", p, meta);

export const newVotingDelaySetEvent = (
  p: { oldVotingDelay: bigint; newVotingDelay: bigint },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "VotingDelaySet", p, meta);

export const newVotingPeriodSetEvent = (
  p: { oldVotingPeriod: bigint; newVotingPeriod: bigint },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "VotingPeriodSet", p, meta);

export const newProposalThresholdSetEvent = (
  p: { oldProposalThreshold: bigint; newProposalThreshold: bigint },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "ProposalThresholdSet", p, meta);

export const newQuorumNumeratorUpdatedEvent = (
  p: { oldQuorumNumerator: bigint; newQuorumNumerator: bigint },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "QuorumNumeratorUpdated", p, meta);

export const newTimelockChangeEvent = (
  p: { oldTimelock: Address; newTimelock: Address },
  meta?: EventMeta,
) => eventLog("CommunityGovernor", "TimelockChange", p, meta);
