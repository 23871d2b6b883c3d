import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rewardPerGeneration } from "../../../../economy/emission.ts";
import { defaultParameters, TOKEN } from "../../../../economy/parameters.ts";
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { DAY } from "../../../lib/time-range.ts";
import {
  changedWithin,
  type EmissionParams,
  emissionMarks,
  paramHistory,
  paramsAt,
} from "./emission-params.ts";
import { project, trailingActivity } from "./emission-projection.ts";
import { cumulativeRows, epochRows, scheduleShare } from "./emission-schedule.ts";
import { supplyDays, supplyRows } from "./supply-model.ts";

const GENESIS = 1_767_225_600;
const defaults = defaultParameters();
const initial: EmissionParams = {
  GEN_REWARD_INITIAL: defaults.GEN_REWARD_INITIAL,
  GEN_REWARD_DECAY_BPS: defaults.GEN_REWARD_DECAY_BPS,
  SHARE_REWARD: defaults.SHARE_REWARD,
  HOST_INFLATION_BPS: defaults.HOST_INFLATION_BPS,
};

type Change = EmissionsQuery["parameterChanges"][number];
const change = (key: string, value: bigint, t: number, proposal: string | null = null): Change => ({
  id: `0x${t.toString(16)}-${key}`,
  parameter: { id: key },
  oldValue: "0",
  newValue: value.toString(),
  timestamp: String(t),
  txHash: `0x${t.toString(16)}`,
  proposal: proposal ? { id: proposal, title: `Proposal ${proposal}` } : null,
});
const genesisChanges = Object.entries(initial).map(([k, v]) => change(k, v, GENESIS));

const empty: EmissionsQuery = {
  emissionTotals: null,
  emissionEpoches: [],
  emissionActivities: [],
  parameterChanges: genesisChanges,
  supplyDays: [],
  stockBalances: [],
};

describe("emission parameters", () => {
  const history = paramHistory([
    ...genesisChanges,
    change("SHARE_REWARD", TOKEN / 2n, GENESIS + 3 * DAY + 100, "42"),
    change("GENERATION_FEE", 1n, GENESIS + 4 * DAY),
  ]);

  it("are the last value set at or before a time, and unknown before genesis", () => {
    expect(paramsAt(history, GENESIS - 1)).toBeNull();
    expect(paramsAt(history, GENESIS)?.SHARE_REWARD).toBe(TOKEN / 4n);
    expect(paramsAt(history, GENESIS + 3 * DAY + 100)?.SHARE_REWARD).toBe(TOKEN / 2n);
  });

  it("mark the changes after genesis, each with its proposal, and only emission keys", () => {
    const marks = emissionMarks(history, GENESIS);
    expect(marks.map((m) => [m.key, m.value, m.proposal?.id])).toEqual([
      ["SHARE_REWARD", TOKEN / 2n, "42"],
    ]);
    expect(changedWithin(history, GENESIS + 3 * DAY, GENESIS + 4 * DAY)).toBe(true);
    expect(changedWithin(history, GENESIS + 4 * DAY, GENESIS + 5 * DAY)).toBe(false);
  });
});

