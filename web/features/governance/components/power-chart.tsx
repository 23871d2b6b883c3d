import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { SeriesPoint } from "../../../components/chart/series.ts";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { TimeSeriesChart } from "../../../components/chart/time-series-chart.tsx";
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { OKABE_ITO } from "../../../lib/palette.ts";
import type { PowerPoint } from "../api/delegates-model.ts";

export interface PowerChartProps {
  points: PowerPoint[];
  native: AssetInfo;
  query: QueryState;
}

const SERIES = [{ key: "power", label: "Voting power", colour: OKABE_ITO.blue }];

/** The delegate's voting power at the end of each UTC day. */
export function PowerChart({ points, native, query }: PowerChartProps) {
  const d = native.decimals;
  const seriesPoints: SeriesPoint[] = points.map((p) => ({
    t: p.t,
    values: { power: toChartNumber(p.power, d) },
    exact: { power: `${formatExact(p.power, d)} ${native.symbol}` },
  }));
  const table: TableSpec = {
    columns: [{ label: "day (UTC)" }, { label: `voting power (${native.symbol})`, numeric: true }],
    rows: points.map((p) => [
      new Date(p.t * 1000).toISOString().slice(0, 10),
      { text: formatExact(p.power, d), csv: formatExact(p.power, d).replaceAll(",", "") },
    ]),
    source: "VotingPowerDay, carried over days without a change",
  };
  const first = points[0];
  const last = points.at(-1);
  return (
    <ChartCard
      title="How has its voting power changed?"
      subtitle={
        first && last
          ? `${native.symbol} at the end of each UTC day, ${new Date(first.t * 1000).toISOString().slice(0, 10)} – ${new Date(last.t * 1000).toISOString().slice(0, 10)}`
          : `${native.symbol} at the end of each UTC day`
      }
      height={220}
      query={query}
      empty={points.length === 0 ? "This address has never held voting power." : null}
      table={table}
      csvName="voting-power.csv"
    >
      <TimeSeriesChart
        kind="area"
        series={SERIES}
        points={seriesPoints}
        height={220}
        bucketLabel={(t) => `${new Date(t * 1000).toISOString().slice(0, 10)} (UTC)`}
      />
    </ChartCard>
  );
}
