// Saturation and surge of one datum over time on one axis (both are multiples: ×1 is
// capacity for saturation and the base price for surge), the 1.0 line marked. Legend
// entries hide their line; the tooltip shows the exact figures of the hovered bucket.

import { useMemo } from "react";
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
import { legendToggle, useHiddenSeries } from "../../../components/chart/legend-toggle.tsx";
import { formatTick } from "../../../components/chart/series.ts";
import { OKABE_ITO } from "../../../lib/palette.ts";
import type { SaturationPoint } from "../api/saturation-detail-model.ts";

const SERIES = [
  { key: "saturation", label: "Saturation (demand ÷ capacity)", colour: OKABE_ITO.blue },
  { key: "surge", label: "Surge multiplier", colour: OKABE_ITO.vermillion },
] as const;

export function SaturationLineChart({
  points,
  height,
  bucketLabel,
}: {
  points: SaturationPoint[];
  height: number;
  bucketLabel: (t: number) => string;
}) {
  const [hidden, toggle] = useHiddenSeries();
  const byTime = useMemo(() => new Map(points.map((p) => [p.t, p])), [points]);
  const span = points.length > 1 ? (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0) : 0;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={["dataMin", "dataMax"]}
          ticks={ticksOf(points, span)}
          tickFormatter={(t: number) => formatTick(t, span)}
          stroke="var(--muted)"
          fontSize={12}
          minTickGap={24}
        />
        <YAxis
          stroke="var(--muted)"
          fontSize={12}
          width={40}
          tickFormatter={(v: number) => `${v}×`}
        />
        <ReferenceLine
          y={1}
          stroke="var(--text)"
          strokeDasharray="4 3"
          label={{
            value: "capacity (1.0)",
            position: "insideTopLeft",
            fontSize: 11,
            fill: "var(--muted)",
          }}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, label }) => {
            const p = active && label !== undefined ? byTime.get(Number(label)) : undefined;
            if (!p) return null;
            return (
              <div className="chart-tooltip">
                <p className="tooltip-title">{bucketLabel(p.t)}</p>
                {p.exact.length === 0 ? (
                  <p className="muted">Not sampled.</p>
                ) : (
                  <ul>
                    {p.exact.map((line) => (
                      <li key={line.label}>
                        {line.label}: <strong>{line.value}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          }}
        />
        <Legend {...legendToggle(hidden, toggle)} />
        {SERIES.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            dot={false}
            strokeWidth={1.5}
            type="stepAfter"
            hide={hidden.has(s.key)}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Ticks on UTC midnights (or every 3 hours within two days), so no date repeats. */
function ticksOf(points: SaturationPoint[], span: number): number[] {
  const first = points[0]?.t;
  const last = points.at(-1)?.t;
  if (first === undefined || last === undefined) return [];
  const step = span <= 2 * 86_400 ? 3 * 3600 : 86_400 * Math.max(1, Math.ceil(span / 86_400 / 10));
  const ticks: number[] = [];
  for (let t = Math.ceil(first / step) * step; t <= last; t += step) ticks.push(t);
  return ticks;
}
