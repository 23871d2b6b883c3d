// What an impact preview compares, apart from the model that computes it: the browser's main
// thread imports these, the projection itself runs in a worker.
export const IMPACT_HORIZONS = [30, 90, 365] as const;

export const IMPACT_METRICS = [
  "companyReserve",
  "communityTreasury",
  "stableReserve",
  "emissions",
  "stakerIncome",
  "creatorIncome",
  "hostIncome",
] as const;
export type ImpactMetric = (typeof IMPACT_METRICS)[number];
