// `/governance/parameters`: every governed parameter now, what the contract accepts, the
// splits that must sum to the whole, what Queued proposals will change, and each parameter's
// history. One request (the shell's status poll aside); the selection is `?key=`.
import { useEffect, useMemo, useRef } from "react";
import { useConfig } from "../../../lib/config-context.ts";
import { useChainNow } from "../../../lib/indexing-status.ts";
import { parameterName } from "../../../lib/parameter-names.ts";
import { groupOf, isParameterKey } from "../../../lib/parameter-rules.ts";
import { describeParameter } from "../../../lib/parameters.ts";
import { formatBps } from "../../../lib/percent.ts";
import { useUrlParams } from "../../../lib/url-state.ts";
import { useNow } from "../../../lib/use-now.ts";
import { historySeries, historyTable } from "../api/parameters-history.ts";
import {
  defaultSelection,
  groupViews,
  laterChanges,
  type ParameterRow,
  parameterRows,
} from "../api/parameters-model.ts";
import { useParametersPage } from "../api/parameters-query.ts";
import {
  assetsOf,
  axisTick,
  chartNumber,
  chartUnit,
  csvUnit,
  csvValue,
  displayRange,
  displayValue,
  type ParameterAssets,
  rawValue,
} from "../api/parameters-units.ts";
import { GovernanceHeader } from "../components/governance-header.tsx";
import { ParametersChart } from "../components/parameters-chart.tsx";
import { type ParameterFacts, ParametersDetail } from "../components/parameters-detail.tsx";
import { ParametersGroups } from "../components/parameters-groups.tsx";
import { ParametersQueued } from "../components/parameters-queued.tsx";
import { ParametersTable } from "../components/parameters-table.tsx";
import "../governance.css";
import "../components/parameters-page.css";

function factsOf(row: ParameterRow, assets: ParameterAssets): ParameterFacts {
  const group = isParameterKey(row.key) ? groupOf(row.key) : undefined;
  const others = group?.keys.filter((k) => k !== row.key).map(parameterName) ?? [];
  return {
    name: parameterName(row.key),
    description: describeParameter(row.key),
    value: row.indexed ? displayValue(row.key, row.value, assets) : "not indexed",
    raw: rawValue(row.key, row.value, assets),
    range: isParameterKey(row.key) ? displayRange(row.key, assets) : "not known to this dashboard",
    group: group
      ? `${group.label}: with ${others.join(", ")}, must sum to ${formatBps(group.total)}`
      : null,
  };
}

export function Route() {
  const config = useConfig();
  const assets = useMemo(() => assetsOf(config), [config]);
  const now = useChainNow(useNow());
  const [params] = useUrlParams();
  const query = useParametersPage();
  const rows = useMemo(
    () => (query.data ? parameterRows(query.data.parameters, query.data.proposals) : []),
    [query.data],
  );
  const requested = params.get("key");
  const selectedKey = rows.some((r) => r.key === requested) ? requested! : defaultSelection(rows);
  const selected = rows.find((r) => r.key === selectedKey);
  const format = (key: string, value: bigint) => displayValue(key, value, assets);
  const detailRef = useScrollOnSelect(selectedKey);
  const changed = rows.filter((r) => laterChanges(r).length > 0).length;

  return (
    <section className="page">
      <GovernanceHeader
        title="Parameters"
        lead="The rules of the economy that holders change by proposal: their values now, what the contract accepts, what is queued to change and how they got here."
      />
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 640 }}
          role="status"
          aria-label="Loading the parameters"
        />
      ) : query.state === "error" ? (
        <div className="card state-box" role="alert">
          <p>Could not load the parameters: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : query.data?.parameters.length === 0 ? (
        <p className="card state-box">
          The subgraph has indexed no parameter yet. EconomyParameters emits a change for each one
          when it is deployed; once the subgraph has indexed that block, they show here.
        </p>
      ) : (
        <>
          {query.error ? (
            <p className="refresh-failed" role="status">
              Refresh failed ({query.error}); showing the parameters received
              {query.lastGoodAt
                ? ` at ${new Date(query.lastGoodAt).toLocaleTimeString()}`
                : " earlier"}
              .{" "}
              <button type="button" className="link-button" onClick={query.retry}>
                Retry
              </button>
            </p>
          ) : null}
          <section className="card" aria-labelledby="param-queued-title">
            <h2 id="param-queued-title">What is set to change?</h2>
            <ParametersQueued rows={rows} name={parameterName} format={format} now={now} />
            <p className="muted">
              {rows.length} governed parameters; {changed === 0 ? "none" : changed} changed since
              deployment.
            </p>
          </section>
          {requested && requested !== selectedKey ? (
            <p className="note" role="status">
              No parameter is called “{requested}”; showing {parameterName(selectedKey ?? "")}.
            </p>
          ) : null}
          <ParametersGroups groups={groupViews(rows)} />
          <div className="param-layout">
            <div className="param-side" ref={detailRef} id="parameter-detail">
              {selected ? (
                <SelectedParameter
                  row={selected}
                  assets={assets}
                  now={now}
                  query={query}
                  explorerUrl={config.explorerUrl}
                />
              ) : null}
            </div>
            <div className="param-main">
              <ParametersTable
                rows={rows}
                facts={(row) => factsOf(row, assets)}
                format={format}
                selected={selectedKey}
                now={now}
              />
            </div>
          </div>
        </>
      )}
    </section>
  );
}

interface SelectedProps {
  row: ParameterRow;
  assets: ParameterAssets;
  now: number;
  query: ReturnType<typeof useParametersPage>;
  explorerUrl?: string;
}

function SelectedParameter({ row, assets, now, query, explorerUrl }: SelectedProps) {
  const units = useMemo(
    () => ({
      toNumber: (v: bigint) => chartNumber(row.key, v, assets),
      format: (v: bigint) => displayValue(row.key, v, assets),
    }),
    [row.key, assets],
  );
  const points = useMemo(() => historySeries(row, now, units), [row, now, units]);
  const table = useMemo(
    () => historyTable(row, units, (v) => csvValue(row.key, v, assets), csvUnit(row.key, assets)),
    [row, units, assets],
  );
  return (
    <>
      <ParametersDetail
        row={row}
        facts={factsOf(row, assets)}
        format={units.format}
        now={now}
        explorerUrl={explorerUrl}
      />
      <ParametersChart
        name={parameterName(row.key)}
        keyName={row.key}
        points={points}
        table={table}
        unit={chartUnit(row.key, assets)}
        head={now}
        tick={(v) => axisTick(row.key, v)}
        // the page says once, above, when a refresh failed
        query={{ ...query, error: null }}
      />
    </>
  );
}

/** On a narrow screen the detail sits above the list: bring it into view on a new selection. */
function useScrollOnSelect(key: string | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    const first = previous.current === undefined;
    previous.current = key;
    const top = ref.current?.getBoundingClientRect().top ?? 0;
    if (!first && top < 0) ref.current?.scrollIntoView?.({ block: "start" });
  }, [key]);
  return ref;
}
