// Range and granularity controls; their values live in the URL (useRangeParams).
import { useState } from "react";
import { GRANULARITIES, RANGE_KEYS, RANGE_LABELS, type RangeKey } from "../lib/time-range.ts";
import type { RangeParams } from "../lib/url-state.ts";

export function RangePicker({
  range,
  showGranularity = true,
  hourlyNote,
}: {
  range: RangeParams;
  showGranularity?: boolean;
  hourlyNote?: string;
}) {
  const [from, setFrom] = useState(range.spec.fromDate ?? "");
  const [to, setTo] = useState(range.spec.toDate ?? "");
  const customError = range.spec.key === "custom" && (!from || !to || to < from);
  return (
    <div className="range-picker">
      <fieldset className="segmented">
        <legend>Range</legend>
        {RANGE_KEYS.map((key: RangeKey) => (
          <label key={key}>
            <input
              type="radio"
              name="range"
              value={key}
              checked={range.spec.key === key}
              onChange={() =>
                range.setRange({ key, fromDate: from || undefined, toDate: to || undefined })
              }
            />
            <span>{RANGE_LABELS[key]}</span>
          </label>
        ))}
      </fieldset>
      {range.spec.key === "custom" ? (
        <form
          className="custom-range"
          onSubmit={(event) => {
            event.preventDefault();
            if (!customError) range.setRange({ key: "custom", fromDate: from, toDate: to });
          }}
        >
          <label>
            From (UTC){" "}
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </label>
          <label>
            To (UTC){" "}
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
          </label>
          <button type="submit" disabled={customError}>
            Apply
          </button>
          {customError && from && to ? (
            <span role="alert">The end is before the start.</span>
          ) : null}
        </form>
      ) : null}
      {showGranularity ? (
        <fieldset className="segmented">
          <legend>Granularity</legend>
          {GRANULARITIES.map((g) => (
            <label key={g}>
              <input
                type="radio"
                name="granularity"
                value={g}
                checked={range.granularity === g}
                onChange={() => range.setGranularity(g)}
              />
              <span>{g === "hour" ? "Hour" : "Day"}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {hourlyNote ? <p className="note">{hourlyNote}</p> : null}
    </div>
  );
}
