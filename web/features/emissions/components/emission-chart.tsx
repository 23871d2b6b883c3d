// Cumulative emission since genesis, stacked by kind or by source, against the schedule,
// continued by the projection (dashed) and marked where governance changed a parameter.
import { lazy, Suspense, useMemo } from "react";
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { Series, SeriesPoint } from "../../../components/chart/series.ts";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { OKABE_ITO } from "../../../lib/palette.ts";
import type { ParamChange } from "../api/emission-params.ts";
import type { ProjectionRow } from "../api/emission-projection.ts";
import { type CumulativeRow, type EpochRow, KINDS, SOURCES } from "../api/emission-schedule.ts";

export type SplitBy = "kind" | "source";

// recharts loads after the card, in the height it reserves: the figures above do not wait.
const EmissionPlot = lazy(() =>
  import("./emission-plot.tsx").then((m) => ({ default: m.EmissionPlot })),
);

export const SERIES_NAMES: Record<string, string> = {
  GENERATION: "Generation rewards",
  SHARE: "Share rewards",
  HOSTING: "Hosting rewards",
  COMPANY_RESERVE: "From the company reserve",
  COMMUNITY_TREASURY: "From the community treasury",
  INFLATION: "Minted (inflation)",
  EARLIER: "Earlier epochs",
  scheduled: "Schedule (economy/, parameters in force)",
  projected: "Projection",
};

const COLOURS: Record<string, string> = {
  GENERATION: OKABE_ITO.blue,
  SHARE: OKABE_ITO.yellow,
  HOSTING: OKABE_ITO.green,
  COMPANY_RESERVE: OKABE_ITO.blue,
  COMMUNITY_TREASURY: OKABE_ITO.green,
  INFLATION: OKABE_ITO.orange,
  EARLIER: OKABE_ITO.grey,
  scheduled: "var(--text)",
  projected: OKABE_ITO.vermillion,
};

export interface EmissionChartProps {
  cumulative: CumulativeRow[];
  rows: EpochRow[];
  projection: ProjectionRow[];
  marks: ParamChange[];
  by: SplitBy;
  before: bigint;
  genesis: number;
  native: AssetInfo;
  subtitle: string;
  query: QueryState;
}

const HEIGHT = 340;
const utc = (t: number) => `${new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function EmissionChart(props: EmissionChartProps) {
  const { cumulative, rows, projection, marks, by, before, genesis, native, subtitle, query } =
    props;
  const earlier = before > 0n;
  const stacked = useMemo(
    () => [...(earlier ? ["EARLIER"] : []), ...(by === "kind" ? KINDS : SOURCES)],
    [earlier, by],
  );
  const { points, series } = useMemo(() => {
    const amount = (v: bigint) => `${formatExact(v, native.decimals)} ${native.symbol}`;
    const chartPoints: SeriesPoint[] = [
      {
        t: genesis,
        values: Object.fromEntries([...stacked, "scheduled"].map((k) => [k, 0])),
        exact: {},
      },
    ];
    for (const c of cumulative) {
      const values: Record<string, number> = {
        scheduled: toChartNumber(c.scheduled, native.decimals),
      };
      const exact: Record<string, string> = { scheduled: amount(c.scheduled) };
      for (const k of stacked) {
        const v = k === "EARLIER" ? before : c.actual[k as keyof typeof c.actual];
        values[k] = toChartNumber(v, native.decimals);
        exact[k] = amount(v);
      }
      chartPoints.push({ t: c.t, values, exact });
    }
    const last = cumulative.at(-1);
    if (last && projection.length > 0) {
      const junction = chartPoints.at(-1) as SeriesPoint;
      junction.values.projected = toChartNumber(last.actual.total, native.decimals);
      for (const p of projection) {
        chartPoints.push({
          t: p.t,
          values: { projected: toChartNumber(p.cumulative, native.decimals) },
          exact: { projected: `${amount(p.cumulative)} by the end of epoch ${p.epoch}` },
        });
      }
    }
    const all: Series[] = [...stacked, "scheduled", "projected"].map((key) => ({
      key,
      label: SERIES_NAMES[key] ?? key,
      colour: COLOURS[key] ?? OKABE_ITO.grey,
    }));
    return { points: chartPoints, series: all };
  }, [cumulative, projection, stacked, before, genesis, native]);
  const span = (points.at(-1)?.t ?? 0) - genesis;
  return (
    <ChartCard
      title="Is emission on schedule, and where is it heading?"
      subtitle={`${native.symbol} emitted since genesis, cumulative per epoch, ${subtitle}`}
      height={HEIGHT}
      query={query}
      empty={
        cumulative.length === 0
          ? "Nothing has been emitted yet: generation, share and hosting rewards would draw here."
          : null
      }
      table={epochTable(rows, native)}
      csvName={`emissions-by-epoch-${native.symbol}.csv`}
      formula={
        <p>
          Scheduled, per epoch, with the parameters in force (economy/): generations ×
          GEN_REWARD_INITIAL × (1 − GEN_REWARD_DECAY_BPS ÷ 10,000)^epoch, rounded down each step, +
          works published × SHARE_REWARD + total supply when its hosting was settled ×
          HOST_INFLATION_BPS ÷ 10,000 ÷ 365 (EmissionActivity). Generation and share rewards use the
          values in force when the epoch began; hosting those at its settlement. The projection
          continues the same formula with today's values and activity (see its assumptions).
        </p>
      }
      note="An epoch is a day since the economy's genesis. Generation and share rewards are paid from the company reserve, then the community treasury; hosting rewards are minted."
    >
      <Suspense
        fallback={<div className="skeleton" style={{ height: HEIGHT }} aria-hidden="true" />}
      >
        <EmissionPlot
          points={points}
          series={series}
          stacked={stacked}
          marks={marks}
          span={span}
          height={HEIGHT}
          bucketLabel={utc}
        />
      </Suspense>
    </ChartCard>
  );
}

function epochTable(rows: EpochRow[], native: AssetInfo): TableSpec {
  const cell = (v: bigint) => {
    const text = formatExact(v, native.decimals);
    return { text, csv: text.replaceAll(",", "") };
  };
  return {
    source: "EmissionEpoch, EmissionActivity and ParameterChange, scheduled with economy/",
    columns: [
      { label: "Epoch", numeric: true },
      { label: "Starts (UTC)" },
      { label: "Generations", numeric: true },
      { label: "Shares", numeric: true },
      { label: `Emitted (${native.symbol})`, numeric: true },
      { label: `Scheduled (${native.symbol})`, numeric: true },
      { label: `Emitted − scheduled (${native.symbol})`, numeric: true },
      { label: `Generation reward (${native.symbol})`, numeric: true },
      { label: "Note" },
    ],
    rows: rows.map((r) => [
      String(r.epoch),
      utc(r.start),
      r.generations.toString(),
      String(r.shares),
      cell(r.actual.total),
      cell(r.scheduled.total),
      cell(r.actual.total - r.scheduled.total),
      cell(r.rewardPerGeneration),
      [
        r.hostingSettled ? "" : "hosting not settled yet",
        r.paramsChanged ? "a parameter changed in this epoch: scheduled at its start" : "",
      ]
        .filter(Boolean)
        .join("; "),
    ]),
  };
}
