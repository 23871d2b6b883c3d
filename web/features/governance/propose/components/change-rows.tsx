import type { ParameterKey } from "../../../../../economy/parameters.ts";
import { ratio } from "../../../../lib/amount.ts";
import { describeParameter } from "../../../../lib/parameters.ts";
import { formatSignedPercent } from "../../../../lib/percent.ts";
import type { GroupCheck, RowCheck } from "../api/draft-model.ts";
import { formatParameterValue, inputUnit, type UnitAssets } from "../api/parameter-input.ts";

export interface ChangeRowsProps {
  rows: RowCheck[];
  groups: GroupCheck[];
  texts: Partial<Record<ParameterKey, string>>;
  /** the values the split members would have, for the group's explanation */
  valueOf: (key: ParameterKey) => bigint | undefined;
  assets: UnitAssets;
  onChange: (key: ParameterKey, text: string) => void;
  onRemove: (key: ParameterKey) => void;
  onAdd: (keys: ParameterKey[]) => void;
}

/** The picked parameters, each typed in its unit, with old → new and the reason it is refused. */
export function ChangeRows(props: ChangeRowsProps) {
  const { rows, groups, assets } = props;
  return (
    <>
      <ul className="change-rows">
        {rows.map((row) => (
          <ChangeRow
            key={row.key}
            row={row}
            text={props.texts[row.key] ?? ""}
            assets={assets}
            onChange={props.onChange}
            onRemove={props.onRemove}
          />
        ))}
      </ul>
      {groups.map((g) => (
        <div key={g.group.id} className="propose-problem" role="alert">
          <strong>
            The {g.group.label.toLowerCase()} must sum to{" "}
            {formatParameterValue(g.group.keys[0]!, g.group.total, assets)}
          </strong>
          ; with this draft its {g.group.keys.length} shares sum to{" "}
          {formatParameterValue(g.group.keys[0]!, g.sum, assets)}. Change the others with it.
          <details>
            <summary>Show the {g.group.label.toLowerCase()}'s members</summary>
            <ul>
              {g.group.keys.map((k) => {
                const v = props.valueOf(k);
                return (
                  <li key={k}>
                    <code>{k}</code>:{" "}
                    {v === undefined ? "not indexed" : formatParameterValue(k, v, assets)}
                    {g.missing.includes(k) ? " (now; not in this draft)" : " (this draft)"}
                  </li>
                );
              })}
            </ul>
          </details>
          {g.missing.length > 0 ? (
            <button type="button" onClick={() => props.onAdd(g.missing)}>
              Add {g.missing.join(", ")} to the draft
            </button>
          ) : null}
        </div>
      ))}
    </>
  );
}

function ChangeRow({
  row,
  text,
  assets,
  onChange,
  onRemove,
}: {
  row: RowCheck;
  text: string;
  assets: UnitAssets;
  onChange: (key: ParameterKey, text: string) => void;
  onRemove: (key: ParameterKey) => void;
}) {
  const { key, current, next, reason } = row;
  const errorId = `change-error-${key}`;
  const fmt = (v: bigint) => formatParameterValue(key, v, assets);
  return (
    <li className="change-row">
      <div className="change-head">
        <code>{key}</code>
        <span className="note">{describeParameter(key)}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => onRemove(key)}
          aria-label={`Remove ${key}`}
        >
          Remove
        </button>
      </div>
      <label className="change-input">
        <span>New value</span>
        <input
          className="gov-input"
          value={text}
          onChange={(e) => onChange(key, e.target.value)}
          aria-label={`New value of ${key}`}
          aria-invalid={reason ? true : undefined}
          aria-describedby={reason ? errorId : undefined}
          inputMode={inputUnit(key, assets) === "d h m s" ? "text" : "decimal"}
          spellCheck={false}
        />
        <span className="unit">{inputUnit(key, assets)}</span>
      </label>
      <p className="change-diff">
        {current === undefined ? "Now: not indexed" : <>Now {fmt(current)}</>}
        {next !== undefined && current !== undefined && next !== current ? (
          <>
            {" "}
            → <strong>{fmt(next)}</strong>
            {current > 0n ? ` (${formatSignedPercent(ratio(next - current, current))})` : ""}
          </>
        ) : null}
      </p>
      {reason ? (
        <p className="field-error" id={errorId}>
          {reason}
        </p>
      ) : null}
    </li>
  );
}
