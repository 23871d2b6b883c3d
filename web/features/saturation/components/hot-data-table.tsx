// The hottest data of the range, sortable by any figure (the sort lives in the URL); a row
// opens the datum's drill-down.
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatExact } from "../../../lib/amount.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { overallSaturationBps } from "../api/saturation-buckets.ts";
import { ratioText, shortDatum, surgeText } from "../api/saturation-format.ts";
import type { DatumHeat } from "../api/saturation-grid.ts";
import { decimalText, HOT_SORTS, type HotSort, sortHot } from "../api/saturation-hot.ts";
import type { PriceUnit } from "./heatmap-tooltip.tsx";

export interface HotDataTableProps {
  data: DatumHeat[];
  /** rows drawn in the heatmap */
  drawn: number;
  sort: HotSort;
  descending: boolean;
  onSort: (sort: HotSort, descending: boolean) => void;
  selected: string | null;
  onSelect: (datum: string) => void;
  unit: PriceUnit;
  subtitle: string;
  query: QueryState;
}

const LABELS: Record<HotSort, string> = {
  peak: "Peak saturation",
  above: "Windows above capacity",
  overall: "Σ demand ÷ Σ capacity",
  surge: "Highest surge",
  latest: "Latest saturation",
  downloads: "Downloads (all time)",
  revenue: "Revenue (all time)",
};

export function HotDataTable(props: HotDataTableProps) {
  const { data, drawn, sort, descending, onSort, selected, onSelect, unit, subtitle, query } =
    props;
  const rows = sortHot(data, sort, descending);
  const share = (d: DatumHeat) => (d.samples ? d.saturatedWindows / d.samples : 0);
  const cells = (d: DatumHeat) => [
    ratioText(d.peakSaturationBps),
    `${d.saturatedWindows} of ${d.samples}`,
    ratioText(overallSaturationBps(d)),
    surgeText(d.peakSurgeBps),
    d.latestSaturation,
    String(d.downloadCount),
    formatExact(d.downloadRevenue, unit.decimals),
  ];
  const csv = () =>
    downloadCsv(
      "hottest-data.csv",
      toCsv(
        ["datum", ...HOT_SORTS.map((k) => LABELS[k])],
        rows.map((d) => [d.id, ...cells(d).map((c) => c.replaceAll(",", ""))]),
      ),
    );
  return (
    <section className="card" aria-labelledby="hot-title">
      <header className="card-head">
        <div>
          <h2 id="hot-title">Which data ran hottest?</h2>
          <p className="subtitle">
            Every datum sampled {subtitle}; the first {drawn} by peak are drawn above (Datum,
            SaturationWindow or SaturationDay)
          </p>
        </div>
        <button type="button" onClick={csv} disabled={rows.length === 0}>
          CSV
        </button>
      </header>
      <details className="formula">
        <summary>How these are computed</summary>
        <p>
          Saturation of a window = download demand ÷ upload capacity (a datum without capacity
          counts 1), in basis points as the oracle floors it. Peak: the range's highest window.
          Windows above capacity: demand &gt; capacity. Σ demand ÷ Σ capacity: the whole range at
          once. Downloads and revenue count every paid download of the datum since it was first
          seen, in {unit.symbol}.
        </p>
      </details>
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 240 }}
          role="status"
          aria-label="Loading the hottest data"
        />
      ) : rows.length === 0 ? (
        <p className="state-box">No datum was sampled in this range.</p>
      ) : (
        <div className="table-scroll" style={{ maxHeight: 420, overflowY: "auto" }}>
          <table className="data-table hot-table">
            <thead>
              <tr>
                <th scope="col">Datum</th>
                {HOT_SORTS.map((k) => (
                  <th
                    key={k}
                    scope="col"
                    className="num"
                    aria-sort={sort === k ? (descending ? "descending" : "ascending") : "none"}
                  >
                    <button
                      type="button"
                      onClick={() => onSort(k, sort === k ? !descending : true)}
                    >
                      {LABELS[k]}
                      {sort === k ? (descending ? " ↓" : " ↑") : ""}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => {
                const c = cells(d);
                return (
                  <tr key={d.id} className={d.id === selected ? "selected" : undefined}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        title={d.id}
                        aria-pressed={d.id === selected}
                        onClick={() => onSelect(d.id)}
                      >
                        {shortDatum(d.id)}
                      </button>
                    </td>
                    <td className="num">{c[0]}</td>
                    <td className="num" title={formatPercent(share(d))}>
                      {c[1]}
                    </td>
                    <td className="num">{c[2]}</td>
                    <td className="num">{c[3]}</td>
                    <td className="num" title={d.latestSaturation}>
                      {decimalText(d.latestSaturation)}
                    </td>
                    <td className="num">{c[5]}</td>
                    <td className="num">
                      {c[6]} {unit.symbol}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
