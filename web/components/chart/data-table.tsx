// A plain, accessible table of a chart's numbers; sortable by any column.
import { useMemo, useState } from "react";
import { type Cell, cellCsv, cellText, type TableSpec } from "./table-spec.ts";

function compare(a: Cell, b: Cell, numeric: boolean): number {
  const x = cellCsv(a);
  const y = cellCsv(b);
  if (numeric && /^-?\d+(\.\d+)?$/.test(x) && /^-?\d+(\.\d+)?$/.test(y)) {
    return compareDecimal(x, y);
  }
  return x.localeCompare(y);
}

/** Exact comparison of decimal strings: amounts never go through a float to be sorted. */
export function compareDecimal(x: string, y: string): number {
  const scale = (s: string) => {
    const [whole = "0", fraction = ""] = s.replace("-", "").split(".");
    return { negative: s.startsWith("-"), whole, fraction };
  };
  const a = scale(x);
  const b = scale(y);
  const digits = Math.max(a.fraction.length, b.fraction.length);
  const toBig = (v: { negative: boolean; whole: string; fraction: string }) =>
    (v.negative ? -1n : 1n) * BigInt(v.whole + v.fraction.padEnd(digits, "0"));
  const d = toBig(a) - toBig(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function DataTable({ spec, caption }: { spec: TableSpec; caption: string }) {
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null);
  const rows = useMemo(() => {
    if (!sort) return spec.rows;
    const numeric = spec.columns[sort.column]?.numeric ?? false;
    const sorted = [...spec.rows].sort((a, b) =>
      compare(a[sort.column] ?? "", b[sort.column] ?? "", numeric),
    );
    return sort.descending ? sorted.reverse() : sorted;
  }, [spec, sort]);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {caption} <span className="muted">— from {spec.source}</span>
        </caption>
        <thead>
          <tr>
            {spec.columns.map((column, index) => {
              const active = sort?.column === index;
              return (
                <th
                  key={column.label}
                  scope="col"
                  className={column.numeric ? "num" : undefined}
                  aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort({
                        column: index,
                        descending: active ? !sort.descending : column.numeric === true,
                      })
                    }
                  >
                    {column.label}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // Rows have no identity of their own beyond their position in this sort.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={r}>
              {row.map((cell, c) => (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  key={c}
                  className={spec.columns[c]?.numeric ? "num" : undefined}
                  title={typeof cell === "string" ? undefined : cell.title}
                >
                  {cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
