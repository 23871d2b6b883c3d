// The numbers behind the projection chart: one stock day by day under the current and the
// proposed parameters, with the proposed figure's ≈95 % band once computed. Numbers for the
// geometry only; the exact amounts go to the tooltip and the table.
import type { ImpactFigure } from "../../../../../economy/forecast-range.ts";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import type { Series, SeriesPoint } from "../../../../components/chart/series.ts";
import type { TableSpec } from "../../../../components/chart/table-spec.ts";
import { formatExact, toChartNumber } from "../../../../lib/amount.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { STOCK_COLOURS } from "../../../../lib/palette.ts";

export const CHART_STOCKS = ["communityTreasury", "companyReserve", "stableReserve"] as const;
export type ChartStock = (typeof CHART_STOCKS)[number];

export const STOCK_WORDS: Record<ChartStock, string> = {
  companyReserve: "Company reserve",
  communityTreasury: "Community treasury",
  stableReserve: "Stable reserve",
};

const COLOUR: Record<ChartStock, string> = {
  companyReserve: STOCK_COLOURS.COMPANY_RESERVE!,
  communityTreasury: STOCK_COLOURS.COMMUNITY_TREASURY!,
  stableReserve: STOCK_COLOURS.STABLE_RESERVE!,
};

export function projectionSeries(stock: ChartStock): Series[] {
  return [
    { key: "current", label: "Current parameters", colour: "var(--muted)" },
    { key: "proposed", label: "Proposed parameters", colour: COLOUR[stock] },
    { key: "band", label: "Proposed, ≈95 % range", colour: COLOUR[stock] },
  ];
}

export interface ProjectionData {
  points: SeriesPoint[];
  /** [low, high] of the proposed figure by day, for the band (absent before the range) */
  bands: Map<number, [number, number]>;
  table: TableSpec;
}

export function projectionData(
  current: ProjectionPoint[],
  proposed: ProjectionPoint[],
  range: Record<number, Record<ImpactFigure, bigint>> | null,
  stock: ChartStock,
  horizon: number,
  asset: AssetInfo,
): ProjectionData {
  const num = (v: bigint) => toChartNumber(v, asset.decimals);
  const plain = (v: bigint) => formatExact(v, asset.decimals).replaceAll(",", "");
  const exact = (v: bigint) => `${formatExact(v, asset.decimals)} ${asset.symbol}`;
  const points: SeriesPoint[] = [];
  const bands = new Map<number, [number, number]>();
  const rows: TableSpec["rows"] = [];
  const days = Math.min(horizon, current.length - 1, proposed.length - 1);
  for (let day = 0; day <= days; day++) {
    const c = current[day]!.stocks[stock];
    const p = proposed[day]!.stocks[stock];
    // day 0 is the start itself: no spread yet
    const half = range === null ? undefined : day === 0 ? 0n : range[day]?.[stock];
    const values: Record<string, number> = { current: num(c), proposed: num(p) };
    const texts: Record<string, string> = { current: exact(c), proposed: exact(p) };
    if (half !== undefined) {
      bands.set(day, [num(p - half), num(p + half)]);
      texts.band = `${exact(p - half)} to ${exact(p + half)}`;
    }
    points.push({ t: day, values, exact: texts });
    rows.push([
      String(day),
      { text: exact(c), csv: plain(c) },
      { text: exact(p), csv: plain(p) },
      half === undefined
        ? { text: "–", csv: "" }
        : {
            text: `± ${formatExact(half, asset.decimals)}`,
            csv: plain(half),
          },
    ]);
  }
  const table: TableSpec = {
    columns: [
      { label: "Day" },
      { label: `Current parameters (${asset.symbol})`, numeric: true },
      { label: `Proposed parameters (${asset.symbol})`, numeric: true },
      { label: "Proposed, ≈95 % half-width", numeric: true },
    ],
    rows,
    source: "economy/ projections of the measured activity (no indexed entity: computed here)",
  };
  return { points, bands, table };
}
