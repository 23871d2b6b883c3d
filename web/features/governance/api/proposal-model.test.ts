import { describe, expect, it } from "vitest";
import { cumulativeVotes, nextStep, quorumProgress, timeline } from "./proposal-model.ts";

const E18 = 10n ** 18n;

describe("quorum as OpenZeppelin's simple counting reads it", () => {
  it("counts For and Abstain towards quorum, never Against", () => {
    const p = quorumProgress({
      forVotes: 30n * E18,
      againstVotes: 500n * E18,
      abstainVotes: 20n * E18,
      quorum: 50n * E18,
    });
    expect(p).toMatchObject({ counted: 50n * E18, reached: true, majority: false, missing: 0n });
    expect(p.fraction).toBe(1);
  });

  it("says what is missing, and nothing before the snapshot fixed the quorum", () => {
    const t = { forVotes: 10n, againstVotes: 0n, abstainVotes: 5n };
    expect(quorumProgress({ ...t, quorum: 60n })).toMatchObject({ missing: 45n, reached: false });
    expect(quorumProgress({ ...t, quorum: 60n }).fraction).toBe(0.25);
    expect(quorumProgress({ ...t, quorum: null })).toMatchObject({ reached: false, missing: 0n });
  });
});

describe("timeline and next step", () => {
  const base = { createdAt: "100", voteStart: "200", voteEnd: "500", createdTxHash: "0xc" };

  it("marks what is ahead by the chain's clock and says when voting closes", () => {
    const steps = timeline({ ...base, state: "ACTIVE" }, 300);
    expect(steps.map((s) => [s.key, s.at, s.done])).toEqual([
      ["created", 100, true],
      ["start", 200, true],
      ["end", 500, false],
    ]);
    expect(nextStep({ ...base, state: "ACTIVE" }, 300, 3600)).toEqual({
      kind: "vote-closes",
      at: 500,
    });
  });

  it("shows the timelock's eta once queued, and whether it has passed", () => {
    const queued = { ...base, state: "QUEUED", queuedAt: "600", eta: "4200" };
    expect(timeline(queued, 5000).map((s) => s.key)).toEqual([
      "created",
      "start",
      "end",
      "queued",
      "executable",
    ]);
    expect(nextStep(queued, 1000, 3600)).toEqual({ kind: "execute", at: 4200, now: false });
    expect(nextStep(queued, 4200, 3600)).toEqual({ kind: "execute", at: 4200, now: true });
    expect(nextStep({ ...base, state: "SUCCEEDED" }, 600, 3600)).toEqual({
      kind: "queue",
      delay: 3600,
    });
  });

  it("ends with execution or cancellation; a proposal canceled before voting never opened", () => {
    const executed = {
      ...base,
      state: "EXECUTED",
      queuedAt: "600",
      eta: "4200",
      executedAt: "4300",
      executedTxHash: "0xe",
    };
    expect(timeline(executed, 9000).at(-1)).toMatchObject({ key: "executed", txHash: "0xe" });
    const canceled = timeline({ ...base, state: "CANCELED", canceledAt: "150" }, 9000);
    expect(canceled.map((s) => s.key)).toEqual(["created", "canceled"]);
    expect(nextStep({ ...base, state: "DEFEATED" }, 9000, 0).kind).toBe("final");
  });
});

describe("votes over time", () => {
  it("sums each choice in time order, one point per block time, drawn up to `until`", () => {
    const points = cumulativeVotes(
      [
        { choice: "AGAINST", weight: "5", timestamp: "300" },
        { choice: "FOR", weight: "10", timestamp: "250" },
        { choice: "ABSTAIN", weight: "1", timestamp: "300" },
      ],
      200,
      400,
    );
    expect(points).toEqual([
      { t: 200, forVotes: 0n, againstVotes: 0n, abstainVotes: 0n },
      { t: 250, forVotes: 10n, againstVotes: 0n, abstainVotes: 0n },
      { t: 300, forVotes: 10n, againstVotes: 5n, abstainVotes: 1n },
      { t: 400, forVotes: 10n, againstVotes: 5n, abstainVotes: 1n },
    ]);
  });
});
