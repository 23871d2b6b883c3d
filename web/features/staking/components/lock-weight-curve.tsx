// The lock-weight curve the vault applies (economy/lock-weight.ts with the parameters in
// force) and each lock length's positions placed on it, sized by what they stake now.

import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { legendToggle, useHiddenSeries } from "../../../components/chart/legend-toggle.tsx";
import { STAKING_COLOURS } from "../../../lib/palette.ts";

export interface CurvePoint {
  days: number;
  /** the curve's multiplier at this lock length */
  curve: number;
}

export interface PlacedGroup {
  key: string;
  label: string;
  days: number;
  /** the group's own multiplier (its weight ÷ stake at staking) */
  multiplier: number;
  /** chart geometry: stake now, in whole tokens */
  size: number;
  lines: string[];
}

export interface LockWeightCurveProps {
  curve: CurvePoint[];
  groups: PlacedGroup[];
  height: number;
  selected: string | null;
  onSelect: (key: string) => void;
}

const formatMultiplier = (m: number) => `${m.toFixed(2)}×`;

export function LockWeightCurve({
  curve,
  groups,
  height,
  selected,
  onSelect,
}: LockWeightCurveProps) {
  const [hidden, toggle] = useHiddenSeries();
  const maxDays = Math.max(curve.at(-1)?.days ?? 0, ...groups.map((g) => g.days));
  const shape = (props: unknown) => {
    const { cx, cy, payload, width } = props as {
      cx: number;
      cy: number;
      width?: number;
      payload: PlacedGroup;
    };
    const r = Math.max(4, (width ?? 8) / 2);
    const isSelected = payload.key === selected;
    return (
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill={STAKING_COLOURS.STAKE}
        fillOpacity={selected && !isSelected ? 0.35 : 0.75}
        stroke={isSelected ? "var(--text, #111)" : STAKING_COLOURS.STAKE}
        strokeWidth={isSelected ? 2.5 : 1}
        style={{ cursor: "pointer" }}
      />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
        <XAxis
          type="number"
          dataKey="days"
          domain={[0, Math.ceil(maxDays)]}
          stroke="var(--muted)"
          fontSize={12}
          tickFormatter={(d: number) => `${Math.round(d)} d`}
          label={{
            value: "lock length (days)",
            position: "insideBottom",
            offset: -10,
            fontSize: 12,
          }}
        />
        <YAxis
          type="number"
          domain={[1, (max: number) => Math.max(1.5, Math.ceil(max * 4) / 4)]}
          stroke="var(--muted)"
          fontSize={12}
          width={48}
          tickFormatter={formatMultiplier}
        />
        <ZAxis type="number" dataKey="size" range={[40, 700]} />
        <Tooltip
          // Per item: a position shows its own figures.
          shared={false}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const point = active ? payload?.[0]?.payload : undefined;
            if (!point) return null;
            if ("key" in point) {
              const g = point as PlacedGroup;
              return (
                <div className="chart-tooltip">
                  <p className="tooltip-title">Lock {g.label}</p>
                  <ul>
                    {g.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              );
            }
            const c = point as CurvePoint;
            return (
              <div className="chart-tooltip">
                <p className="tooltip-title">Curve at {c.days.toFixed(1)} days</p>
                <p>
                  multiplier <strong>{c.curve.toFixed(4)}×</strong>
                </p>
              </div>
            );
          }}
        />
        <Legend verticalAlign="top" {...legendToggle(hidden, toggle)} />
        <Line
          data={curve}
          dataKey="curve"
          name="Lock-weight curve (parameters in force)"
          stroke={STAKING_COLOURS.CURVE}
          strokeWidth={2}
          // No hover targets on the line: they would cover the positions; the table view
          // gives the curve's value at every lock length staked.
          dot={false}
          activeDot={false}
          type="monotone"
          hide={hidden.has("curve")}
          isAnimationActive={false}
        />
        <Scatter
          data={groups}
          dataKey="multiplier"
          name="Positions by lock length (size: staked now)"
          fill={STAKING_COLOURS.STAKE}
          shape={shape}
          // Keyboard users select a lock length from the table below, whose rows are buttons.
          onClick={(point) => onSelect((point.payload as PlacedGroup).key)}
          hide={hidden.has("multiplier")}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
