// Ticks under the heatmap at UTC day (or hour) boundaries, placed by percentage so they
// follow the canvas at any width without a measure.
import { memo } from "react";
import type { BucketRange } from "../api/saturation-buckets.ts";

const DAY = 86_400;

function ticks(range: BucketRange): { at: number; label: string }[] {
  const start = range.first * range.seconds;
  const span = range.count * range.seconds;
  const days = span / DAY;
  // a tick every 3 h for a day or less, else every day, or every week past two months
  const step = days <= 1.5 ? 3 * 3600 : days <= 60 ? DAY * Math.ceil(days / 14) : 7 * DAY;
  const out: { at: number; label: string }[] = [];
  for (let t = Math.ceil(start / step) * step; t < start + span; t += step) {
    const iso = new Date(t * 1000).toISOString();
    const label =
      step < DAY
        ? `${iso.slice(11, 16)}`
        : new Date(t * 1000).toLocaleDateString("en-GB", {
            day: "numeric",
            month: "short",
            timeZone: "UTC",
          });
    out.push({ at: (t - start) / span, label });
  }
  return out;
}

export const TimeAxis = memo(function TimeAxis({ range }: { range: BucketRange }) {
  return (
    <div className="heatmap-axis" aria-hidden="true">
      {ticks(range).map((t) => (
        <span key={t.at} style={{ left: `${t.at * 100}%` }}>
          {t.label}
        </span>
      ))}
    </div>
  );
});