describe("the schedule per epoch", () => {
  const data: EmissionsQuery = {
    ...empty,
    parameterChanges: [
      ...genesisChanges,
      change("GEN_REWARD_DECAY_BPS", 100n, GENESIS + 2 * DAY, "7"),
    ],
    emissionEpoches: [
      {
        epoch: "0",
        total: "0",
        generation: "0",
        share: "0",
        hosting: "0",
        fromCompanyReserve: "0",
        fromCommunityTreasury: "0",
        fromInflation: "0",
        cumulative: "0",
      },
    ],
    emissionActivities: [
      {
        epoch: "0",
        generations: "10",
        shares: 2,
        hostingSupply: (1000n * TOKEN).toString(),
        hostingSettledAt: String(GENESIS + DAY + 60),
        hostingNodes: 3,
      },
      {
        epoch: "3",
        generations: "5",
        shares: 0,
        hostingSupply: null,
        hostingSettledAt: null,
        hostingNodes: 0,
      },
    ],
  };
  const rows = epochRows(data, paramHistory(data.parameterChanges), GENESIS);

  it("has a row per epoch, gaps filled with zeros", () => {
    expect(rows.map((r) => r.epoch)).toEqual([0, 1, 2, 3]);
    expect(rows[1]?.scheduled.total).toBe(0n);
  });

  it("is generations × the epoch's reward, shares × SHARE_REWARD, and the inflation of the settled supply", () => {
    expect(rows[0]?.scheduled.GENERATION).toBe(10n * TOKEN);
    expect(rows[0]?.scheduled.SHARE).toBe(2n * (TOKEN / 4n));
    // 1000 tokens × 2 % a year ÷ 365
    expect(rows[0]?.scheduled.HOSTING).toBe((1000n * TOKEN * 200n) / 10_000n / 365n);
    // epoch 3 at the decay in force since epoch 2: 1 token × 0.99³
    const p = { ...defaults, GEN_REWARD_DECAY_BPS: 100n };
    expect(rows[3]?.rewardPerGeneration).toBe(rewardPerGeneration(p, 3n));
    expect(rows[3]?.scheduled.GENERATION).toBe(5n * rewardPerGeneration(p, 3n));
    expect(rows[3]?.hostingSettled).toBe(false);
    expect(rows[3]?.scheduled.HOSTING).toBe(0n);
  });

  it("flags the epoch in which a parameter changed", () => {
    expect(rows.map((r) => r.paramsChanged)).toEqual([false, false, false, false]);
    const mid = epochRows(
      {
        ...data,
        parameterChanges: [...genesisChanges, change("SHARE_REWARD", 1n, GENESIS + 2 * DAY + 5)],
      },
      paramHistory([...genesisChanges, change("SHARE_REWARD", 1n, GENESIS + 2 * DAY + 5)]),
      GENESIS,
    );
    expect(mid.map((r) => r.paramsChanged)).toEqual([false, false, true, false]);
  });

  it("runs totals through each epoch's end, the epoch in progress ending at the head", () => {
    const cumulative = cumulativeRows(rows, GENESIS + 3 * DAY + 7, 5n);
    expect(cumulative.map((c) => c.t)).toEqual([
      GENESIS + DAY,
      GENESIS + 2 * DAY,
      GENESIS + 3 * DAY,
      GENESIS + 3 * DAY + 7,
    ]);
    expect(cumulative.at(-1)?.scheduled).toBe(
      5n + rows.reduce((a, r) => a + r.scheduled.total, 0n),
    );
    expect(cumulative.at(-1)?.actual.total).toBe(5n);
  });

  it("compares emitted with scheduled as a ratio of the bigint totals", () => {
    expect(scheduleShare([])).toBeNull();
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 27n }),
        fc.bigInt({ min: 0n, max: 10n ** 27n }),
        (scheduled, actual) => {
          const row = {
            ...rows[0]!,
            scheduled: { ...rows[0]!.scheduled, total: scheduled },
            actual: { ...rows[0]!.actual, total: actual },
          };
          const expected = Number(actual) / Number(scheduled);
          expect(Math.abs((scheduleShare([row]) ?? 0) - expected)).toBeLessThanOrEqual(
            expected * 1e-8 + 1e-9,
          );
        },
      ),
    );
  });
});

