// The line under the impact table that says what its ± ranges are, or that they are coming.
import type { RangeState } from "../api/use-impact-range.ts";

export function RangeNote({ range, days }: { range: RangeState; days: number }) {
  const text =
    range.state === "ready" && Object.keys(range.range.byCount).length === 0
      ? `No ± ranges: ${days < 2 ? "one measured day shows" : `the ${days} measured days show`} no day-to-day scatter of activity to estimate them from.`
      : range.state === "ready"
        ? `± : the ≈95 % range the ${days} measured days' scatter of activity gives (computed in ${range.ms.toFixed(0)} ms).`
        : range.state === "running"
          ? `Computing the ≈95 % ranges from the ${days} measured days' scatter of activity…`
          : range.state === "error"
            ? `The ranges could not be computed: ${range.error}`
            : null;
  if (text === null) return null;
  return (
    <p className="note" data-testid="range-note" aria-live="polite">
      {text}
    </p>
  );
}
