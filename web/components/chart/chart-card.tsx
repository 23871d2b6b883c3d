// Every chart's frame: reserved height (no layout shift), skeleton, empty reason, error
// with retry and the last good data kept, a toggle to the table of the same numbers, and
// CSV export of exactly those rows.
import { type ReactNode, useId, useState } from "react";
import { downloadCsv, toCsv } from "../../lib/csv.ts";
import type { LoadState } from "../../lib/use-dashboard-query.ts";
import { DataTable } from "./data-table.tsx";
import { cellCsv, type TableSpec } from "./table-spec.ts";

export interface QueryState {
  state: LoadState;
  error: string | null;
  lastGoodAt: number | null;
  retry: () => void;
}

export interface ChartCardProps {
  /** the question the chart answers */
  title: string;
  /** unit and range */
  subtitle: string;
  height: number;
  query: QueryState;
  /** why there is nothing to draw, or null when there is */
  empty: string | null;
  table: TableSpec | null;
  csvName: string;
  children: ReactNode;
  /** a short line explaining a term or formula */
  note?: ReactNode;
  /** pickers that choose what the chart shows (not inside the note's paragraph) */
  controls?: ReactNode;
  /** how a derived figure is computed, one click away (UI.md) */
  formula?: ReactNode;
}

export function ChartCard(props: ChartCardProps) {
  const { title, subtitle, height, query, empty, table, csvName, children, note, formula } = props;
  const { controls } = props;
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const ready = query.state === "ready";
  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <header className="card-head">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="subtitle">{subtitle}</p>
        </div>
        <div className="card-actions">
          <button
            type="button"
            aria-pressed={showTable}
            disabled={!ready || !table || empty !== null}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? "Chart" : "Table"}
          </button>
          <button
            type="button"
            disabled={!ready || !table || empty !== null}
            onClick={() =>
              table &&
              downloadCsv(
                csvName,
                toCsv(
                  table.columns.map((c) => c.label),
                  table.rows.map((r) => r.map(cellCsv)),
                ),
              )
            }
          >
            CSV
          </button>
        </div>
      </header>
      {controls ? <div className="chart-controls">{controls}</div> : null}
      {note ? <p className="note">{note}</p> : null}
      {formula ? (
        <details className="formula">
          <summary>How it is computed</summary>
          {formula}
        </details>
      ) : null}
      {query.error && ready ? <RefreshFailed query={query} /> : null}
      <div className="chart-body" style={{ minHeight: height }}>
        {query.state === "loading" ? (
          <div
            className="skeleton"
            style={{ height }}
            role="status"
            aria-label={`Loading ${title}`}
          />
        ) : query.state === "error" ? (
          <div className="state-box" style={{ height }} role="alert">
            <p>Could not load this chart: {query.error}</p>
            <button type="button" onClick={query.retry}>
              Retry
            </button>
          </div>
        ) : empty !== null ? (
          <div className="state-box" style={{ height }}>
            <p>{empty}</p>
          </div>
        ) : showTable && table ? (
          <div style={{ maxHeight: height, overflow: "auto" }}>
            <DataTable spec={table} caption={title} />
          </div>
        ) : (
          <div style={{ height }}>{children}</div>
        )}
      </div>
    </section>
  );
}

function RefreshFailed({ query }: { query: QueryState }) {
  const at = query.lastGoodAt ? new Date(query.lastGoodAt).toLocaleTimeString() : "earlier";
  return (
    <p className="refresh-failed" role="status">
      Refresh failed ({query.error}); showing data received at {at}.{" "}
      <button type="button" className="link-button" onClick={query.retry}>
        Retry
      </button>
    </p>
  );
}
