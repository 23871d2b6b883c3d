// Supply per UTC day: total, where it sits (wallets, the staking vault, the treasury stocks)
// and what was burned, on its own axis since it is orders of magnitude smaller.
import { useMemo, useState } from "react";
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
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import { formatAxis, formatTick, type SeriesPoint } from "../../../components/chart/series.ts";
import { SeriesTooltip } from "../../../components/chart/series-tooltip.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { OKABE_ITO } from "../../../lib/palette.ts";
import { SUPPLY_SERIES, type SupplyRow } from "../api/supply-model.ts";

const NAMES: Record<string, string> = {
  total: "Total supply",
  circulating: "Circulating (holders' wallets)",
  staked: "Staked (staking vault)",
  treasury: "In treasury stocks",
  burned: "Burned, all time (right axis)",
};

const COLOURS: Record<string, string> = {
  total: "var(--text)",
  circulating: OKABE_ITO.skyBlue,
  staked: OKABE_ITO.purple,
  treasury: OKABE_ITO.green,
  burned: OKABE_ITO.vermillion,
};

const HEIGHT = 300;
const dayLabel = (t: number) => `${new Date(t * 1000).toISOString().slice(0, 10)} UTC`;

export function SupplyChart({
  rows,
  native,
  subtitle,
  query,
}: {
  rows: SupplyRow[];
  native: AssetInfo;
  subtitle: string;
  query: QueryState;
}) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const points = useMemo<SeriesPoint[]>(
    () =>
      rows.map((r) => ({
        t: r.t,
        values: Object.fromEntries(
          SUPPLY_SERIES.map((k) => [k, toChartNumber(r[k], native.decimals)]),
        ),
        exact: Object.fromEntries(
          SUPPLY_SERIES.map((k) => [k, `${formatExact(r[k], native.decimals)} ${native.symbol}`]),
        ),
      })),
    [rows, native],
  );
  const data = useMemo(() => points.map((p) => ({ t: p.t, ...p.values })), [points]);
  const byTime = useMemo(() => new Map(points.map((p) => [p.t, p])), [points]);
  const series = SUPPLY_SERIES.map((key) => ({
    key,
    label: NAMES[key] ?? key,
    colour: COLOURS[key] ?? OKABE_ITO.grey,
  }));
  const span = (rows.at(-1)?.t ?? 0) - (rows[0]?.t ?? 0);
  const table: TableSpec = {
    source: "SupplyDay and StockDaySnapshot",
    columns: [
      { label: "Day (UTC)" },
      ...SUPPLY_SERIES.map((k) => ({ label: `${NAMES[k]} (${native.symbol})`, numeric: true })),
    ],
    rows: rows.map((r) => [
      dayLabel(r.t),
      ...SUPPLY_SERIES.map((k) => {
        const text = formatExact(r[k], native.decimals);
        return { text, csv: text.replaceAll(",", "") };
      }),
    ]),
  };
  const toggle = (key: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <ChartCard
      title="Where does the supply sit?"
      subtitle={`${native.symbol} at the end of each UTC day, ${subtitle}`}
      height={HEIGHT}
      query={query}
      empty={rows.length === 0 ? "No token supply has been indexed yet." : null}
      table={table}
      csvName={`supply-${native.symbol}.csv`}
      note="Total = circulating + staked + in treasury stocks (company reserve, community treasury, stable reserve)."
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
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
                bucketLabel={dayLabel}
              />
            }
            isAnimationActive={false}
          />
          <Legend
            onClick={(entry) => toggle(String(entry.dataKey))}
            formatter={(value: string, entry) => (
              <span className={hidden.has(String(entry.dataKey)) ? "legend-off" : undefined}>
                {value}
              </span>
            )}
            wrapperStyle={{ cursor: "pointer", fontSize: 12 }}
          />
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
    </ChartCard>
  );
}
