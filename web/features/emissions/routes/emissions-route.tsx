import { useMemo } from "react";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { headState, useIndexingStatus } from "../../../lib/indexing-status.ts";
import { DAY, dayId, describeWindow } from "../../../lib/time-range.ts";
import { pick, useUrlParams } from "../../../lib/url-state.ts";
import { EMISSION_KEYS } from "../api/emission-params.ts";
import { HORIZON_LABELS, HORIZONS, type Horizon } from "../api/emission-projection.ts";
import { scheduleShare } from "../api/emission-schedule.ts";
import { useEmissions } from "../api/emissions-query.ts";
import { emissionsView } from "../api/emissions-view.ts";
import { supplyDays, supplyRows } from "../api/supply-model.ts";
import { EmissionChart, type SplitBy } from "../components/emission-chart.tsx";
import { EmissionSummary, EmissionSummarySkeleton } from "../components/emission-summary.tsx";
import { ParameterMarks } from "../components/parameter-marks.tsx";
import { ProjectionCard } from "../components/projection-card.tsx";
import { SupplyChart } from "../components/supply-chart.tsx";

const HORIZON_KEYS = Object.keys(HORIZONS) as Horizon[];
const SPLITS: SplitBy[] = ["kind", "source"];
const KEYS = [...EMISSION_KEYS];

export function Route() {
  const config = useConfig();
  const status = useIndexingStatus();
  const [params, update] = useUrlParams();
  const horizon = pick(params.get("horizon"), HORIZON_KEYS, "90d");
  const by = pick(params.get("by"), SPLITS, "kind");
  const native = assetOfKind(config, "native");
  const head = status.indexed?.timestamp ?? null;
  // Asked once the index answers, as every view: an endpoint that is down fails the status
  // poll first, and its retry brings this request along.
  const query = useEmissions(
    { native: native?.address ?? "", keys: KEYS },
    !native || head === null,
  );
  const view = useMemo(
    () => (query.data && head !== null ? emissionsView(query.data, head, horizon) : null),
    [query.data, head, horizon],
  );
  const supply = useMemo(
    () =>
      query.data && head !== null
        ? supplyRows(query.data, supplyDays(query.data, dayId(head)))
        : [],
    [query.data, head],
  );

  if (!native) {
    return (
      <section className="page">
        <h1>Emissions</h1>
        <p className="card state-box">
          No native asset is configured: set VITE_NATIVE_ASSET (see the README).
        </p>
      </section>
    );
  }
  const state = head === null ? headState(status) : query;
  const noGenesis = query.data && head !== null && !view;
  const emitted = view?.cumulative.at(-1)?.actual.total ?? 0n;
  const scheduled = view?.cumulative.at(-1)?.scheduled ?? 0n;
  const subtitle =
    view && head !== null
      ? `${describeWindow({ from: view.genesis, to: head + 1 })}, projected ${HORIZON_LABELS[horizon]} on`
      : "";
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Emissions</h1>
          <p className="lead">
            How much is emitted, by kind and source, against the declining schedule, and where
            today's parameters and activity lead.
          </p>
        </div>
        <div className="range-picker">
          <fieldset className="segmented">
            <legend>Split by</legend>
            {SPLITS.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="by"
                  value={s}
                  checked={s === by}
                  onChange={() => update({ by: s })}
                />
                <span>{s === "kind" ? "Kind" : "Source"}</span>
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      {noGenesis ? (
        <p className="card state-box">
          The economy's genesis is not indexed (no parameter change and no emission totals yet), so
          epochs cannot be placed in time.
        </p>
      ) : null}
      {view ? (
        <EmissionSummary
          rows={view.rows}
          emitted={emitted}
          scheduled={scheduled}
          share={scheduleShare(view.rows)}
          today={view.today}
          rewardNow={view.rewardNow}
          epoch={view.epoch}
          projection={view.projection}
          horizonLabel={HORIZON_LABELS[horizon]}
          native={native}
        />
      ) : state.state === "loading" ? (
        <EmissionSummarySkeleton horizonLabel={HORIZON_LABELS[horizon]} />
      ) : null}
      <EmissionChart
        cumulative={view?.cumulative ?? []}
        rows={view?.rows ?? []}
        projection={view?.projection?.rows ?? []}
        marks={view?.marks ?? []}
        by={by}
        before={view?.before ?? 0n}
        genesis={view?.genesis ?? 0}
        native={native}
        subtitle={subtitle}
        query={state}
      />
      {view ? (
        <div className="grid grid-2">
          <ProjectionCard
            horizon={horizon}
            onHorizon={(h) => update({ horizon: h })}
            level={view.level}
            today={view.today}
            projection={view.projection}
            reserves={view.reserves}
            genesis={view.genesis}
            epoch={view.epoch}
            native={native}
          />
          <ParameterMarks
            marks={view.marks}
            genesis={view.genesis}
            native={native}
            explorerUrl={config.explorerUrl}
          />
        </div>
      ) : null}
      <SupplyChart
        rows={supply}
        native={native}
        subtitle={
          supply.length > 0
            ? describeWindow({ from: supply[0]?.t ?? 0, to: (supply.at(-1)?.t ?? 0) + DAY })
            : ""
        }
        query={state}
      />
    </section>
  );
}
