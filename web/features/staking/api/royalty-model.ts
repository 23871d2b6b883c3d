// Pure derivations for NFT sales and royalties: per-day series by role, the range's totals,
// and the shares they imply. Amounts stay bigint; shares are ratios of bigints.
import type { SeriesPoint } from "../../../components/chart/series.ts";
import type { RoyaltiesViewQuery } from "../../../gql/graphql.ts";
import { formatExact, ratio, toBigInt, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { DAY } from "../../../lib/time-range.ts";

export const ROYALTY_ROLES = ["CREATOR", "DATASET_CONTRIBUTOR", "FINE_TUNER", "COMMUNITY"] as const;
export type RoyaltyRole = (typeof ROYALTY_ROLES)[number];

/** RoyaltyDay field and RoyaltiesView alias of each role. */
const ROLE_FIELD = {
  CREATOR: "creator",
  DATASET_CONTRIBUTOR: "datasetContributors",
  FINE_TUNER: "fineTuners",
  COMMUNITY: "community",
} as const;
const EARNER_FIELD = {
  CREATOR: "creators",
  DATASET_CONTRIBUTOR: "datasetContributors",
  FINE_TUNER: "fineTuners",
  COMMUNITY: "community",
} as const;

/** The governed share of each role, as its ParameterKey. */
export const ROLE_PARAMETER: Record<RoyaltyRole, string> = {
  CREATOR: "ROYALTY_CREATOR_BPS",
  DATASET_CONTRIBUTOR: "ROYALTY_DATASET_BPS",
  FINE_TUNER: "ROYALTY_FINETUNER_BPS",
  COMMUNITY: "ROYALTY_COMMUNITY_BPS",
};

export const ROLE_SHARE_FORMULA =
  "role share = royalties paid to the role ÷ all royalties paid, in the range";
export const ROYALTY_RATE_FORMULA = "royalty rate = royalties of the range's sales ÷ their prices";

type Day = RoyaltiesViewQuery["royaltyDays"][number];

export interface RoyaltyTotals {
  sales: number;
  volume: bigint;
  royalty: bigint;
  payments: number;
  byRole: Record<RoyaltyRole, bigint>;
}

const roleAmount = (day: Day, role: RoyaltyRole) => toBigInt(day[ROLE_FIELD[role]]);

export function royaltyTotals(days: Day[]): RoyaltyTotals {
  const byRole = Object.fromEntries(ROYALTY_ROLES.map((r) => [r, 0n])) as Record<
    RoyaltyRole,
    bigint
  >;
  let volume = 0n;
  let royalty = 0n;
  let sales = 0;
  let payments = 0;
  for (const day of days) {
    for (const role of ROYALTY_ROLES) byRole[role] += roleAmount(day, role);
    volume += toBigInt(day.saleVolume);
    royalty += toBigInt(day.royalty);
    sales += day.saleCount;
    payments += day.paymentCount;
  }
  return { sales, volume, royalty, payments, byRole };
}

/** Each role's part of the royalties paid in the range (0 for all when none were). */
export function roleShares(t: RoyaltyTotals): Record<RoyaltyRole, number> {
  const paid = ROYALTY_ROLES.reduce((s, r) => s + t.byRole[r], 0n);
  return Object.fromEntries(ROYALTY_ROLES.map((r) => [r, ratio(t.byRole[r], paid)])) as Record<
    RoyaltyRole,
    number
  >;
}

/** Royalty as a share of sale prices; null without sales. */
export function royaltyRate(t: RoyaltyTotals): number | null {
  return t.volume === 0n ? null : ratio(t.royalty, t.volume);
}

export function royaltyPoints(days: Day[], buckets: number[], asset: AssetInfo): SeriesPoint[] {
  const byDay = new Map(days.map((d) => [d.dayId, d]));
  return buckets.map((id) => {
    const day = byDay.get(id);
    const values: Record<string, number> = {};
    const exact: Record<string, string> = {};
    for (const role of ROYALTY_ROLES) {
      const amount = day ? roleAmount(day, role) : 0n;
      values[role] = toChartNumber(amount, asset.decimals);
      exact[role] = `${formatExact(amount, asset.decimals)} ${asset.symbol}`;
    }
    return { t: id * DAY, values, exact };
  });
}

export function salePoints(days: Day[], buckets: number[], asset: AssetInfo): SeriesPoint[] {
  const byDay = new Map(days.map((d) => [d.dayId, d]));
  return buckets.map((id) => {
    const day = byDay.get(id);
    const volume = day ? toBigInt(day.saleVolume) : 0n;
    const sales = day?.saleCount ?? 0;
    return {
      t: id * DAY,
      values: { VOLUME: toChartNumber(volume, asset.decimals) },
      exact: {
        VOLUME: `${formatExact(volume, asset.decimals)} ${asset.symbol} in ${sales} sale${sales === 1 ? "" : "s"}`,
      },
    };
  });
}

export type Earner = RoyaltiesViewQuery["creators"][number];

export function earnersOf(data: RoyaltiesViewQuery, role: RoyaltyRole): Earner[] {
  return data[EARNER_FIELD[role]];
}
