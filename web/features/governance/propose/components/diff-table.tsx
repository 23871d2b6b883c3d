import { PARAMETER_KEYS, type ParameterKey } from "../../../../../economy/parameters.ts";
import { ratio } from "../../../../lib/amount.ts";
import { formatSignedPercent } from "../../../../lib/percent.ts";
import { formatParameterValue, type UnitAssets } from "../api/parameter-input.ts";

export interface DiffTableProps {
  changes: Partial<Record<ParameterKey, bigint>>;
  current: Readonly<Record<string, bigint>>;
  assets: UnitAssets;
}

/** What the proposal's one action would set, old → new, with the stored integers on hover. */
export function DiffTable({ changes, current, assets }: DiffTableProps) {
  const keys = PARAMETER_KEYS.filter((k) => changes[k] !== undefined);
  if (keys.length === 0) {
    return (
      <p className="note">No valid change yet: the table fills as values pass the checks above.</p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          setParameters on EconomyParameters: {keys.length} parameter{keys.length === 1 ? "" : "s"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col" className="num">
              Proposed
            </th>
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const old = current[key]!;
            const next = changes[key]!;
            return (
              <tr key={key}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td className="num" title={`${old} (stored)`}>
                  {formatParameterValue(key, old, assets)}
                </td>
                <td className="num" title={`${next} (stored)`}>
                  {formatParameterValue(key, next, assets)}
                </td>
                <td className="num">
                  {old > 0n ? formatSignedPercent(ratio(next - old, old)) : "from 0"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
