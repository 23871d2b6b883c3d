// Stacked areas or stacked bars over time buckets (recharts). Clicking a legend entry
// hides its series; the tooltip shows the exact amounts, never the rounded geometry.

import { useMemo } from "react";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { legendToggle, useHiddenSeries } from "./legend-toggle.tsx";
import { formatAxis, formatTick, type Series, type SeriesPoint } from "./series.ts";
import { SeriesTooltip } from "./series-tooltip.tsx";

export interface TimeSeriesChartProps {
  kind: "area" | "bar";
  series: Series[];
  points: SeriesPoint[];
  height: number;
  bucketLabel: (t: number) => string;
}

export function TimeSeriesChart({
  kind,
  series,
  points,
  height,
  bucketLabel,
}: TimeSeriesChartProps) {
  const [hidden, toggle] = useHiddenSeries();
  const data = useMemo(() => points.map((p) => ({ t: p.t, ...p.values })), [points]);
  const byTime = useMemo(() => new Map(points.map((p) => [p.t, p])), [points]);
  const span = points.length > 1 ? (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0) : 0;
  const visible = series.filter((s) => !hidden.has(s.key));
  const Chart = kind === "area" ? AreaChart : BarChart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="t"
          tickFormatter={(t: number) => formatTick(t, span)}
          stroke="var(--muted)"
          fontSize={12}
          minTickGap={24}
        />
        <YAxis tickFormatter={formatAxis} stroke="var(--muted)" fontSize={12} width={48} />
        <Tooltip
          content={<SeriesTooltip series={visible} byTime={byTime} bucketLabel={bucketLabel} />}
          cursor={{ fill: "var(--cursor)" }}
          isAnimationActive={false}
        />
        <Legend {...legendToggle(hidden, toggle)} />
        {kind === "bar" ? <ReferenceLine y={0} stroke="var(--muted)" /> : null}
        {series.map((s) =>
          kind === "area" ? (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId={s.stack ?? "all"}
              stroke={s.colour}
              fill={s.colour}
              fillOpacity={0.55}
              hide={hidden.has(s.key)}
              type="stepAfter"
              isAnimationActive={false}
            />
          ) : (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId={s.stack ?? "all"}
              fill={s.colour}
              hide={hidden.has(s.key)}
              isAnimationActive={false}
            />
          ),
        )}
      </Chart>
    </ResponsiveContainer>
  );
}
