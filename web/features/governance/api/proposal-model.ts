// Pure derivations for proposals: states in words, the quorum as OpenZeppelin's simple
// counting reads it (For + Abstain count towards quorum; For must beat Against), the
// timeline with the next step, and the votes' running totals over time. Amounts stay bigint.
import { ratio, toBigInt } from "../../../lib/amount.ts";

export const PROPOSAL_STATES = [
  "PENDING",
  "ACTIVE",
  "CANCELED",
  "DEFEATED",
  "SUCCEEDED",
  "QUEUED",
  "EXPIRED",
  "EXECUTED",
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const STATE_LABELS: Record<ProposalState, string> = {
  PENDING: "Pending",
  ACTIVE: "Active",
  CANCELED: "Canceled",
  DEFEATED: "Defeated",
  SUCCEEDED: "Succeeded",
  QUEUED: "Queued",
  EXPIRED: "Expired",
  EXECUTED: "Executed",
};

/** The governor's ProposalState enum order, as state() and its custom errors return it. */
export const ONCHAIN_STATES: ProposalState[] = [
  "PENDING",
  "ACTIVE",
  "CANCELED",
  "DEFEATED",
  "SUCCEEDED",
  "QUEUED",
  "EXPIRED",
  "EXECUTED",
];

export const CHOICES = ["FOR", "AGAINST", "ABSTAIN"] as const;
export type Choice = (typeof CHOICES)[number];
export const CHOICE_LABELS: Record<Choice, string> = {
  FOR: "For",
  AGAINST: "Against",
  ABSTAIN: "Abstain",
};
/** GovernorCountingSimple's support values. */
export const SUPPORT_OF: Record<Choice, number> = { AGAINST: 0, FOR: 1, ABSTAIN: 2 };

export const stateLabel = (state: string) => STATE_LABELS[state as ProposalState] ?? state;

export interface Tallies {
  forVotes: bigint;
  againstVotes: bigint;
  abstainVotes: bigint;
  /** null until the snapshot has passed and the subgraph read it */
  quorum: bigint | null;
}

export function talliesOf(p: {
  forVotes: string;
  againstVotes: string;
  abstainVotes: string;
  quorumVotes?: string | null;
}): Tallies {
  return {
    forVotes: toBigInt(p.forVotes),
    againstVotes: toBigInt(p.againstVotes),
    abstainVotes: toBigInt(p.abstainVotes),
    quorum: p.quorumVotes == null ? null : toBigInt(p.quorumVotes),
  };
}

export interface QuorumProgress {
  /** For + Abstain: what counts towards quorum */
  counted: bigint;
  quorum: bigint | null;
  /** counted ÷ quorum, for drawing only (may exceed 1) */
  fraction: number;
  reached: boolean;
  /** For > Against, the other condition to succeed */
  majority: boolean;
  /** what is still missing to reach quorum */
  missing: bigint;
}

export function quorumProgress(t: Tallies): QuorumProgress {
  const counted = t.forVotes + t.abstainVotes;
  const reached = t.quorum !== null && counted >= t.quorum;
  return {
    counted,
    quorum: t.quorum,
    fraction: t.quorum === null ? 0 : t.quorum === 0n ? 1 : ratio(counted, t.quorum),
    reached,
    majority: t.forVotes > t.againstVotes,
    missing: t.quorum === null || reached ? 0n : t.quorum - counted,
  };
}

export const QUORUM_FORMULA =
  "Quorum is reached when For + Abstain ≥ the quorum at the proposal's snapshot (a share of the token supply then); Against does not count towards it. A proposal succeeds when quorum is reached and For > Against.";

export interface TimelineInput {
  state: string;
  createdAt: string;
  createdTxHash?: string;
  voteStart: string;
  voteEnd: string;
  queuedAt?: string | null;
  eta?: string | null;
  executedAt?: string | null;
  executedTxHash?: string | null;
  canceledAt?: string | null;
}

export interface TimelineStep {
  key: "created" | "start" | "end" | "queued" | "executable" | "executed" | "canceled";
  label: string;
  /** unix seconds */
  at: number;
  /** in the past (by the chain's clock) */
  done: boolean;
  txHash?: string;
}

const n = (v: string | null | undefined) => (v == null ? null : Number(v));

/** The proposal's steps in order, with the ones still ahead marked not done. */
export function timeline(p: TimelineInput, now: number): TimelineStep[] {
  const steps: TimelineStep[] = [
    {
      key: "created",
      label: "Created",
      at: Number(p.createdAt),
      done: true,
      txHash: p.createdTxHash,
    },
  ];
  const canceled = n(p.canceledAt);
  const start = Number(p.voteStart);
  const end = Number(p.voteEnd);
  if (canceled !== null && canceled <= start) {
    steps.push({ key: "canceled", label: "Canceled", at: canceled, done: true });
    return steps;
  }
  steps.push({ key: "start", label: "Voting starts", at: start, done: now > start });
  steps.push({ key: "end", label: "Voting ends", at: end, done: now > end });
  if (canceled !== null) {
    steps.push({ key: "canceled", label: "Canceled", at: canceled, done: true });
    return steps;
  }
  const queued = n(p.queuedAt);
  const eta = n(p.eta);
  if (queued !== null) steps.push({ key: "queued", label: "Queued", at: queued, done: true });
  if (eta !== null) {
    steps.push({
      key: "executable",
      label: "Executable (timelock eta)",
      at: eta,
      done: now >= eta,
    });
  }
  const executed = n(p.executedAt);
  if (executed !== null) {
    steps.push({
      key: "executed",
      label: "Executed",
      at: executed,
      done: true,
      txHash: p.executedTxHash ?? undefined,
    });
  }
  return steps;
}

export type NextStep =
  | { kind: "vote-opens"; at: number }
  | { kind: "vote-closes"; at: number }
  | { kind: "queue"; delay: number }
  | { kind: "execute"; at: number; now: boolean }
  | { kind: "final"; reason: string };

/** What can happen next and when, by the chain's clock. */
export function nextStep(p: TimelineInput, now: number, timelockDelay: number | null): NextStep {
  switch (p.state) {
    case "PENDING":
      return { kind: "vote-opens", at: Number(p.voteStart) };
    case "ACTIVE":
      return { kind: "vote-closes", at: Number(p.voteEnd) };
    case "SUCCEEDED":
      return { kind: "queue", delay: timelockDelay ?? 0 };
    case "QUEUED": {
      const eta = Number(p.eta ?? 0);
      return { kind: "execute", at: eta, now: now >= eta };
    }
    case "EXECUTED":
      return { kind: "final", reason: "Executed: its calls have run." };
    case "CANCELED":
      return { kind: "final", reason: "Canceled by its proposer: nothing will run." };
    case "DEFEATED":
      return {
        kind: "final",
        reason: "Defeated: it missed quorum or For did not beat Against; nothing will run.",
      };
    case "EXPIRED":
      return { kind: "final", reason: "Expired: it was not executed in time." };
    default:
      return { kind: "final", reason: p.state };
  }
}

export interface VotePointInput {
  choice: string;
  weight: string;
  timestamp: string;
}

export interface CumulativePoint {
  t: number;
  forVotes: bigint;
  againstVotes: bigint;
  abstainVotes: bigint;
}

/**
 * Running totals after each vote, in time order, from zero when voting opened to `until`
 * (the close, or now while voting runs), so the last totals are drawn up to it.
 */
export function cumulativeVotes(
  votes: VotePointInput[],
  start: number,
  until: number,
): CumulativePoint[] {
  const sorted = [...votes].sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  const points: CumulativePoint[] = [
    { t: start, forVotes: 0n, againstVotes: 0n, abstainVotes: 0n },
  ];
  let current = points[0]!;
  for (const v of sorted) {
    const w = toBigInt(v.weight);
    const t = Number(v.timestamp);
    const next = {
      t,
      forVotes: current.forVotes + (v.choice === "FOR" ? w : 0n),
      againstVotes: current.againstVotes + (v.choice === "AGAINST" ? w : 0n),
      abstainVotes: current.abstainVotes + (v.choice === "ABSTAIN" ? w : 0n),
    };
    // votes of one block share its time: one point after all of them
    if (points.at(-1)!.t === t && points.length > 1) points[points.length - 1] = next;
    else points.push(next);
    current = next;
  }
  if (until > current.t) points.push({ ...current, t: until });
  return points;
}
