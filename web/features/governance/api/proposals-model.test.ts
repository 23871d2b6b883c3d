import { describe, expect, it } from "vitest";
import { matches, mergePages, sortProposals, stateCounts } from "./proposals-model.ts";

const row = (id: string, state: string, createdAt: number, voteEnd: number, votes = "0") => ({
  id,
  title: `Proposal ${id}`,
  state,
  proposer: { id: "0xabc" },
  createdAt: String(createdAt),
  voteEnd: String(voteEnd),
  forVotes: votes,
  againstVotes: "0",
  abstainVotes: "0",
});

describe("proposals list", () => {
  const rows = [
    row("1", "EXECUTED", 100, 400, "9"),
    row("2", "ACTIVE", 200, 900),
    row("3", "ACTIVE", 300, 700, "20"),
    row("4", "DEFEATED", 400, 800),
  ];

  it("counts every state, zero included", () => {
    expect(stateCounts(rows)).toMatchObject({ ACTIVE: 2, EXECUTED: 1, DEFEATED: 1, PENDING: 0 });
  });

  it("sorts newest, oldest, open votes ending soonest, and by votes (bigint)", () => {
    const ids = (sort: Parameters<typeof sortProposals>[1]) =>
      sortProposals(rows, sort, 500).map((r) => r.id);
    expect(ids("newest")).toEqual(["4", "3", "2", "1"]);
    expect(ids("oldest")).toEqual(["1", "2", "3", "4"]);
    expect(ids("ending")).toEqual(["3", "2", "4", "1"]);
    expect(ids("votes")).toEqual(["3", "1", "2", "4"]);
  });

  it("searches title, id prefix and proposer, any case", () => {
    expect(rows.filter((r) => matches(r, "PROPOSAL 3")).map((r) => r.id)).toEqual(["3"]);
    expect(rows.filter((r) => matches(r, "0xAB")).length).toBe(4);
    expect(rows.filter((r) => matches(r, "  ")).length).toBe(4);
  });

  it("joins cursor pages without the rows their boundary second repeats", () => {
    expect(
      mergePages([
        [rows[0]!, rows[1]!],
        [rows[1]!, rows[2]!],
      ]).map((r) => r.id),
    ).toEqual(["1", "2", "3"]);
  });
});
