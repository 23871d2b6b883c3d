// Runway = stable reserve ÷ average monthly net outflow over a trailing window, in bigint
// until the final ratio. A month is 30 days, the convention of DAO treasury reports.

export const RUNWAY_WINDOWS = [30, 90] as const;
export type RunwayWindow = (typeof RUNWAY_WINDOWS)[number];

export const RUNWAY_FORMULA =
  "runway (months) = stable reserve balance ÷ (net outflow over the trailing window × 30 ÷ window days)";

export interface RunwayInput {
  balance: bigint;
  /** inflows and outflows of the stable reserve over the trailing window */
  inflow: bigint;
  outflow: bigint;
  windowDays: number;
}

export interface Runway {
  /** net outflow over 30 days at the window's average pace (0 or less: not spending) */
  monthlyNetOutflow: bigint;
  /** months left at that pace; null when the reserve is not shrinking */
  months: number | null;
}

export function computeRunway({ balance, inflow, outflow, windowDays }: RunwayInput): Runway {
  const net = outflow - inflow;
  const monthlyNetOutflow = (net * 30n) / BigInt(windowDays);
  if (net <= 0n) return { monthlyNetOutflow, months: null };
  // months = balance·windowDays / (net·30); keep two decimals through the integer division.
  const hundredths = (balance * BigInt(windowDays) * 100n) / (net * 30n);
  return { monthlyNetOutflow, months: Number(hundredths) / 100 };
}
