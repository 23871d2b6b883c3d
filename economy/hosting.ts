// Mirrors HostingRewards.hostingWeight, epochInflation and _pay.
import { BPS, type Parameters } from "./parameters.ts";

/** (hosted + hot × boost) × geographic boost, when the node's region is underserved. */
export function hostingWeight(
  p: Parameters,
  region: number,
  hostedUnits: bigint,
  hotUnits: bigint,
): bigint {
  const boosted = hostedUnits + (hotUnits * p.HOT_BOOST_BPS) / BPS;
  const underserved = ((p.UNDERSERVED_REGIONS >> BigInt(region)) & 1n) === 1n;
  const geo = underserved ? p.GEO_BOOST_BPS : 0n;
  return (boosted * (BPS + geo)) / BPS;
}

/** One epoch's inflation at the given supply: supply × annual bps / 365. */
export function epochInflation(p: Parameters, totalSupply: bigint): bigint {
  return (totalSupply * p.HOST_INFLATION_BPS) / BPS / 365n;
}

/** Each node's pro-rata part, rounded down (the dust is never minted). */
export function hostingPayouts(inflation: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, w) => a + w, 0n);
  if (total === 0n) throw new Error("NothingHosted: total hosting weight is zero");
  return weights.map((w) => (inflation * w) / total);
}
