// Supply per UTC day: total, circulating (holders' wallets), staked (the staking vault),
// in the treasury stocks (company reserve, community treasury, stable reserve) and burned.
// Days without an event keep the previous day's figures.
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { toBigInt } from "../../../lib/amount.ts";
import { DAY } from "../../../lib/time-range.ts";

export const SUPPLY_SERIES = ["total", "circulating", "staked", "treasury", "burned"] as const;
export type SupplySeries = (typeof SUPPLY_SERIES)[number];

export interface SupplyRow extends Record<SupplySeries, bigint> {
  dayId: number;
  /** start of the day, unix seconds */
  t: number;
}

const TREASURY_STOCKS = ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "STABLE_RESERVE"];

/** Carries a sparse list of (day, value) forward over `days`; 0 before the first. */
function carry(points: [number, bigint][], days: number[]): Map<number, bigint> {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const out = new Map<number, bigint>();
  let i = 0;
  let value = 0n;
  for (const d of days) {
    while (i < sorted.length && (sorted[i]?.[0] ?? Infinity) <= d)
      value = sorted[i++]?.[1] ?? value;
    out.set(d, value);
  }
  return out;
}

export function supplyRows(data: EmissionsQuery, days: number[]): SupplyRow[] {
  const supply = data.supplyDays.map((s) => [s.dayId, s] as const);
  const total = carry(
    supply.map(([d, s]) => [d, toBigInt(s.totalSupply)]),
    days,
  );
  const circulating = carry(
    supply.map(([d, s]) => [d, toBigInt(s.circulating)]),
    days,
  );
  const burned = carry(
    supply.map(([d, s]) => [d, toBigInt(s.burned)]),
    days,
  );
  const stock = (ids: string[]) => {
    const series = data.stockBalances
      .filter((b) => ids.includes(b.stock.id))
      .map((b) =>
        carry(
          b.days.map((d) => [d.dayId, toBigInt(d.balance)]),
          days,
        ),
      );
    return (day: number) => series.reduce((a, m) => a + (m.get(day) ?? 0n), 0n);
  };
  const staked = stock(["STAKING_VAULT"]);
  const treasury = stock(TREASURY_STOCKS);
  return days.map((dayId) => ({
    dayId,
    t: dayId * DAY,
    total: total.get(dayId) ?? 0n,
    circulating: circulating.get(dayId) ?? 0n,
    staked: staked(dayId),
    treasury: treasury(dayId),
    burned: burned.get(dayId) ?? 0n,
  }));
}

/** Every day from the first supply row to the head's day. */
export function supplyDays(data: EmissionsQuery, headDay: number): number[] {
  const first = data.supplyDays.reduce((m, s) => Math.min(m, s.dayId), headDay);
  const days: number[] = [];
  for (let d = first; d <= headDay; d++) days.push(d);
  return days;
}
