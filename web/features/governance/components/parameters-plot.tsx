// The step plot itself (recharts, loaded after the card): the value in force as a solid
// step, the steps Queued proposals will take dashed after the indexed head.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { OKABE_ITO } from "../../../lib/palette.ts";
import type { StepPoint } from "../api/parameters-history.ts";

export interface ParametersPlotProps {
  points: StepPoint[];
  height: number;
  head: number;
  tick: (value: number) => string;
  timeLabel: (t: number) => string;
}

const dateTick = (t: number) =>
  new Date(t * 1000).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

export function ParametersPlot({ points, height, head, tick, timeLabel }: ParametersPlotProps) {
  const hasUpcoming = points.some((p) => p.upcoming !== null);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={dateTick}
          stroke="var(--muted)"
          fontSize={12}
          minTickGap={24}
        />
        <YAxis tickFormatter={tick} stroke="var(--muted)" fontSize={12} width={64} />
        <Tooltip
          content={<StepTooltip timeLabel={timeLabel} />}
          cursor={{ stroke: "var(--muted)" }}
          isAnimationActive={false}
        />
        {hasUpcoming ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {hasUpcoming ? (
          <ReferenceLine
            x={head}
            stroke="var(--muted)"
            strokeDasharray="2 4"
            label={{ value: "now", fontSize: 11, fill: "var(--muted)", position: "insideTopLeft" }}
          />
        ) : null}
        <Line
          dataKey="value"
          name="In force"
          type="stepAfter"
          stroke={OKABE_ITO.blue}
          strokeWidth={2}
          dot={<ChangeDot />}
          connectNulls={false}
          isAnimationActive={false}
        />
        {hasUpcoming ? (
          <Line
            dataKey="upcoming"
            name="Queued, not yet in force"
            type="stepAfter"
            stroke={OKABE_ITO.orange}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={<ChangeDot />}
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  stroke?: string;
  payload?: StepPoint;
}

/** A dot where a change starts, none where a step only runs on to the head. */
function ChangeDot({ cx, cy, stroke, payload }: DotProps) {
  if (!payload?.mark || cx === undefined || cy === undefined) return null;
  return <circle cx={cx} cy={cy} r={3} stroke={stroke} strokeWidth={2} fill="var(--surface)" />;
}

interface TooltipProps {
  active?: boolean;
  payload?: { payload?: StepPoint }[];
  timeLabel: (t: number) => string;
}

function StepTooltip({ active, payload, timeLabel }: TooltipProps) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  const upcoming = point.value === null;
  return (
    <div className="chart-tooltip">
      <p className="tooltip-title">
        {point.mark
          ? timeLabel(point.t)
          : upcoming
            ? "After the last queued change"
            : `${timeLabel(point.t)} (latest indexed block)`}
      </p>
      <p>
        {upcoming ? "Queued to become" : "In force"}: <strong>{point.exact}</strong>
      </p>
    </div>
  );
}
