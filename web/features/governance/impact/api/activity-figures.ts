// The measured activity as the figures the screen lists, each with the entity it comes from.
import { DAY } from "../../../../../economy/parameters.ts";
import type { Activity } from "../../../../../economy/projection.ts";
import type { Figure } from "./measure-activity.ts";

/** What the figures' sources name beside the activity's own values. */
export interface FigureParts {
  /** hosting nodes' positions taken out of the stakers */
  hosts: number;
  /** the latest hosting epoch reported in the window */
  epoch: string | null;
  /** hosting reports averaged */
  reports: number;
}

/** The window's counts (totals over `days`), stakes and hosting, as listed on screen. */
export function activityFigures(a: Activity, days: number, parts: FigureParts): Figure[] {
  const span = `${days} d`;
  return [
    count("Generations", a.generationsPerDay, days, `FeeDay GENERATION quantity, ${span}`),
    count(
      "Shares (published works)",
      a.sharesPerDay,
      days,
      `EmissionActivity.shares, ${span} of epochs`,
    ),
    count("NFT mints", a.mintsPerDay, days, `FeeDay MINT count, ${span}`),
    count("NFT sales", a.salesPerDay, days, `RoyaltyDay.saleCount, ${span}`),
    tok("Average sale price", a.averageSalePrice, "RoyaltyDay saleVolume ÷ saleCount"),
    count("Downloads", a.downloadsPerDay, days, `FeeDay DOWNLOAD count, ${span}`),
    {
      label: "Average surge paid",
      value: a.averageSurgeBps,
      unit: "bps",
      source: "FeeDay DOWNLOAD amount ÷ (count × DOWNLOAD_BASE_PRICE)",
    },
    {
      label: "Stakers",
      value: a.stakers,
      unit: "count",
      source: `StakingTotals.openPositions less ${parts.hosts} hosting nodes' positions`,
    },
    tok("Stake per staker", a.stakePerStaker, "StakingTotals.staked less nodes' stake, ÷ stakers"),
    {
      label: "Average lock",
      value: a.lockDuration / DAY,
      unit: "days",
      source: "StakeLock amount-weighted lockDays, nodes' positions taken out",
    },
    {
      label: "Hosting nodes",
      value: BigInt(a.hostingNodes),
      unit: "count",
      source: `HostingReport nodes of epoch ${parts.epoch ?? "–"}`,
    },
    tok(
      "Stake per hosting node",
      a.stakePerNode ?? 0n,
      "HostingNode.position amount, mean over open positions (slashes take a share of it)",
    ),
    {
      label: "Hosted units per node",
      value: a.hostedUnitsPerNode,
      unit: "count",
      source: `HostingReport.hostedUnits mean, ${parts.reports} reports`,
    },
    {
      label: "Hot units per node",
      value: a.hotUnitsPerNode,
      unit: "count",
      source: `HostingReport.hotUnits mean, ${parts.reports} reports`,
    },
    count("Slashes", a.slashesPerDay, days, `StakingDay.slashCount, ${span}`),
  ];
}

function count(label: string, total: bigint, days: number, source: string): Figure {
  return { label, value: total, unit: "count", perDays: days, source };
}

function tok(label: string, value: bigint, source: string): Figure {
  return { label, value, unit: "token", source };
}
