import { describe, expect, it } from "vitest";
import { fullAddress, participation, powerByDay, powerChange } from "./delegates-model.ts";

describe("participation", () => {
  const proposals = [
    { voteStart: "100", state: "EXECUTED" },
    { voteStart: "200", state: "DEFEATED" },
    { voteStart: "300", state: "CANCELED", canceledAt: "250" },
    { voteStart: "400", state: "ACTIVE" },
    { voteStart: "900", state: "PENDING" },
  ];

  it("counts proposals whose voting opened since the delegate first held power", () => {
    expect(participation({ voteCount: 1, firstVotingPowerAt: "150" }, proposals, 500)).toEqual({
      votes: 1,
      eligible: 2,
      fraction: 0.5,
    });
  });

  it("has nothing to say for a delegate who never held power or had nothing to vote on", () => {
    expect(participation({ voteCount: 0, firstVotingPowerAt: null }, proposals, 500).fraction).toBe(
      null,
    );
    expect(
      participation({ voteCount: 0, firstVotingPowerAt: "450" }, proposals, 500).fraction,
    ).toBe(null);
  });

  it("caps at 100 % (a vote cast with no power still counts as a vote)", () => {
    expect(participation({ voteCount: 9, firstVotingPowerAt: "0" }, proposals, 500)).toEqual({
      votes: 3,
      eligible: 3,
      fraction: 1,
    });
  });
});

describe("power over time", () => {
  it("changes over 7 days from the days' deltas, exactly", () => {
    const days = [
      { dayId: 10, delta: "100" },
      { dayId: 15, delta: "50" },
      { dayId: 17, delta: "-30" },
    ];
    expect(powerChange("120", days, 11)).toEqual({
      now: 120n,
      before: 100n,
      delta: 20n,
      fraction: 0.2,
    });
    expect(powerChange("120", days, 9).fraction).toBe(Number.POSITIVE_INFINITY);
    expect(powerChange("120", days, 18)).toMatchObject({ delta: 0n, fraction: 0 });
  });

  it("starts from the power before the first change and carries it over quiet days up to the head's day", () => {
    const points = powerByDay(
      [
        { dayId: 3, votingPower: "5", delta: "3" },
        { dayId: 1, votingPower: "2", delta: "2" },
      ],
      4,
    );
    expect(points.map((p) => [p.t / 86_400, p.power])).toEqual([
      [0, 0n],
      [1, 2n],
      [2, 2n],
      [3, 5n],
      [4, 5n],
    ]);
  });

  it("recognises a whole address only", () => {
    expect(fullAddress(" 0xABCDEF0123456789abcdef0123456789ABCDEF01 ")).toBe(
      "0xabcdef0123456789abcdef0123456789abcdef01",
    );
    expect(fullAddress("0xabc")).toBe(null);
  });
});
