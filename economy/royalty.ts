// Mirrors RoyaltySplit.split and NftMarket._payRoyalties (the first contributor takes the dust).
import { BPS, type Parameters } from "./parameters.ts";

export interface RoyaltyParts {
  total: bigint;
  creator: bigint;
  datasets: bigint;
  fineTuner: bigint;
  /** the remainder, so the parts always sum to the royalty */
  community: bigint;
}

export function royaltySplit(price: bigint, p: Parameters): RoyaltyParts {
  const total = (price * p.ROYALTY_BPS) / BPS;
  const creator = (total * p.ROYALTY_CREATOR_BPS) / BPS;
  const datasets = (total * p.ROYALTY_DATASET_BPS) / BPS;
  const fineTuner = (total * p.ROYALTY_FINETUNER_BPS) / BPS;
  return { total, creator, datasets, fineTuner, community: total - creator - datasets - fineTuner };
}

/** Equal shares of the datasets part; the first contributor also takes the rounding dust. */
export function datasetShares(datasets: bigint, contributors: number): bigint[] {
  if (contributors <= 0) throw new Error("an NFT has at least one dataset contributor");
  const n = BigInt(contributors);
  const each = datasets / n;
  const dust = datasets - each * n;
  return Array.from({ length: contributors }, (_, i) => (i === 0 ? each + dust : each));
}

/** What the seller keeps after royalties. */
export function sellerProceeds(price: bigint, parts: RoyaltyParts): bigint {
  return price - parts.total;
}
