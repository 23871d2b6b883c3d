// Download demand per datum per 15-minute window: a few hot data and a long tail (Zipf
// popularity), a daily rhythm, and bursts when a datum suddenly trends.
import { keccak256, stringToHex } from "viem";
import type { Host } from "./population.ts";
import type { Rng } from "./prng.ts";

export const DATA_COUNT = 32;

export interface Datum {
  id: `0x${string}`;
  /** storage units it occupies on each host */
  size: bigint;
  popularity: number;
  capacity: bigint;
  burst: { factor: number; windowsLeft: number };
  /** windows of the current epoch it spent saturated */
  hotWindows: number;
  lastDemand: bigint;
}

export function createData(rng: Rng, hosts: Host[]): Datum[] {
  return Array.from({ length: DATA_COUNT }, (_, i) => {
    // capacity: each host splits its upload bandwidth evenly across what it hosts
    let capacity = 0;
    for (const h of hosts)
      if (h.data.includes(i)) capacity += Math.floor(h.capacity / h.data.length);
    return {
      id: keccak256(stringToHex(`watershed-datum-${i}`)),
      size: BigInt(rng.range(1, 20)),
      popularity: 1 / (i + 1) ** 1.1,
      capacity: BigInt(Math.max(1, capacity)),
      burst: { factor: 1, windowsLeft: 0 },
      hotWindows: 0,
      lastDemand: 0n,
    };
  });
}

/** Busier in the (UTC) afternoon, quieter at night. */
export function diurnal(timestamp: bigint): number {
  const hour = Number(timestamp % 86_400n) / 3600;
  return 1 + 0.5 * Math.sin((2 * Math.PI * (hour - 9)) / 24);
}

/** Draws one window's demand for every datum and advances the bursts. */
export function drawDemand(rng: Rng, data: Datum[], timestamp: bigint): bigint[] {
  const mean = data.reduce((a, d) => a + d.popularity, 0) / data.length;
  const rhythm = diurnal(timestamp);
  return data.map((d) => {
    if (d.burst.windowsLeft > 0) d.burst.windowsLeft--;
    else if (rng.chance(0.003))
      d.burst = { factor: 3 + rng.next() * 9, windowsLeft: rng.range(8, 48) };
    const factor = d.burst.windowsLeft > 0 ? d.burst.factor : 1;
    const lambda = Number(d.capacity) * 0.35 * Math.sqrt(d.popularity / mean) * rhythm * factor;
    const demand = BigInt(rng.poisson(lambda));
    if (demand > d.capacity) d.hotWindows++;
    d.lastDemand = demand;
    return demand;
  });
}
