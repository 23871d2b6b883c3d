// The exact figures of the cell under the pointer: demand, capacity, their ratio, the
// surge it set and the download price that surge made, or a day's summary.
import { formatExact } from "../../../lib/amount.ts";
import { effectiveCapacity } from "../api/saturation-buckets.ts";
import {
  bpsText,
  dayLabel,
  ratioText,
  shortDatum,
  surgeText,
  windowLabel,
} from "../api/saturation-format.ts";
import type { CellDetail, DatumHeat } from "../api/saturation-grid.ts";

export interface PriceUnit {
  symbol: string;
  decimals: number;
}

export interface HeatmapTooltipProps {
  cell: CellDetail | null;
  datum: DatumHeat | undefined;
  x: number;
  y: number;
  /** open to the left of the pointer (near the right edge) */
  flip: boolean;
  price: PriceUnit;
}

export function HeatmapTooltip({ cell, datum, x, y, flip, price }: HeatmapTooltipProps) {
  const style = {
    transform: `translate(${flip ? `calc(${x - 14}px - 100%)` : `${x + 14}px`}, ${y + 14}px)`,
  };
  const amount = (v: bigint) => `${formatExact(v, price.decimals)} ${price.symbol}`;
  return (
    <div
      className="chart-tooltip heatmap-tooltip"
      style={style}
      role="status"
      data-datum={datum?.id}
      data-window={cell?.kind === "window" ? cell.window : undefined}
      data-day={cell?.kind === "day" ? cell.dayId : undefined}
    >
      <p className="tooltip-title">
        Datum {datum ? shortDatum(datum.id) : ""} <span className="muted">#{datum?.index}</span>
      </p>
      {cell === null ? (
        <p className="muted">Not sampled in this {datum ? "bucket" : "range"}.</p>
      ) : cell.kind === "window" ? (
        <dl>
          <dt>Window</dt>
          <dd>{windowLabel(cell.window)}</dd>
          <dt>Demand</dt>
          <dd data-field="demand">{cell.demand.toLocaleString("en-US")}</dd>
          <dt>Capacity</dt>
          <dd data-field="capacity">
            {cell.capacity.toLocaleString("en-US")}
            {cell.capacity === 0n ? " (counted as 1)" : ""}
          </dd>
          <dt>Saturation</dt>
          <dd data-field="saturation">
            <strong>{ratioText(cell.saturationBps)}</strong> = {cell.demand.toLocaleString("en-US")}{" "}
            ÷ {effectiveCapacity(cell.capacity).toLocaleString("en-US")}
            {cell.demand > effectiveCapacity(cell.capacity) ? ", above capacity" : ""}
          </dd>
          <dt>Surge</dt>
          <dd data-field="surge">
            <strong>{surgeText(cell.surgeBps)}</strong> ({bpsText(cell.surgeBps)})
          </dd>
          <dt>Download price</dt>
          <dd data-field="price">
            {cell.price === null ? (
              "unknown: no base price was indexed yet"
            ) : (
              <>
                <strong>{amount(cell.price)}</strong> ={" "}
                {formatExact(cell.basePrice, price.decimals)} × {surgeText(cell.surgeBps)}
              </>
            )}
          </dd>
        </dl>
      ) : (
        <dl>
          <dt>Day</dt>
          <dd>{dayLabel(cell.dayId)}</dd>
          <dt>Hottest window</dt>
          <dd data-field="saturation">
            <strong>{ratioText(cell.peakSaturationBps)}</strong>
          </dd>
          <dt>Highest surge</dt>
          <dd data-field="surge">
            <strong>{surgeText(cell.peakSurgeBps)}</strong> ({bpsText(cell.peakSurgeBps)})
          </dd>
          <dt>Above capacity</dt>
          <dd>
            {cell.saturatedWindows} of {cell.samples} windows
          </dd>
          <dt>Demand ÷ capacity</dt>
          <dd>
            {cell.demand.toLocaleString("en-US")} ÷ {cell.capacity.toLocaleString("en-US")} over the
            day
          </dd>
        </dl>
      )}
    </div>
  );
}
