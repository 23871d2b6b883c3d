// The saturation heatmap's aggregates: each window's samples as one SaturationWindow row of
// parallel lists, each datum's day as a SaturationDay of scalars, and the price a sample set
// from the DOWNLOAD_BASE_PRICE in force. Both reconcile with the SaturationSample rows.
import { type Address, keccak256, toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFixture } from "../../mocks/fixture/load-fixture.ts";
import type { ReadableStore } from "../../mocks/graph-node/store/types.ts";
import { newDownloadEvent } from "./factories/download-market.ts";
import { newParameterChangedEvent } from "./factories/economy-parameters.ts";
import { newSaturationSampledEvent } from "./factories/saturation-oracle.ts";
import { startTestChain, type TestChain } from "./support/chain.ts";
import { all, must, type Plain } from "./support/entities.ts";
import { openSession, type Session } from "./support/session.ts";

const DEPLOYER: Address = "0x00000000000000000000000000000000000000d0";
const BUYER: Address = "0x000000000000000000000000000000000000b0e7";
const A = keccak256(toHex("datum-a"));
const B = keccak256(toHex("datum-b"));
const C = keccak256(toHex("datum-c"));
const PRICE = 10n ** 17n;
const WINDOW = 1_700_000_000n / 900n; // 96 × 19675 + 88: the day's 89th window
const DAY = Number((WINDOW * 900n) / 86_400n);

const sampled = (datumId: `0x${string}`, window: bigint, demand: bigint, capacity: bigint) => {
  const saturationBps = (demand * 10_000n) / (capacity === 0n ? 1n : capacity);
  const surgeBps =
    saturationBps <= 10_000n ? 10_000n : min(10_000n + (saturationBps - 10_000n) / 2n, 30_000n);
  return newSaturationSampledEvent({ datumId, window, demand, capacity, saturationBps, surgeBps });
};
const min = (a: bigint, b: bigint) => (a < b ? a : b);
const basePrice = (value: bigint, old = 0n) =>
  newParameterChangedEvent({
    key: "DOWNLOAD_BASE_PRICE",
    oldValue: old,
    newValue: value,
    by: DEPLOYER,
  });

