// The impact preview's container: reads its inputs (one request, after the page's first
// paint), measures the activity, runs both projections in a worker and, for an executed
// proposal, backtests the preview against the days after the execution.
import { useMemo } from "react";
import type { ImpactInput, OneOffs } from "../../../../economy/impact.ts";
import { IMPACT_HORIZONS } from "../../../../economy/impact-metrics.ts";
import type { ParameterKey } from "../../../../economy/parameters.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useIndexingStatus } from "../../../lib/indexing-status.ts";
import { useUrlParams } from "../../../lib/url-state.ts";
import { DEFAULT_FORECAST, FORECASTS, type Forecast } from "./api/activity-series.ts";
import { backtest } from "./api/backtest-model.ts";
import { useImpactInputs } from "./api/impact-query.ts";
import { BACKTEST_DAYS, type ImpactTarget, impactVariables } from "./api/impact-variables.ts";
import {
  DEFAULT_WINDOW,
  type Measured,
  measureActivity,
  unmeasurable,
  WINDOWS,
  type WindowDays,
} from "./api/measure-activity.ts";
import { noDifferenceReason } from "./api/no-difference.ts";
import { useImpactProjection } from "./api/use-impact-projection.ts";
import { useImpactRange } from "./api/use-impact-range.ts";
import { ImpactBody } from "./components/impact-body.tsx";
import { CHART_STOCKS } from "./components/projection-series.ts";

export interface ImpactPreviewProps {
  changes: Partial<Record<ParameterKey, bigint>>;
  oneOffs?: OneOffs;
  target: ImpactTarget & { txHash?: string | null };
}

/** Every day a backtest may cover (fewer when less is indexed after the execution). */
const BACKTEST_HORIZONS = Array.from({ length: BACKTEST_DAYS }, (_, i) => i + 1);

const keyOf = (changes: Partial<Record<ParameterKey, bigint>>, o?: OneOffs) =>
  JSON.stringify([Object.entries(changes).sort(), o ?? null], (_, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );

export function ImpactPreview({ changes, oneOffs, target }: ImpactPreviewProps) {
  const config = useConfig();
  const native = assetOfKind(config, "native");
  const stable = assetOfKind(config, "stable");
  const [params, update] = useUrlParams();
  const window = (WINDOWS.find((w) => String(w) === params.get("window")) ??
    DEFAULT_WINDOW) as WindowDays;
  const forecast: Forecast =
    FORECASTS.find((f) => f === params.get("forecast")) ?? DEFAULT_FORECAST;
  const horizon = IMPACT_HORIZONS.find((h) => String(h) === params.get("horizon")) ?? 30;
  const stock = CHART_STOCKS.find((s) => s === params.get("stock")) ?? CHART_STOCKS[0];
  const variables = useMemo(
    () => impactVariables(target, native, stable),
    [target, native, stable],
  );
  const query = useImpactInputs(variables, !native);
  const measuredOrReason = useMemo((): Measured | string | null => {
    if (!query.data) return null;
    const at = target.executedAt ?? undefined;
    return unmeasurable(query.data, at) ?? measureActivity(query.data, window, at, forecast);
  }, [query.data, window, target.executedAt, forecast]);
  const measured = typeof measuredOrReason === "string" ? null : measuredOrReason;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by value, not identity
  const input = useMemo(
    (): ImpactInput | null =>
      measured
        ? {
            current: measured.params,
            changes,
            activity: measured.activity,
            start: measured.start,
            ...(oneOffs ? { oneOffs } : {}),
          }
        : null,
    [measured, keyOf(changes, oneOffs)],
  );
  const executed = target.executedAt !== null && target.executedBlock !== null;
  const range = useMemo(
    () => (executed && measured ? { series: measured.series, horizons: BACKTEST_HORIZONS } : null),
    [executed, measured],
  );
  const projection = useImpactProjection(input, range);
  // every day up to the horizon: the table reads the last, the chart's band all of them
  const tableRequest = useMemo(
    () =>
      measured
        ? { series: measured.series, horizons: Array.from({ length: horizon }, (_, i) => i + 1) }
        : null,
    [measured, horizon],
  );
  const tableRange = useImpactRange(input, tableRequest, projection.state === "ready");
  const head = useIndexingStatus().indexed?.timestamp ?? null;
  const bt = useMemo(() => {
    if (!executed || !query.data || !measured || projection.state !== "ready" || head === null)
      return null;
    return backtest(
      query.data,
      measured,
      projection.result.proposed,
      { at: target.executedAt!, txHash: target.txHash ?? "" },
      head,
      projection.range,
    );
  }, [executed, query.data, measured, projection, head, target.executedAt, target.txHash]);
  if (!native) {
    return (
      <p className="card state-box">
        No native token is configured (VITE_NATIVE_ASSET), so the preview cannot count tokens.
      </p>
    );
  }
  return (
    <ImpactBody
      query={query}
      reason={typeof measuredOrReason === "string" ? measuredOrReason : null}
      measured={measured}
      projection={projection}
      range={tableRange}
      backtest={bt}
      executed={executed}
      window={window}
      horizon={horizon}
      onWindow={(w) => update({ window: w === DEFAULT_WINDOW ? null : String(w) })}
      forecast={forecast}
      onForecast={(f) => update({ forecast: f === DEFAULT_FORECAST ? null : f })}
      onHorizon={(h) => update({ horizon: h === 30 ? null : String(h) })}
      stock={stock}
      onStock={(s) => update({ stock: s === CHART_STOCKS[0] ? null : s })}
      native={native}
      stable={stable}
      oneOffs={oneOffs}
      unchanged={
        projection.state === "ready"
          ? noDifferenceReason(
              projection.result.rows,
              projection.result.proposed,
              changes,
              horizon,
              native,
            )
          : null
      }
    />
  );
}
