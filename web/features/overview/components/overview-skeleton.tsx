import type { ReactNode } from "react";
import type { QueryState } from "../../../components/chart/chart-card.tsx";

/** Placeholders the size of the cards they stand for, or the error with a retry. */
export function OverviewSkeleton({ header, query }: { header: ReactNode; query: QueryState }) {
  return (
    <section className="page">
      {header}
      {query.state === "error" ? (
        <div className="card state-box" role="alert">
          <p>The Overview could not load: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : (
        <div role="status" aria-label="Loading the Overview" className="grid">
          <div className="skeleton" style={{ height: 64 }} />
          <div className="grid grid-stats">
            <div className="skeleton stat-card" />
            <div className="skeleton stat-card" />
          </div>
          <div className="grid grid-stats">
            {["a", "b", "c", "d"].map((k) => (
              <div key={k} className="skeleton stat-card" />
            ))}
          </div>
          <div className="skeleton" style={{ height: 320 }} />
        </div>
      )}
    </section>
  );
}