/** Every window row and day row agrees with the samples it summarises. */
function expectSaturationAggregates(store: ReadableStore): void {
  const samples = all(store, "SaturationSample");
  const byIndex = new Map(all(store, "Datum").map((d) => [d.index as number, d.id as string]));
  const windows = all(store, "SaturationWindow");
  let cells = 0;
  for (const w of windows) {
    const indexes = w.datumIndexes as number[];
    const lists = [w.demand, w.capacity, w.surgeBps] as bigint[][];
    for (const list of lists) expect(list).toHaveLength(indexes.length);
    const from = w.basePriceFrom as number[];
    const prices = w.basePrices as bigint[];
    expect(from[0]).toBe(0);
    indexes.forEach((index, i) => {
      const sample = must(store, "SaturationSample", `${byIndex.get(index)}-${w.window}`);
      expect([lists[0]![i], lists[1]![i], lists[2]![i]]).toEqual([
        sample.demand,
        sample.capacity,
        sample.surgeBps,
      ]);
      const run = from.filter((f) => f <= i).length - 1;
      const base = prices[run]!;
      expect(sample.price ?? 0n).toBe((base * (sample.surgeBps as bigint)) / 10_000n);
      cells++;
    });
  }
  expect(cells).toBe(samples.length);
  const days = new Map<string, Plain[]>();
  for (const s of samples) {
    const key = `${s.datum}-${Math.floor(Number(s.windowStart) / 86_400)}`;
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  expect(
    all(store, "SaturationDay")
      .map((d) => d.id)
      .sort(),
  ).toEqual([...days.keys()].sort());
  for (const [id, mine] of days) {
    const capacity = (s: Plain) => ((s.capacity as bigint) === 0n ? 1n : (s.capacity as bigint));
    const max = (f: string) =>
      mine
        .map((s) => s[f] as bigint)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .at(-1);
    expect(must(store, "SaturationDay", id)).toMatchObject({
      samples: mine.length,
      saturatedWindows: mine.filter((s) => (s.demand as bigint) > capacity(s)).length,
      peakSaturationBps: max("saturationBps"),
      peakSurgeBps: max("surgeBps"),
      demand: mine.reduce((a, s) => a + (s.demand as bigint), 0n),
      capacity: mine.reduce((a, s) => a + capacity(s), 0n),
    });
  }
}

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(12);
  s = openSession(chain);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

describe("saturation aggregates", () => {
  it("leaves the price unknown until DOWNLOAD_BASE_PRICE is indexed", async () => {
    await s.run([sampled(C, WINDOW - 1n, 5n, 10n)]);
    // an unset nullable field: graph-node answers null
    expect(must(s.store, "SaturationSample", `${C}-${WINDOW - 1n}`).price).toBeUndefined();
    expect(must(s.store, "SaturationWindow", String(WINDOW - 1n))).toMatchObject({
      datumIndexes: [0],
      basePrices: [0n],
      basePriceFrom: [0],
    });
  });

  it("keeps a window's samples as parallel lists, one datum index each", async () => {
    await s.run([basePrice(PRICE), sampled(A, WINDOW, 30n, 20n), sampled(B, WINDOW, 0n, 0n)]);
    expect(must(s.store, "Datum", A).index).toBe(1);
    expect(must(s.store, "Datum", B).index).toBe(2);
    expect(must(s.store, "SaturationWindow", String(WINDOW))).toEqual({
      id: String(WINDOW),
      window: WINDOW,
      windowStart: WINDOW * 900n,
      datumIndexes: [1, 2],
      demand: [30n, 0n],
      capacity: [20n, 0n],
      surgeBps: [12_500n, 10_000n],
      basePrices: [PRICE],
      basePriceFrom: [0],
    });
    // 0.1 token × 1.25, floored as DownloadMarket.priceOf does
    expect(must(s.store, "SaturationSample", `${A}-${WINDOW}`).price).toBe(125n * 10n ** 15n);
    expect(must(s.store, "SaturationTotals", "saturation").dataCount).toBe(3);
  });

  it("appends a later report of the same window and starts a new price run", async () => {
    await s.run([basePrice(2n * PRICE, PRICE), sampled(C, WINDOW, 40n, 10n)]);
    expect(must(s.store, "SaturationWindow", String(WINDOW))).toMatchObject({
      datumIndexes: [1, 2, 0],
      basePrices: [PRICE, 2n * PRICE],
      basePriceFrom: [0, 2],
    });
    // saturation 4 → surge 1 + 0.5 × 3 = 2.5×, of the new base price
    expect(must(s.store, "SaturationSample", `${C}-${WINDOW}`).price).toBe(5n * PRICE);
  });

  it("sums a datum's day and starts the next UTC day on its own row", async () => {
    await s.run([sampled(A, WINDOW + 1n, 10n, 20n)]);
    await s.run([sampled(A, WINDOW + 8n, 90n, 20n)]); // the next day's first window
    expect(must(s.store, "SaturationDay", `${A}-${DAY}`)).toEqual({
      id: `${A}-${DAY}`,
      datum: A,
      dayId: DAY,
      date: DAY * 86_400,
      samples: 2,
      saturatedWindows: 1,
      peakSaturationBps: 15_000n,
      peakSurgeBps: 12_500n,
      demand: 40n,
      capacity: 40n,
    });
    expect(must(s.store, "SaturationDay", `${A}-${DAY + 1}`)).toMatchObject({
      samples: 1,
      saturatedWindows: 1,
      peakSaturationBps: 45_000n,
      peakSurgeBps: 27_500n,
    });
    // a datum without capacity counts capacity 1, as the oracle divides
    expect(must(s.store, "SaturationDay", `${B}-${DAY}`)).toMatchObject({
      capacity: 1n,
      saturatedWindows: 0,
    });
  });

  it("numbers a datum first seen through a download", async () => {
    const D = keccak256(toHex("datum-d"));
    await s.run([
      newDownloadEvent({
        downloader: BUYER,
        datumId: D,
        window: WINDOW,
        price: PRICE,
        surgeBps: 10_000n,
      }),
    ]);
    expect(must(s.store, "Datum", D).index).toBe(3);
    await s.run([sampled(D, WINDOW + 9n, 1n, 1n)]);
    expect(must(s.store, "SaturationWindow", String(WINDOW + 9n)).datumIndexes).toEqual([3]);
  });

  it("reconciles every window and day with the samples", () => {
    expectSaturationAggregates(s.store);
  });
});

describe("saturation aggregates of a seeded history", () => {
  it("reconcile with every sample the real pipeline indexed", async () => {
    const { store } = await ensureFixture();
    expect(all(store, "SaturationSample").length).toBeGreaterThan(1000);
    expect(all(store, "SaturationSample").every((x) => typeof x.price === "bigint")).toBe(true);
    expectSaturationAggregates(store);
  }, 600_000);
});
