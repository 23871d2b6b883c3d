// The activity and start a projection assumes when none is measured (the model's own tests,
// the policy comparisons): a mid-sized community a few months in.
import { DAY, TOKEN } from "./parameters.ts";
import type { Activity, ProjectionStart } from "./projection.ts";

export const DEFAULT_ACTIVITY: Activity = {
  generationsPerDay: 400n,
  sharesPerDay: 40n,
  mintsPerDay: 10n,
  salesPerDay: 5n,
  averageSalePrice: 50n * TOKEN,
  downloadsPerDay: 200n,
  averageSurgeBps: 12_000n,
  stakers: 50n,
  stakePerStaker: 5_000n * TOKEN,
  lockDuration: 90n * DAY,
  hostingNodes: 8,
  hostedUnitsPerNode: 100n,
  hotUnitsPerNode: 10n,
  slashesPerDay: 0n,
  buybackBpsPerDay: 0n,
};

export const DEFAULT_START: ProjectionStart = {
  companyReserve: 78_000_000n * TOKEN,
  communityTreasury: 0n,
  stableReserve: 0n,
  holders: 20_000_000n * TOKEN,
  liquidityTokens: 2_000_000n * TOKEN,
  liquidityStable: 1_000_000n * 10n ** 6n,
};
