import { useMemo } from "react";
import { RangePicker } from "../../../components/range-picker.tsx";
import { useConfig } from "../../../lib/config-context.ts";
import { headState, useIndexingStatus } from "../../../lib/indexing-status.ts";
import { stockName } from "../../../lib/labels.ts";
import { STOCK_COLOURS } from "../../../lib/palette.ts";
import {
  alignWindow,
  bucketIds,
  dayId,
  describeWindow,
  effectiveGranularity,
  hourId,
  resolveRange,
} from "../../../lib/time-range.ts";
import { useRangeParams, useUrlParams } from "../../../lib/url-state.ts";
import { useTreasuryFlows } from "../api/treasury-flows-query.ts";
import { useTreasuryHistory } from "../api/treasury-history-query.ts";
import { sourceTotals, statements } from "../api/treasury-model.ts";
import { FlowsBySourceChart } from "../components/flows-by-source-chart.tsx";
import { LargestMovements } from "../components/largest-movements.tsx";
import { StatementTable } from "../components/statement-table.tsx";
import { StocksChart } from "../components/stocks-chart.tsx";

const STOCKS = Object.keys(STOCK_COLOURS);

export function Route() {
  const config = useConfig();
  const status = useIndexingStatus();
  const range = useRangeParams({ range: "30d", granularity: "day" });
  const [params, update] = useUrlParams();
  const asset = config.assets.find((a) => a.symbol === params.get("asset")) ?? config.assets[0];
  const stockFilter = STOCKS.includes(params.get("stock") ?? "")
    ? (params.get("stock") as string)
    : null;
  const head = status.indexed;
  const raw = useMemo(
    () => (head ? resolveRange(range.spec, head.timestamp, 0) : null),
    [head, range.spec],
  );
  const granularity = raw ? effectiveGranularity(raw, range.granularity) : range.granularity;
  const window = raw ? alignWindow(raw, granularity) : null;
  const base = {
    asset: asset?.address ?? "",
    fromDay: dayId(window?.from ?? 0),
    toDay: dayId((window?.to ?? 1) - 1),
    fromHour: hourId(window?.from ?? 0),
    toHour: hourId((window?.to ?? 1) - 1),
    hourly: granularity === "hour",
  };
  const history = useTreasuryHistory(base, !window || !asset);
  const flows = useTreasuryFlows(
    {
      ...base,
      stocks: stockFilter ? [stockFilter] : STOCKS,
      from: String(window?.from ?? 0),
      to: String(window?.to ?? 0),
    },
    !window || !asset,
  );
  // "All" starts at the first bucket with data, not at 1970.
  const firstBucket = useMemo(() => {
    const ids = history.data?.stockBalances.flatMap((b) =>
      (granularity === "hour" ? (b.hours ?? []) : (b.days ?? []))
        .slice(0, 1)
        .map((r) => ("hourId" in r ? r.hourId : r.dayId)),
    );
    return ids && ids.length > 0 ? Math.min(...ids) : null;
  }, [history.data, granularity]);
  const buckets = window
    ? bucketIds(window, granularity).filter((id) => firstBucket === null || id >= firstBucket)
    : [];
  const subtitle = window ? describeWindow(window) : "";
  const rows = history.data ? statements(history.data, granularity, buckets) : [];
  const totals = flows.data
    ? sourceTotals(flows.data, granularity)
    : { byKey: new Map(), rowCount: 0 };

  if (!asset) {
    return (
      <section className="page">
        <h1>Treasury</h1>
        <p className="card state-box">
          No asset is configured: set VITE_NATIVE_ASSET and VITE_STABLE_ASSET (see the README).
        </p>
      </section>
    );
  }
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Treasury</h1>
          <p className="lead">Where value sits, where it comes from and where it goes.</p>
        </div>
        <RangePicker
          range={range}
          hourlyNote={
            range.granularity === "hour" && granularity === "day"
              ? "Hourly buckets cover up to 7 days; this range is drawn by day."
              : undefined
          }
        />
      </div>
      <div className="range-picker">
        <label>
          Asset{" "}
          <select value={asset.symbol} onChange={(e) => update({ asset: e.target.value })}>
            {config.assets.map((a) => (
              <option key={a.address} value={a.symbol}>
                {a.symbol}
              </option>
            ))}
          </select>
        </label>
        <label>
          Flows of{" "}
          <select
            value={stockFilter ?? ""}
            onChange={(e) => update({ stock: e.target.value || null })}
          >
            <option value="">every stock</option>
            {STOCKS.map((s) => (
              <option key={s} value={s}>
                {stockName(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <StocksChart
        rows={rows}
        buckets={buckets}
        granularity={granularity}
        asset={asset}
        subtitle={subtitle}
        query={window ? history : headState(status)}
      />
      <FlowsBySourceChart
        totals={totals}
        buckets={buckets}
        granularity={granularity}
        asset={asset}
        subtitle={subtitle}
        query={window ? flows : headState(status)}
      />
      {history.data ? (
        <StatementTable
          rows={rows.filter((r) => !stockFilter || r.stock === stockFilter)}
          asset={asset}
          subtitle={subtitle}
        />
      ) : null}
      <LargestMovements
        rows={flows.data?.largest ?? []}
        asset={asset}
        contracts={config.contracts}
        explorerUrl={config.explorerUrl}
        subtitle={subtitle}
        query={window ? flows : headState(status)}
      />
    </section>
  );
}
