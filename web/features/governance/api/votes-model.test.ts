import { describe, expect, it } from "vitest";
import { toCsv } from "../../../lib/csv.ts";
import { filterVotes, VOTES_CSV_HEADER, votesCsvRows } from "./votes-model.ts";

const vote = (voter: string, choice: string, weight: string, timestamp: number, reason = "") => ({
  id: `p-${voter}`,
  voter: { id: voter },
  choice,
  weight,
  reason,
  timestamp: String(timestamp),
  txHash: `0x${voter.slice(2)}`,
});

describe("votes table", () => {
  const votes = [
    vote("0xaa01", "FOR", "3000000000000000000000000", 300, "yes"),
    vote("0xbb02", "AGAINST", "20000000000000000000000000", 100),
    vote("0xcc03", "FOR", "500000000000000000", 200, '=HYPERLINK("x"), "quoted"'),
  ];

  it("sorts by weight exactly (bigint) and by time, either way", () => {
    const ids = (f: Partial<Parameters<typeof filterVotes>[1]>) =>
      filterVotes(votes, { support: null, voter: "", sort: "weight", descending: true, ...f }).map(
        (v) => v.voter.id,
      );
    expect(ids({})).toEqual(["0xbb02", "0xaa01", "0xcc03"]);
    expect(ids({ sort: "time", descending: false })).toEqual(["0xbb02", "0xcc03", "0xaa01"]);
  });

  it("filters by support and by part of the address, any case", () => {
    const f = { support: "FOR" as const, voter: "", sort: "weight" as const, descending: true };
    expect(filterVotes(votes, f).map((v) => v.voter.id)).toEqual(["0xaa01", "0xcc03"]);
    expect(filterVotes(votes, { ...f, support: null, voter: "CC0" }).length).toBe(1);
  });

  it("exports voter, support, weight, reason, time and transaction; formulas defused", () => {
    const csv = toCsv(VOTES_CSV_HEADER, votesCsvRows(votes, 18)).split("\r\n");
    expect(csv[0]).toBe("voter,support,weight,reason,time (UTC),transaction");
    expect(csv[1]).toBe("0xaa01,For,3000000,yes,1970-01-01T00:05:00.000Z,0xaa01");
    expect(csv[3]).toBe(
      `0xcc03,For,0.5,"'=HYPERLINK(""x""), ""quoted""",1970-01-01T00:03:20.000Z,0xcc03`,
    );
  });
});
