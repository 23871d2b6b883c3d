import { stateLabel } from "../api/proposal-model.ts";

/** A proposal's state in words (the word carries the meaning, the border only echoes it). */
export function StateBadge({ state }: { state: string }) {
  return <span className={`badge badge-${state.toLowerCase()}`}>{stateLabel(state)}</span>;
}

/** Proposal ids are 77-digit numbers: the ends are enough to tell them apart. */
export const shortProposalId = (id: string) =>
  id.length > 14 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id;
