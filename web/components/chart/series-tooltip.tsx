import type { Series, SeriesPoint } from "./series.ts";

interface TooltipProps {
  active?: boolean;
  label?: number | string;
  series: Series[];
  byTime: Map<number, SeriesPoint>;
  bucketLabel: (t: number) => string;
}

/** Exact values on hover, for every visible series of the hovered bucket. */
export function SeriesTooltip({ active, label, series, byTime, bucketLabel }: TooltipProps) {
  const point = active && label !== undefined ? byTime.get(Number(label)) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="tooltip-title">{bucketLabel(point.t)}</p>
      <ul>
        {series.map((s) =>
          point.exact[s.key] === undefined ? null : (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
              {s.label}: <strong>{point.exact[s.key]}</strong>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
