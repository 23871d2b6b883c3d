// Running totals of For, Against and Abstain as votes arrived, For + Abstain against the
// quorum line: when quorum was reached, and how late the decisive votes came.
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
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import { useHiddenSeries } from "../../../components/chart/legend-toggle.tsx";
import { formatAxis, type Series, type SeriesPoint } from "../../../components/chart/series.ts";
import { SeriesTooltip } from "../../../components/chart/series-tooltip.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { VOTE_COLOURS } from "../../../lib/palette.ts";
import { formatAbsolute } from "../../../lib/relative-time.ts";
import type { CumulativePoint } from "../api/proposal-model.ts";

const SERIES: Series[] = [
  { key: "forVotes", label: "For", colour: VOTE_COLOURS.FOR },
  { key: "againstVotes", label: "Against", colour: VOTE_COLOURS.AGAINST },
  { key: "abstainVotes", label: "Abstain", colour: VOTE_COLOURS.ABSTAIN },
  { key: "counted", label: "For + Abstain (towards quorum)", colour: "var(--text)" },
];

export interface VotesChartProps {
  points: CumulativePoint[];
  quorum: bigint | null;
  native: AssetInfo;
  query: QueryState;
  /** voting opened and closes (or closed), unix seconds */
  window: { from: number; to: number };
}

export function VotesChart({ points, quorum, native, query, window }: VotesChartProps) {
  const [hidden, toggle] = useHiddenSeries();
  const d = native.decimals;
  const seriesPoints = useMemo<SeriesPoint[]>(
    () =>
      points.map((p) => {
        const counted = p.forVotes + p.abstainVotes;
        const values = { ...p, counted };
        return {
          t: p.t,
          values: Object.fromEntries(
            SERIES.map((s) => [
              s.key,
              toChartNumber(values[s.key as keyof typeof values] as bigint, d),
            ]),
          ),
          exact: Object.fromEntries(
            SERIES.map((s) => [
              s.key,
              `${formatExact(values[s.key as keyof typeof values] as bigint, d)} ${native.symbol}`,
            ]),
          ),
        };
      }),
    [points, d, native.symbol],
  );
  const data = seriesPoints.map((p) => ({ t: p.t, ...p.values }));
  const byTime = new Map(seriesPoints.map((p) => [p.t, p]));
  const table: TableSpec = {
    columns: [
      { label: "time (UTC)" },
      ...SERIES.map((s) => ({ label: `${s.label} (${native.symbol})`, numeric: true })),
    ],
    rows: points.map((p) => [
      new Date(p.t * 1000).toISOString(),
      ...[p.forVotes, p.againstVotes, p.abstainVotes, p.forVotes + p.abstainVotes].map((v) => ({
        text: formatExact(v, d),
        csv: formatExact(v, d).replaceAll(",", ""),
      })),
    ]),
    source: "Vote entities, summed in time order",
  };
  const last = points.at(-1);
  const noVotes = !last || last.forVotes + last.againstVotes + last.abstainVotes === 0n;
  const quorumNumber = quorum === null ? null : toChartNumber(quorum, d);
  return (
    <ChartCard
      title="How did the vote build up?"
      subtitle={`Running totals in ${native.symbol}, ${formatAbsolute(window.from)} – ${formatAbsolute(window.to)}; dashed: the quorum`}
      height={260}
      query={query}
      empty={noVotes ? "No vote has been cast on this proposal yet." : null}
      table={table}
      csvName="votes-over-time.csv"
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={[window.from, Math.max(window.to, data.at(-1)?.t ?? window.to)]}
            tickFormatter={(t: number) =>
              new Date(t * 1000).toLocaleString(undefined, {
                month: "short",
                day: "numeric",
                hour: "2-digit",
              })
            }
            stroke="var(--muted)"
            fontSize={12}
            minTickGap={32}
          />
          <YAxis
            tickFormatter={formatAxis}
            stroke="var(--muted)"
            fontSize={12}
            width={48}
            domain={[0, (max: number) => Math.max(max, (quorumNumber ?? 0) * 1.1)]}
          />
          <Tooltip
            content={
              <SeriesTooltip
                series={SERIES.filter((s) => !hidden.has(s.key))}
                byTime={byTime}
                bucketLabel={(t) => formatAbsolute(t)}
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
          {quorumNumber !== null ? (
            <ReferenceLine
              y={quorumNumber}
              stroke="var(--text)"
              strokeDasharray="6 4"
              label={{
                value: "Quorum",
                position: "insideTopLeft",
                fontSize: 12,
                fill: "var(--text)",
              }}
            />
          ) : null}
          {SERIES.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.colour}
              strokeWidth={s.key === "counted" ? 1.5 : 2}
              strokeDasharray={s.key === "counted" ? "2 3" : undefined}
              type="stepAfter"
              dot={false}
              hide={hidden.has(s.key)}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
