// Every governed parameter: value now, the range the contract accepts, its last change and
// any change a Queued proposal will make. A row's name selects it (in the URL).
import { Link } from "react-router";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { laterChanges, type ParameterRow } from "../api/parameters-model.ts";
import type { ParameterFacts } from "./parameters-detail.tsx";

export interface ParametersTableProps {
  rows: ParameterRow[];
  facts: (row: ParameterRow) => ParameterFacts;
  format: (key: string, value: bigint) => string;
  selected: string | undefined;
  now: number;
}

export function ParametersTable({ rows, facts, format, selected, now }: ParametersTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table param-table">
        <caption className="visually-hidden">Governed parameters</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col" className="param-range-col">
              Accepted range
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const f = facts(row);
            const last = laterChanges(row).at(-1);
            const next = row.upcoming[0];
            const current = row.key === selected;
            return (
              <tr key={row.key} className={current ? "param-selected" : undefined}>
                <th scope="row">
                  <Link
                    to={{ search: `?key=${row.key}` }}
                    aria-current={current ? "true" : undefined}
                    title={f.description}
                  >
                    {f.name}
                  </Link>
                  <span className="param-when muted">
                    {last ? (
                      <span title={formatAbsolute(last.t)}>
                        changed {formatRelative(last.t, now)}
                      </span>
                    ) : (
                      "never changed"
                    )}
                  </span>
                </th>
                <td className="num" title={f.raw}>
                  {f.value}
                  {next ? (
                    <span className="param-next">
                      <span className="badge badge-queued">Queued</span> →{" "}
                      {format(row.key, next.newValue)}
                    </span>
                  ) : null}
                </td>
                <td className="param-range-col">{f.range}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
