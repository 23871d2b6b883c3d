// "Where would this stock go?": one stock day by day under both parameter sets, the proposed
// line inside its ≈95 % band (the measured days' scatter of activity). The chart kit's charts
// stack areas over time buckets; this one overlays lines and a band over projection days.
import { useMemo } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ImpactFigure } from "../../../../../economy/forecast-range.ts";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import { ChartCard } from "../../../../components/chart/chart-card.tsx";
import { legendToggle, useHiddenSeries } from "../../../../components/chart/legend-toggle.tsx";
import { formatAxis } from "../../../../components/chart/series.ts";
import { SeriesTooltip } from "../../../../components/chart/series-tooltip.tsx";
import type { AssetInfo } from "../../../../lib/config.ts";
import {
  CHART_STOCKS,
  type ChartStock,
  projectionData,
  projectionSeries,
  STOCK_WORDS,
} from "./projection-series.ts";
import { Segmented } from "./segmented.tsx";

const READY = { state: "ready" as const, error: null, lastGoodAt: null, retry: () => {} };
const HEIGHT = 260;

export interface ProjectionChartProps {
  current: ProjectionPoint[];
  proposed: ProjectionPoint[];
  /** the ≈95 % half-widths by day, once computed */
  range: Record<number, Record<ImpactFigure, bigint>> | null;
  stock: ChartStock;
  onStock: (s: ChartStock) => void;
  horizon: number;
  asset: AssetInfo;
}

export function ProjectionChart(props: ProjectionChartProps) {
  const { current, proposed, range, stock, horizon, asset } = props;
  const [hidden, toggle] = useHiddenSeries();
  const data = useMemo(
    () => projectionData(current, proposed, range, stock, horizon, asset),
    [current, proposed, range, stock, horizon, asset],
  );
  const rows = useMemo(
    () => data.points.map((p) => ({ t: p.t, ...p.values, band: data.bands.get(p.t) })),
    [data],
  );
  const byTime = useMemo(() => new Map(data.points.map((p) => [p.t, p])), [data]);
  const series = projectionSeries(stock);
  const [cur, prop, band] = series as [(typeof series)[0], (typeof series)[0], (typeof series)[0]];
  return (
    <ChartCard
      title={`Where would the ${STOCK_WORDS[stock].toLowerCase()} go?`}
      subtitle={`${asset.symbol}, balance at the end of each projected day, days 0–${horizon}`}
      height={HEIGHT}
      query={READY}
      empty={null}
      table={data.table}
      csvName={`projection-${stock}-${horizon}d.csv`}
      note={
        data.bands.size > 0
          ? "The band is the proposed figure's ≈95 % range from the activity's day-to-day scatter. Both lines share that noise, so the difference between them is surer than the band: its own range is in the table above."
          : null
      }
      controls={
        <Segmented
          legend="Stock"
          name="projection-stock"
          options={CHART_STOCKS}
          value={stock}
          onChange={props.onStock}
          label={(s) => STOCK_WORDS[s]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={[0, horizon]}
            tickFormatter={(d: number) => `day ${d}`}
            stroke="var(--muted)"
            fontSize={12}
            minTickGap={24}
          />
          <YAxis
            tickFormatter={formatAxis}
            stroke="var(--muted)"
            fontSize={12}
            width={52}
            domain={["auto", "auto"]}
          />
          <Tooltip
            content={
              <SeriesTooltip
                series={series.filter((s) => !hidden.has(s.key))}
                byTime={byTime}
                bucketLabel={(d) => `Day ${d}`}
              />
            }
            isAnimationActive={false}
          />
          <Legend {...legendToggle(hidden, toggle)} />
          <Area
            dataKey="band"
            name={band.label}
            stroke="none"
            fill={band.colour}
            fillOpacity={0.18}
            hide={hidden.has("band") || data.bands.size === 0}
            isAnimationActive={false}
          />
          <Line
            dataKey="current"
            name={cur.label}
            stroke={cur.colour}
            strokeDasharray="5 4"
            dot={false}
            hide={hidden.has("current")}
            isAnimationActive={false}
          />
          <Line
            dataKey="proposed"
            name={prop.label}
            stroke={prop.colour}
            strokeWidth={2}
            dot={false}
            hide={hidden.has("proposed")}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
