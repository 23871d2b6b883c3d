// The heatmap in its chart card: question, unit and range, legend, the canvas, and a table
// of the same data by datum and UTC day for readers (and screen readers) who want numbers.
import { useMemo, useState } from "react";
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { overallSaturationBps } from "../api/saturation-buckets.ts";
import { dayLabel, ratioText, surgeText } from "../api/saturation-format.ts";
import type { HeatmapGrid } from "../api/saturation-grid.ts";
import { layoutFor } from "./heatmap-draw.ts";
import type { PriceUnit } from "./heatmap-tooltip.tsx";
import { SaturationHeatmap } from "./saturation-heatmap.tsx";
import { SaturationLegend } from "./saturation-legend.tsx";

export interface HeatmapCardProps {
  grid: HeatmapGrid | null;
  query: QueryState;
  subtitle: string;
  selected: string | null;
  onSelect: (datum: string) => void;
  price: PriceUnit;
  formula: string;
}

function tableOf(grid: HeatmapGrid): TableSpec {
  return {
    source: grid.range.bucketing === "window" ? "SaturationWindow" : "SaturationDay",
    columns: [
      { label: "Datum" },
      { label: "Day (UTC)" },
      { label: "Windows sampled", numeric: true },
      { label: "Above capacity", numeric: true },
      { label: "Peak saturation", numeric: true },
      { label: "Highest surge", numeric: true },
      { label: "Σ demand ÷ Σ capacity", numeric: true },
    ],
    rows: grid.rows.flatMap((d) =>
      [...d.days].map(([day, s]) => [
        { text: `${d.id.slice(0, 10)}…`, csv: d.id, title: d.id },
        dayLabel(day),
        String(s.samples),
        String(s.saturatedWindows),
        ratioText(s.peakSaturationBps),
        surgeText(s.peakSurgeBps),
        ratioText(overallSaturationBps(s)),
      ]),
    ),
  };
}

export function HeatmapCard({
  grid,
  query,
  subtitle,
  selected,
  onSelect,
  price,
  formula,
}: HeatmapCardProps) {
  const [onlyAbove, setOnlyAbove] = useState(false);
  const shown = useMemo(() => {
    if (!grid || !onlyAbove) return grid;
    const values = grid.values.map((v) => (v > 1 ? v : Number.NaN));
    return { ...grid, values };
  }, [grid, onlyAbove]);
  const table = useMemo(() => (grid ? tableOf(grid) : null), [grid]);
  const byWindow = grid?.range.bucketing !== "day";
  const more =
    grid && grid.sampled.length > grid.rows.length ? grid.sampled.length - grid.rows.length : 0;
  return (
    <ChartCard
      title="Which data are in demand beyond their upload capacity?"
      subtitle={`Saturation (download demand ÷ upload capacity) per datum per ${byWindow ? "15-minute window" : "UTC day, its hottest window"}, ${subtitle}${more ? `; the ${grid?.rows.length} hottest of ${grid?.sampled.length} data` : ""}`}
      // formula, legend, axis and the note below the grid take ~150 px
      height={grid ? Math.max(200, layoutFor(0, grid.rows.length, 1).height + 150) : 470}
      query={query}
      empty={
        grid && grid.rows.length === 0
          ? "No datum was sampled in this range: the oracle reports each 15-minute window after it ends, so pick a range that includes indexed windows."
          : null
      }
      table={table}
      csvName={`saturation-${byWindow ? "windows" : "days"}.csv`}
    >
      {shown ? (
        <>
          <details className="formula">
            <summary>Saturation, surge and price</summary>
            <p>{formula}</p>
          </details>
          <SaturationLegend onlyAbove={onlyAbove} onOnlyAbove={setOnlyAbove} />
          <SaturationHeatmap grid={shown} selected={selected} onSelect={onSelect} price={price} />
          <p className="note">
            Hover a cell for its exact figures{byWindow ? " and the download price it set" : ""},
            click it to open the datum.
            {byWindow ? "" : " Ranges longer than 7 days are drawn by UTC day."}
          </p>
        </>
      ) : null}
    </ChartCard>
  );
}
