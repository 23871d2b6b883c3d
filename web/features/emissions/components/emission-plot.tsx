// The recharts drawing of the cumulative emission (loaded after the page's figures): the
// stacked actual areas, the schedule, the dashed projection and the parameter marks.
// Clicking a legend entry hides its series; the tooltip shows exact amounts.

import { useMemo } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
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
import type { ParamChange } from "../api/emission-params.ts";

export interface EmissionPlotProps {
  points: SeriesPoint[];
  /** every series: the stacked ones, then `scheduled` and `projected` */
  series: Series[];
  stacked: string[];
  marks: ParamChange[];
  span: number;
  height: number;
  bucketLabel: (t: number) => string;
}

export function EmissionPlot(props: EmissionPlotProps) {
  const { points, series, stacked, marks, span, height, bucketLabel } = props;
  const [hidden, toggle] = useHiddenSeries();
  const byTime = useMemo(() => new Map(points.map((p) => [p.t, p])), [points]);
  const data = useMemo(() => points.map((p) => ({ t: p.t, ...p.values })), [points]);
  const of = (key: string) => series.find((s) => s.key === key);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
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
        <YAxis tickFormatter={formatAxis} stroke="var(--muted)" fontSize={12} width={52} />
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
        {stacked.map((k) => (
          <Area
            key={k}
            dataKey={k}
            name={of(k)?.label}
            stackId="actual"
            stroke={of(k)?.colour}
            fill={of(k)?.colour}
            fillOpacity={0.5}
            hide={hidden.has(k)}
            type="linear"
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
        <Line
          dataKey="scheduled"
          name={of("scheduled")?.label}
          stroke={of("scheduled")?.colour}
          strokeDasharray="2 3"
          dot={false}
          hide={hidden.has("scheduled")}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="projected"
          name={of("projected")?.label}
          stroke={of("projected")?.colour}
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={false}
          hide={hidden.has("projected")}
          isAnimationActive={false}
          connectNulls={false}
        />
        {marks.map((m, i) => (
          <ReferenceLine
            key={m.id}
            x={m.timestamp}
            stroke={OKABE_ITO.purple}
            strokeDasharray="4 2"
            label={{ value: `${i + 1}`, position: "top", fill: OKABE_ITO.purple, fontSize: 12 }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
