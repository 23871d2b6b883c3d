// Supply per UTC day: total, where it sits (wallets, the staking vault, the treasury stocks)
// and what was burned, on its own axis since it is orders of magnitude smaller.
import { lazy, Suspense, useMemo } from "react";
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { SeriesPoint } from "../../../components/chart/series.ts";
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

// recharts loads after the card, in the height it reserves.
const SupplyPlot = lazy(() => import("./supply-plot.tsx").then((m) => ({ default: m.SupplyPlot })));
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
  return (
    <ChartCard
      title="Where does the supply sit?"
      subtitle={`${native.symbol} at the end of each UTC day, ${subtitle}`}
      height={HEIGHT}
      query={query}
      empty={rows.length === 0 ? "No token supply has been indexed yet." : null}
      table={table}
      csvName={`supply-${native.symbol}.csv`}
      note="Total = circulating + staked + in treasury stocks (company reserve, community treasury, stable reserve). Staked and burned are small beside the total: the tooltip and the table give them exactly."
    >
      <Suspense
        fallback={<div className="skeleton" style={{ height: HEIGHT }} aria-hidden="true" />}
      >
        <SupplyPlot
          points={points}
          series={series}
          span={span}
          height={HEIGHT}
          bucketLabel={dayLabel}
        />
      </Suspense>
    </ChartCard>
  );
}
