// A week of a 100-datum tracker in the heatmap query's shape: every datum sampled in every
// window, Zipf-like popularity, a daily rhythm and bursts, deterministic from a seed.
import type { SaturationHeatmapQuery } from "../../../web/gql/graphql.ts";

export const DATA = 100;
export const WINDOWS = 7 * 96;
export const FIRST_WINDOW = 1_888_800; // a UTC midnight

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticWeek(seed = 7): SaturationHeatmapQuery {
  const rand = mulberry32(seed);
  const capacity = Array.from({ length: DATA }, () => 20 + Math.floor(rand() * 200));
  const popularity = Array.from({ length: DATA }, (_, i) => 1 / (i + 1) ** 0.6);
  const burst = new Array<number>(DATA).fill(0);
  const saturationWindows = Array.from({ length: WINDOWS }, (_, w) => {
    const rhythm = 1 + 0.5 * Math.sin((2 * Math.PI * ((w % 96) / 4 - 9)) / 24);
    const demand: string[] = [];
    const surge: string[] = [];
    for (let d = 0; d < DATA; d++) {
      if (burst[d]! > 0) burst[d]!--;
      else if (rand() < 0.004) burst[d] = 8 + Math.floor(rand() * 40);
      const factor = burst[d]! > 0 ? 4 : 1;
      const value = Math.floor(
        capacity[d]! * 0.7 * popularity[d]! * rhythm * factor * (0.5 + rand()),
      );
      demand.push(String(value));
      const bps = Math.floor((value * 10_000) / capacity[d]!);
      surge.push(
        String(bps <= 10_000 ? 10_000 : Math.min(30_000, 10_000 + Math.floor((bps - 10_000) / 2))),
      );
    }
    return {
      window: String(FIRST_WINDOW + w),
      datumIndexes: Array.from({ length: DATA }, (_, d) => d),
      demand,
      capacity: capacity.map(String),
      surgeBps: surge,
      basePrices: ["100000000000000000"],
      basePriceFrom: [0],
    };
  });
  return {
    datums: Array.from({ length: DATA }, (_, d) => ({
      id: `0x${(d + 1).toString(16).padStart(64, "0")}`,
      index: d,
      latestSaturation: "1",
      latestSurge: "1",
      latestWindow: String(FIRST_WINDOW + WINDOWS - 1),
      downloadCount: 0,
      downloadRevenue: "0",
    })),
    saturationWindows,
    parameters: [],
  };
}
