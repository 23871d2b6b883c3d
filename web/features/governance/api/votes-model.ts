// The votes table's filter, search, sort and CSV, on the loaded votes.

import { formatExact, toBigInt } from "../../../lib/amount.ts";
import type { CsvCell } from "../../../lib/csv.ts";
import { CHOICE_LABELS, type Choice } from "./proposal-model.ts";

export interface VoteView {
  id: string;
  voter: { id: string };
  choice: string;
  weight: string;
  reason: string;
  timestamp: string;
  txHash: string;
}

export const VOTE_SORTS = ["weight", "time"] as const;
export type VoteSort = (typeof VOTE_SORTS)[number];

export interface VoteFilter {
  support: Choice | null;
  /** part of the voter's address, any case */
  voter: string;
  sort: VoteSort;
  descending: boolean;
}

export function filterVotes<T extends VoteView>(votes: T[], f: VoteFilter): T[] {
  const needle = f.voter.trim().toLowerCase();
  const rows = votes.filter(
    (v) => (f.support === null || v.choice === f.support) && v.voter.id.includes(needle),
  );
  const sign = f.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const d =
      f.sort === "weight"
        ? cmp(toBigInt(a.weight), toBigInt(b.weight))
        : Number(a.timestamp) - Number(b.timestamp);
    return sign * d || a.id.localeCompare(b.id);
  });
}

const cmp = (a: bigint, b: bigint) => (a > b ? 1 : a < b ? -1 : 0);

export const VOTES_CSV_HEADER = [
  "voter",
  "support",
  "weight",
  "reason",
  "time (UTC)",
  "transaction",
];

/** Exactly the rows shown, weights as exact decimals without separators. */
export function votesCsvRows(votes: VoteView[], decimals: number): CsvCell[][] {
  return votes.map((v) => [
    v.voter.id,
    CHOICE_LABELS[v.choice as Choice] ?? v.choice,
    formatExact(toBigInt(v.weight), decimals).replaceAll(",", ""),
    v.reason,
    new Date(Number(v.timestamp) * 1000).toISOString(),
    v.txHash,
  ]);
}
