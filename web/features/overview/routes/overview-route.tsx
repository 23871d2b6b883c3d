import { useMemo } from "react";
import { RangePicker } from "../../../components/range-picker.tsx";
import { parseThresholds } from "../../../lib/alert-rules.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { headState, useChainNow, useIndexingStatus } from "../../../lib/indexing-status.ts";
import { RUNWAY_WINDOWS } from "../../../lib/runway.ts";
import {
  alignWindow,
  bucketIds,
  dayId,
  describeWindow,
  hourId,
  RANGE_LABELS,
  resolveRange,
} from "../../../lib/time-range.ts";
import { pick, useRangeParams, useUrlParams } from "../../../lib/url-state.ts";
import { useNow } from "../../../lib/use-now.ts";
import { useStoredState } from "../../../lib/use-stored-state.ts";
import { overviewAlerts } from "../api/overview-alerts.ts";
import { balanceRows, nativeShare, stableRunway } from "../api/overview-model.ts";
import { useOverview } from "../api/overview-query.ts";
import { AlertsPanel } from "../components/alerts-panel.tsx";
import { FeeRevenueChart } from "../components/fee-revenue-chart.tsx";
import { GovernanceActions } from "../components/governance-actions.tsx";
import { NativeShareCard } from "../components/native-share-card.tsx";
import { OverviewSkeleton } from "../components/overview-skeleton.tsx";
import { RolesPanel } from "../components/roles-panel.tsx";
import { RunwayCard } from "../components/runway-card.tsx";
import { StockBalances } from "../components/stock-balances.tsx";

const RUNWAY_KEYS = RUNWAY_WINDOWS.map(String) as ("30" | "90")[];

export function Route() {
  const config = useConfig();
  const status = useIndexingStatus();
  const now = useChainNow(useNow());
  const range = useRangeParams({ range: "7d", granularity: "day" });
  const [params, update] = useUrlParams();
  const runwayDays = Number(pick(params.get("runway"), RUNWAY_KEYS, "30")) as 30 | 90;
  const [thresholds, setThresholds] = useStoredState("watershed:alert-thresholds", parseThresholds);
  const head = status.indexed;
  const window = useMemo(
    // Whole UTC hours: the balances at the bounds come from hourly snapshots.
    () => (head ? alignWindow(resolveRange(range.spec, head.timestamp, 0), "hour") : null),
    [head, range.spec],
  );
  const headDay = head ? dayId(head.timestamp) : 0;
  const variables = {
    from: String(window?.from ?? 0),
    to: String(window?.to ?? 0),
    fromDay: dayId(window?.from ?? 0),
    toDay: dayId((window?.to ?? 1) - 1),
    fromHour: hourId(window?.from ?? 0),
    toHour: hourId(window?.to ?? 0),
    trailingFromDay: headDay - 89,
    outflowBps: Math.round(thresholds.outflowPercent * 100),
  };
  const query = useOverview(variables, !window);
  const native = assetOfKind(config, "native");
  const stable = assetOfKind(config, "stable");
  const rangeLabel = range.spec.key === "custom" ? "the range" : RANGE_LABELS[range.spec.key];

  const header = (
    <div className="page-head">
      <div>
        <h1>Overview</h1>
        <p className="lead">
          Are we OK? The treasury's health, what changed, and what needs a look.
        </p>
      </div>
      <RangePicker range={range} showGranularity={false} />
    </div>
  );
  const data = query.data;
  if (!window) return <OverviewSkeleton header={header} query={headState(status)} />;
  if (!data) return <OverviewSkeleton header={header} query={query} />;

  const rows = balanceRows(data, config);
  const runway = stableRunway(data, rows, stable, runwayDays, headDay);
  const share = nativeShare(data, rows, native, stable);
  const alerts = overviewAlerts({ data, window, runway, share, status, thresholds, config });
  const firstFeeDay = data.feeDays[0]?.dayId ?? headDay;
  const days = bucketIds(
    { from: Math.max(window.from, firstFeeDay * 86_400), to: window.to },
    "day",
  );
  return (
    <section className="page">
      {header}
      <AlertsPanel
        alerts={alerts}
        thresholds={thresholds}
        onThresholdsChange={setThresholds}
        explorerUrl={config.explorerUrl}
      />
      <div className="grid grid-stats">
        <RunwayCard
          runway={runway}
          stable={stable}
          windowDays={runwayDays}
          onWindowChange={(d) => update({ runway: String(d) })}
        />
        <NativeShareCard
          share={share}
          native={native}
          stable={stable}
          explorerUrl={config.explorerUrl}
        />
      </div>
      <StockBalances rows={rows} rangeLabel={rangeLabel} explorerUrl={config.explorerUrl} />
      <div className="grid grid-2">
        {native ? (
          <FeeRevenueChart
            feeDays={data.feeDays}
            days={days}
            native={native}
            subtitle={describeWindow(window)}
            query={query}
          />
        ) : null}
        <GovernanceActions
          changes={data.parameterChanges}
          native={native}
          stable={stable}
          explorerUrl={config.explorerUrl}
          now={now}
        />
      </div>
      <RolesPanel
        roles={data.roles}
        events={data.roleEvents}
        contracts={config.contracts}
        explorerUrl={config.explorerUrl}
        now={now}
      />
    </section>
  );
}
