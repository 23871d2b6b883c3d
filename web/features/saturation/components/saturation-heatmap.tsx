// The heatmap: the grid on one canvas (heatmap-draw.ts), and above it DOM layers that move
// without touching the canvas: the hovered cell's outline and its tooltip, the selected
// datum's row. Keyboard: arrows move the cell, Enter opens the datum, Escape leaves.
import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { shortDatum } from "../api/saturation-format.ts";
import type { HeatmapGrid } from "../api/saturation-grid.ts";
import { drawHeatmap, type HeatmapLayout, hitTest, layoutFor } from "./heatmap-draw.ts";
import { HeatmapTooltip, type PriceUnit } from "./heatmap-tooltip.tsx";
import { TimeAxis } from "./time-axis.tsx";

export interface SaturationHeatmapProps {
  grid: HeatmapGrid;
  selected: string | null;
  onSelect: (datum: string) => void;
  price: PriceUnit;
  /** called with the milliseconds each draw took (the bench reads it) */
  onDraw?: (ms: number) => void;
}

interface Hover {
  row: number;
  column: number;
  x: number;
  y: number;
}

const FALLBACK_WIDTH = 960; // before the first measure, and in jsdom which measures nothing
const LABEL_MIN_ROW = 10;

export function SaturationHeatmap({
  grid,
  selected,
  onSelect,
  price,
  onDraw,
}: SaturationHeatmapProps) {
  const plot = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  const [hover, setHover] = useState<Hover | null>(null);
  const layout = useMemo(
    () => layoutFor(width, grid.rows.length, grid.range.count),
    [width, grid.rows.length, grid.range.count],
  );

  useLayoutEffect(() => {
    const node = plot.current;
    if (!node) return;
    const measure = () => {
      const w = Math.floor(node.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // The only place the grid is drawn: when the data or the size change, never on hover.
  useEffect(() => {
    const node = canvas.current;
    const ctx = node?.getContext("2d");
    if (!node || !ctx) return;
    const started = performance.now();
    const scale = window.devicePixelRatio || 1;
    node.width = Math.max(1, Math.round(layout.width * scale));
    node.height = Math.max(1, Math.round(layout.height * scale));
    drawHeatmap(ctx, grid.values, layout, scale);
    onDraw?.(performance.now() - started);
  }, [grid, layout, onDraw]);

  const pointAt = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const rect = event.currentTarget.getBoundingClientRect();
      const x = event.clientX - rect.left;
      const y = event.clientY - rect.top;
      const cell = hitTest(layout, x, y);
      return cell ? { ...cell, x, y } : null;
    },
    [layout],
  );
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const next = pointAt(event);
    setHover((h) =>
      h &&
      next &&
      h.row === next.row &&
      h.column === next.column &&
      h.x === next.x &&
      h.y === next.y
        ? h
        : next,
    );
  };
  const click = (event: PointerEvent<HTMLDivElement>) => {
    const cell = pointAt(event);
    const datum = cell ? grid.rows[cell.row]?.id : undefined;
    if (datum) onSelect(datum);
  };
  const key = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = hover ?? centreOf(layout, 0, layout.columns - 1);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-10, 0],
      PageDown: [10, 0],
    };
    const step = moves[event.key];
    if (step) {
      event.preventDefault();
      const row = clamp(at.row + (hover ? step[0] : 0), layout.rows - 1);
      const column = clamp(at.column + (hover ? step[1] : 0), layout.columns - 1);
      setHover(centreOf(layout, row, column));
    } else if (event.key === "Enter" && hover) {
      const datum = grid.rows[hover.row]?.id;
      if (datum) onSelect(datum);
    } else if (event.key === "Escape") setHover(null);
  };

  const selectedRow = selected ? grid.rows.findIndex((r) => r.id === selected) : -1;
  const cell = hover ? grid.cell(hover.row, hover.column) : null;
  const showLabels = layout.rowHeight >= LABEL_MIN_ROW;
  return (
    <div className="heatmap">
      {showLabels ? <RowLabels grid={grid} layout={layout} selected={selectedRow} /> : null}
      <div className="heatmap-main">
        <div
          ref={plot}
          className="heatmap-plot"
          // a canvas widget of its own: pointer and arrow keys move through the cells, and
          // the card's table view holds the same numbers
          role="application"
          aria-roledescription="heatmap"
          style={{ height: layout.height }}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: arrow keys move through the cells
          tabIndex={0}
          aria-label={`Saturation heatmap: ${grid.rows.length} data by ${grid.range.count} ${grid.range.bucketing === "window" ? "15-minute windows" : "days"}. Arrow keys move between cells, Enter opens a datum.`}
          onPointerMove={move}
          onPointerLeave={() => setHover(null)}
          onClick={click}
          onKeyDown={key}
          onBlur={() => setHover(null)}
          data-rows={layout.rows}
          data-columns={layout.columns}
          data-bucketing={grid.range.bucketing}
          data-first={grid.range.first}
        >
          <canvas ref={canvas} className="heatmap-canvas" style={{ height: layout.height }} />
          {selectedRow >= 0 ? (
            <div
              className="heatmap-row-mark"
              style={{ top: selectedRow * layout.rowHeight, height: layout.rowHeight }}
            />
          ) : null}
          {hover ? (
            <>
              <div
                className="heatmap-cursor"
                style={{
                  transform: `translate(${hover.column * layout.cellWidth}px, ${hover.row * layout.rowHeight}px)`,
                  width: Math.max(2, layout.cellWidth),
                  height: layout.rowHeight,
                }}
              />
              <HeatmapTooltip
                cell={cell}
                datum={grid.rows[hover.row]}
                x={hover.x}
                y={hover.y}
                flip={hover.x > layout.width - 300}
                price={price}
              />
            </>
          ) : null}
        </div>
        <TimeAxis range={grid.range} />
      </div>
    </div>
  );
}

const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));

function centreOf(layout: HeatmapLayout, row: number, column: number): Hover {
  return {
    row,
    column,
    x: (column + 0.5) * layout.cellWidth,
    y: (row + 0.5) * layout.rowHeight,
  };
}

// Memoised: a hover re-renders the heatmap's frame, never these.
const RowLabels = memo(function RowLabels({
  grid,
  layout,
  selected,
}: {
  grid: HeatmapGrid;
  layout: HeatmapLayout;
  selected: number;
}) {
  return (
    <div className="heatmap-labels" style={{ height: layout.height }} aria-hidden="true">
      {grid.rows.map((d, i) => (
        <span
          key={d.id}
          className={i === selected ? "selected" : undefined}
          style={{ height: layout.rowHeight, lineHeight: `${layout.rowHeight}px` }}
          title={d.id}
        >
          {shortDatum(d.id)}
        </span>
      ))}
    </div>
  );
});
