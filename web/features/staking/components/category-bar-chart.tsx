// Bars by category (lock lengths), grouped by series; legend entries hide their series and
// the tooltip shows exact text, never the rounded geometry.

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { legendToggle, useHiddenSeries } from "../../../components/chart/legend-toggle.tsx";
import type { Series } from "../../../components/chart/series.ts";

export interface CategoryRow {
  key: string;
  label: string;
  values: Record<string, number>;
  /** exact text per series key, plus optional extra lines for the tooltip */
  exact: Record<string, string>;
  extra?: string[];
}

export interface CategoryBarChartProps {
  rows: CategoryRow[];
  series: Series[];
  height: number;
  formatValue: (value: number) => string;
  xLabel: string;
  selected?: string | null;
  onSelect?: (key: string) => void;
}

export function CategoryBarChart(props: CategoryBarChartProps) {
  const { rows, series, height, formatValue, xLabel, selected, onSelect } = props;
  const [hidden, toggle] = useHiddenSeries();
  const data = rows.map((r) => ({ key: r.key, label: r.label, ...r.values }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 16, left: 0 }}
        onClick={(state) => {
          const index = Number(state?.activeTooltipIndex ?? -1);
          const row = rows[index];
          if (row && onSelect) onSelect(row.key);
        }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="label"
          stroke="var(--muted)"
          fontSize={12}
          label={{ value: xLabel, position: "insideBottom", offset: -10, fontSize: 12 }}
        />
        <YAxis tickFormatter={formatValue} stroke="var(--muted)" fontSize={12} width={52} />
        <Tooltip
          cursor={{ fill: "var(--cursor)" }}
          isAnimationActive={false}
          content={({ active, label, payload }) => {
            const key = payload?.[0]?.payload?.key as string | undefined;
            const row = active && key ? byKey.get(key) : undefined;
            if (!row) return null;
            return (
              <div className="chart-tooltip">
                <p className="tooltip-title">{label}</p>
                <ul>
                  {series
                    .filter((s) => !hidden.has(s.key))
                    .map((s) => (
                      <li key={s.key}>
                        <span
                          className="swatch"
                          style={{ background: s.colour }}
                          aria-hidden="true"
                        />
                        {s.label}: <strong>{row.exact[s.key]}</strong>
                      </li>
                    ))}
                  {row.extra?.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            );
          }}
        />
        <Legend verticalAlign="top" {...legendToggle(hidden, toggle)} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.colour}
            hide={hidden.has(s.key)}
            isAnimationActive={false}
            cursor={onSelect ? "pointer" : undefined}
          >
            {rows.map((r) => (
              <Cell
                key={r.key}
                fill={s.colour}
                fillOpacity={selected && selected !== r.key ? 0.45 : 1}
              />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
