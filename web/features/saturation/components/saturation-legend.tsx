// The colour scale with its ticks, capacity (1.0) marked, and a switch that hides every cell
// at or below capacity so the surged windows stand out.
import { cividis, SATURATION_TICKS } from "../../../lib/colour-scale.ts";

const STOPS = Array.from({ length: 17 }, (_, i) => {
  const [r, g, b] = cividis(i / 16);
  return `rgb(${r}, ${g}, ${b}) ${(i / 16) * 100}%`;
}).join(", ");

export interface SaturationLegendProps {
  onlyAbove: boolean;
  onOnlyAbove: (on: boolean) => void;
}

export function SaturationLegend({ onlyAbove, onOnlyAbove }: SaturationLegendProps) {
  return (
    <div className="saturation-legend">
      <div className="legend-scale">
        <span className="legend-caption">Saturation (demand ÷ capacity)</span>
        <div className="legend-bar" style={{ background: `linear-gradient(to right, ${STOPS})` }}>
          <span
            className="legend-capacity"
            style={{ left: "50%" }}
            title="1.0: demand equals capacity"
          >
            <span>1.0 capacity</span>
          </span>
        </div>
        <div className="legend-ticks" aria-hidden="true">
          {SATURATION_TICKS.map((t) => (
            <span key={t.value} style={{ left: `${t.position * 100}%` }}>
              {t.label}
            </span>
          ))}
        </div>
        <p className="legend-note">
          Log scale: half and double capacity are equally far from 1.0. Right of 1.0 demand exceeds
          capacity and surge raises the download price. Blank: not sampled.
        </p>
      </div>
      <label className="legend-switch">
        <input
          type="checkbox"
          checked={onlyAbove}
          onChange={(e) => onOnlyAbove(e.target.checked)}
        />{" "}
        Only windows above capacity
      </label>
    </div>
  );
}
