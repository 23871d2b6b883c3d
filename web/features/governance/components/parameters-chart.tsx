// How a parameter got to its value: the step chart in the chart kit, with the table of
// changes (and the Queued ones) behind the Table and CSV buttons.
import { lazy, Suspense } from "react";
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import type { StepPoint } from "../api/parameters-history.ts";

// recharts loads after the card, in the height it reserves: the figures do not wait for it.
const ParametersPlot = lazy(() =>
  import("./parameters-plot.tsx").then((m) => ({ default: m.ParametersPlot })),
);

export interface ParametersChartProps {
  name: string;
  keyName: string;
  points: StepPoint[];
  table: TableSpec;
  unit: string;
  head: number;
  tick: (value: number) => string;
  query: QueryState;
}

const HEIGHT = 240;
const utc = (t: number) => `${new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
const day = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);

export function ParametersChart(props: ParametersChartProps) {
  const { name, keyName, points, table, unit, head, tick, query } = props;
  const first = points[0];
  const last = points.at(-1);
  const range = first && last ? `, ${day(first.t)} – ${day(last.t)} (UTC)` : "";
  return (
    <ChartCard
      title={`How has the ${name.toLowerCase()} changed?`}
      subtitle={`${unit}, each value held until the next change${range}`}
      height={HEIGHT}
      query={query}
      empty={
        points.length === 0
          ? "The subgraph has no change of this parameter: it is indexed from its first ParameterChanged event, which the contract emits at deployment."
          : null
      }
      table={table}
      csvName={`parameter-${keyName.toLowerCase()}.csv`}
    >
      <Suspense fallback={<div className="skeleton" style={{ height: HEIGHT }} />}>
        <ParametersPlot points={points} height={HEIGHT} head={head} tick={tick} timeLabel={utc} />
      </Suspense>
    </ChartCard>
  );
}