describe("the activity level and the projection", () => {
  const row = (epoch: number, generations: bigint, shares: number) => ({
    ...epochRows(empty, paramHistory(genesisChanges), GENESIS)[0]!,
    epoch,
    generations,
    shares,
  });

  it("measures the last complete epochs before the one in progress", () => {
    const rows = [row(0, 100n, 1), row(1, 200n, 2), row(2, 300n, 3), row(3, 999n, 9)];
    expect(trailingActivity(rows, 3, 2)).toEqual({ epochs: [1, 2], generations: 500n, shares: 5n });
    expect(trailingActivity(rows, 3).epochs).toEqual([0, 1, 2]);
  });

  const start = {
    epoch: 10,
    genesis: GENESIS,
    cumulative: 1_000n * TOKEN,
    totalSupply: 100_000n * TOKEN,
    companyReserve: 10n ** 30n,
    communityTreasury: 0n,
    unsettledHosting: 1,
  };

  it("continues from what was emitted with the declining generation reward", () => {
    const level = { epochs: [7, 8, 9], generations: 300n, shares: 30n };
    const { rows, reservesShortAt } = project(initial, level, start, 90);
    expect(rows).toHaveLength(90);
    expect(rows[0]?.generation).toBe(100n * rewardPerGeneration(defaults, 11n));
    expect(rows[0]?.share).toBe(10n * (TOKEN / 4n));
    expect(rows[0]?.hosting).toBe((100_000n * TOKEN * 200n) / 10_000n / 365n);
    expect(rows.at(-1)?.t).toBe(GENESIS + 101 * DAY);
    expect(reservesShortAt).toBeNull();
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.generation).toBeLessThanOrEqual(rows[i - 1]!.generation);
      expect(rows[i]!.cumulative).toBe(
        rows[i - 1]!.cumulative + rows[i]!.generation + rows[i]!.share + rows[i]!.hosting,
      );
      expect(rows[i]!.totalSupply).toBe(rows[i - 1]!.totalSupply + rows[i]!.hosting);
    }
  });

  it("stops paying generation and share rewards when the reserves run dry, and says when", () => {
    const level = { epochs: [9], generations: 100n, shares: 0n };
    const { rows, reservesShortAt } = project(
      initial,
      level,
      { ...start, companyReserve: 250n * TOKEN },
      5,
    );
    expect(reservesShortAt).toBe(13);
    expect(rows.map((r) => r.generation > 0n)).toEqual([true, true, true, false, false]);
    expect(rows.reduce((a, r) => a + r.generation + r.share, 0n)).toBe(250n * TOKEN);
  });

  it("pays the hosting of an older unsettled epoch in the first projected one", () => {
    const level = { epochs: [], generations: 0n, shares: 0n };
    const one = project(initial, level, start, 1).rows[0]!;
    const two = project(initial, level, { ...start, unsettledHosting: 2 }, 1).rows[0]!;
    expect(two.hosting).toBe(2n * one.hosting);
  });
});

describe("supply by day", () => {
  it("carries each series forward over days without events, and sums the treasury stocks", () => {
    const data: EmissionsQuery = {
      ...empty,
      supplyDays: [
        { dayId: 12, totalSupply: "100", circulating: "40", burned: "1" },
        { dayId: 10, totalSupply: "90", circulating: "30", burned: "0" },
      ],
      stockBalances: [
        {
          stock: { id: "COMPANY_RESERVE" },
          balance: "35",
          days: [
            { dayId: 10, balance: "40" },
            { dayId: 12, balance: "35" },
          ],
        },
        {
          stock: { id: "COMMUNITY_TREASURY" },
          balance: "15",
          days: [{ dayId: 11, balance: "15" }],
        },
        {
          stock: { id: "STAKING_VAULT" },
          balance: "10",
          days: [
            { dayId: 10, balance: "20" },
            { dayId: 12, balance: "10" },
          ],
        },
      ],
    };
    const days = supplyDays(data, 13);
    expect(days).toEqual([10, 11, 12, 13]);
    const rows = supplyRows(data, days);
    expect(
      rows.map((r) => [r.dayId, r.total, r.circulating, r.staked, r.treasury, r.burned]),
    ).toEqual([
      [10, 90n, 30n, 20n, 40n, 0n],
      [11, 90n, 30n, 20n, 55n, 0n],
      [12, 100n, 40n, 10n, 50n, 1n],
      [13, 100n, 40n, 10n, 50n, 1n],
    ]);
  });
});
