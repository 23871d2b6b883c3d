// The proposals list's filters, search, sort and counts, on the loaded rows.
import { PROPOSAL_STATES, type ProposalState } from "./proposal-model.ts";

export const SORTS = ["newest", "oldest", "ending", "votes"] as const;
export type ProposalSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<ProposalSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  ending: "Voting ends soonest",
  votes: "Most votes",
};

export interface ListedProposal {
  id: string;
  title: string;
  state: string;
  proposer: { id: string };
  createdAt: string;
  voteEnd: string;
  forVotes: string;
  againstVotes: string;
  abstainVotes: string;
}

export function stateCounts(rows: { state: string }[]): Record<ProposalState, number> {
  const counts = Object.fromEntries(PROPOSAL_STATES.map((s) => [s, 0])) as Record<
    ProposalState,
    number
  >;
  for (const r of rows) if (r.state in counts) counts[r.state as ProposalState] += 1;
  return counts;
}

/** Case-insensitive match on the title, the id or the proposer's address. */
export function matches(p: ListedProposal, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return (
    p.title.toLowerCase().includes(needle) ||
    p.id.startsWith(needle) ||
    p.proposer.id.toLowerCase().includes(needle)
  );
}

const total = (p: ListedProposal) =>
  BigInt(p.forVotes) + BigInt(p.againstVotes) + BigInt(p.abstainVotes);

export function sortProposals<T extends ListedProposal>(
  rows: T[],
  sort: ProposalSort,
  now: number,
): T[] {
  const sorted = [...rows];
  switch (sort) {
    case "newest":
      return sorted.sort((a, b) => Number(b.createdAt) - Number(a.createdAt) || cmpId(b, a));
    case "oldest":
      return sorted.sort((a, b) => Number(a.createdAt) - Number(b.createdAt) || cmpId(a, b));
    case "ending": {
      // open votes closing soonest first, then the rest newest first
      const key = (p: T) => {
        const end = Number(p.voteEnd);
        return p.state === "ACTIVE" || p.state === "PENDING" ? end - now : Number.MAX_SAFE_INTEGER;
      };
      return sorted.sort(
        (a, b) => key(a) - key(b) || Number(b.createdAt) - Number(a.createdAt) || cmpId(a, b),
      );
    }
    case "votes":
      return sorted.sort((a, b) => {
        const d = total(b) - total(a);
        return d > 0n ? 1 : d < 0n ? -1 : cmpId(a, b);
      });
  }
}

function cmpId(a: { id: string }, b: { id: string }): number {
  const d = BigInt(a.id) - BigInt(b.id);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** Pages joined by id: the cursor page repeats the rows of its boundary second. */
export function mergePages<T extends { id: string }>(pages: T[][]): T[] {
  const seen = new Set<string>();
  return pages.flat().filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}
