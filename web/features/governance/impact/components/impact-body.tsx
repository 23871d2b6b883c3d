import type { OneOffs } from "../../../../../economy/impact.ts";
import { Amount } from "../../../../components/amount.tsx";
import type { AssetInfo } from "../../../../lib/config.ts";
import type { DashboardQuery } from "../../../../lib/use-dashboard-query.ts";
import type { Forecast } from "../api/activity-series.ts";
import type { Backtest } from "../api/backtest-model.ts";
import type { ImpactInputs } from "../api/impact-query.ts";
import { BACKTEST_DAYS } from "../api/impact-variables.ts";
import type { Measured, WindowDays } from "../api/measure-activity.ts";
import type { ProjectionState } from "../api/use-impact-projection.ts";
import type { RangeState } from "../api/use-impact-range.ts";
import { ActivityPanel } from "./activity-panel.tsx";
import { BacktestCard } from "./backtest-card.tsx";
import { ImpactTable } from "./impact-table.tsx";
import { ProjectionChart } from "./projection-chart.tsx";
import type { ChartStock } from "./projection-series.ts";
import { RangeNote } from "./range-note.tsx";

export interface ImpactBodyProps {
  query: DashboardQuery<ImpactInputs>;
  reason: string | null;
  measured: Measured | null;
  projection: ProjectionState;
  /** the table's ≈95 % range at the horizon shown */
  range: RangeState;
  backtest: Backtest | null;
  executed: boolean;
  window: WindowDays;
  horizon: number;
  onWindow: (w: WindowDays) => void;
  forecast: Forecast;
  onForecast: (f: Forecast) => void;
  onHorizon: (h: number) => void;
  stock: ChartStock;
  onStock: (s: ChartStock) => void;
  native: AssetInfo;
  stable: AssetInfo | undefined;
  oneOffs: OneOffs | undefined;
  /** why no figure differs at the horizon, when none does */
  unchanged: string | null;
}

function Frame({ children, executed }: { children: React.ReactNode; executed: boolean }) {
  return (
    <section className="card impact-preview" aria-labelledby="impact-title">
      <h2 id="impact-title">What would it do to the treasury?</h2>
      <p className="subtitle">
        {executed
          ? "Projected as of the block before its execution, with the parameters then"
          : "Projected from the indexed head, with the parameters in force now"}
        : stocks at the horizon and income summed to it, in tokens (the stable reserve in
        stablecoin)
      </p>
      {children}
    </section>
  );
}

function OneOffsNote({ o, native, stable }: { o: OneOffs; native: AssetInfo; stable?: AssetInfo }) {
  const parts: React.ReactNode[] = [];
  if (o.buybackStable > 0n && stable)
    parts.push(
      <>
        a buyback of{" "}
        <Amount value={o.buybackStable} decimals={stable.decimals} symbol={stable.symbol} />
      </>,
    );
  const grants = o.companyGrants + o.communityGrants;
  if (grants > 0n)
    parts.push(
      <>
        grants of <Amount value={grants} decimals={native.decimals} symbol={native.symbol} />
      </>,
    );
  if (parts.length === 0) return null;
  return (
    <p className="note">
      The proposed side also applies the proposal's own calls once, at its start:{" "}
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: at most two fixed parts
        <span key={i}>
          {i > 0 ? " and " : ""}
          {p}
        </span>
      ))}
      .
    </p>
  );
}

export function ImpactBody(p: ImpactBodyProps) {
  const { query, projection, measured } = p;
  if (query.state === "loading" || (query.data && !measured && !p.reason)) {
    return (
      <Frame executed={p.executed}>
        <div
          className="skeleton"
          style={{ height: 320 }}
          role="status"
          aria-label="Loading the impact preview"
        />
      </Frame>
    );
  }
  if (query.state === "error" && !query.data) {
    return (
      <Frame executed={p.executed}>
        <div className="state-box" role="alert">
          <p>
            Could not read the history the preview needs: {query.error}
            {/only has data starting at block/.test(query.error ?? "")
              ? " (this subgraph keeps no history from before that block, so the preview as of the execution cannot be computed)"
              : ""}
          </p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      </Frame>
    );
  }
  if (p.reason || !measured) {
    return (
      <Frame executed={p.executed}>
        <p className="state-box">{p.reason ?? "Nothing measured."}</p>
      </Frame>
    );
  }
  return (
    <Frame executed={p.executed}>
      {projection.state === "ready" ? (
        <>
          <ImpactTable
            rows={projection.result.rows}
            range={p.range.state === "ready" ? (p.range.range.total[p.horizon] ?? null) : null}
            horizon={p.horizon}
            onHorizon={p.onHorizon}
            native={p.native}
            stable={p.stable}
          />
          {p.unchanged ? <p className="note">{p.unchanged}</p> : null}
          <RangeNote range={p.range} days={measured.toDay - measured.fromDay} />
          <ProjectionChart
            current={projection.result.current}
            proposed={projection.result.proposed}
            range={p.range.state === "ready" ? p.range.range.total : null}
            stock={p.stock}
            onStock={p.onStock}
            horizon={p.horizon}
            asset={p.stock === "stableReserve" && p.stable ? p.stable : p.native}
          />
          {p.oneOffs ? <OneOffsNote o={p.oneOffs} native={p.native} stable={p.stable} /> : null}
          <details className="formula">
            <summary>How it is computed</summary>
            <p className="note">
              economy/'s mirror of the contracts runs the measured activity day by day twice, with
              the current and with the proposed parameters (same rounding as the chain), from the
              indexed stocks and the epoch's base fee; difference = proposed − current, % of
              |current|. Computed in {projection.ms.toFixed(0)} ms ({projection.where}).
            </p>
            <p className="note">
              The ± ranges: each count (generations, shares, mints, sales, downloads, slashes)
              scatters from day to day around its forecast. Over h days its total has a standard
              deviation s·√(h + h²/n), s being its scatter over the n days measured (a fitted line
              adds its slope's error). Both projections are run again with each count raised by that
              much, and the effects of the counts are added in quadrature, times Student's t at 95
              %. The ranges cover activity noise only, not a change in behaviour.
            </p>
          </details>
        </>
      ) : projection.state === "error" ? (
        <p className="state-box" role="alert">
          The contract would refuse these values: {projection.error}
        </p>
      ) : (
        <div className="skeleton" style={{ height: 260 }} role="status" aria-label="Projecting" />
      )}
      <div className="impact-side">
        <ActivityPanel
          measured={measured}
          window={p.window}
          onWindow={p.onWindow}
          forecast={p.forecast}
          onForecast={p.onForecast}
          native={p.native}
          stable={p.stable}
        />
        {p.executed ? (
          p.backtest ? (
            <BacktestCard result={p.backtest} native={p.native} stable={p.stable} />
          ) : projection.state === "ready" ? (
            <p className="card state-box">
              Backtest: less than a day of history after the execution is indexed; it compares the
              preview with the {BACKTEST_DAYS} days after once they have passed.
            </p>
          ) : null
        ) : null}
      </div>
    </Frame>
  );
}
