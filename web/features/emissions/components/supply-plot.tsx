// The recharts drawing of the supply by day (loaded after the page's figures): a line per
// series, burned on its own axis; clicking a legend entry hides its series.

import { useMemo } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { legendToggle, useHiddenSeries } from "../../../components/chart/legend-toggle.tsx";
import {
  formatAxis,
  formatTick,
  type Series,
  type SeriesPoint,
} from "../../../components/chart/series.ts";
import { SeriesTooltip } from "../../../components/chart/series-tooltip.tsx";
import { OKABE_ITO } from "../../../lib/palette.ts";

export interface SupplyPlotProps {
  points: SeriesPoint[];
  series: Series[];
  span: number;
  height: number;
  bucketLabel: (t: number) => string;
}

export function SupplyPlot({ points, series, span, height, bucketLabel }: SupplyPlotProps) {
  const [hidden, toggle] = useHiddenSeries();
  const data = useMemo(() => points.map((p) => ({ t: p.t, ...p.values })), [points]);
  const byTime = useMemo(() => new Map(points.map((p) => [p.t, p])), [points]);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={["dataMin", "dataMax"]}
          scale="time"
          tickFormatter={(t: number) => formatTick(t, span)}
          stroke="var(--muted)"
          fontSize={12}
          minTickGap={28}
        />
        <YAxis
          yAxisId="left"
          tickFormatter={formatAxis}
          stroke="var(--muted)"
          fontSize={12}
          width={52}
        />
        <YAxis
          yAxisId="right"
          orientation="right"
          tickFormatter={formatAxis}
          stroke={OKABE_ITO.vermillion}
          fontSize={12}
          width={48}
        />
        <Tooltip
          content={
            <SeriesTooltip
              series={series.filter((s) => !hidden.has(s.key))}
              byTime={byTime}
              bucketLabel={bucketLabel}
            />
          }
          isAnimationActive={false}
        />
        <Legend {...legendToggle(hidden, toggle)} />
        {series.map((s) => (
          <Line
            key={s.key}
            yAxisId={s.key === "burned" ? "right" : "left"}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={s.key === "total" ? 2 : 1.5}
            type="stepAfter"
            dot={false}
            hide={hidden.has(s.key)}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
