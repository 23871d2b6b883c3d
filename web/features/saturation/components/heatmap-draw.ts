// Drawing the heatmap by hand on a canvas. No chart library draws a 67,200-cell grid fast:
// as SVG (recharts) each cell is a DOM node to build, style, lay out and paint (seconds for a
// week of 100 data; test/bench/heatmap-bench.ts measures both). Here the grid is one
// ImageData written pixel by pixel from a colour table and put on the canvas once; the
// pointer finds its cell by arithmetic on the same layout, so hovering never redraws it.
import { LUT_SIZE, SATURATION_LUT, saturationIndex } from "../../../lib/colour-scale.ts";

export interface HeatmapLayout {
  /** CSS pixels */
  width: number;
  height: number;
  rows: number;
  columns: number;
  cellWidth: number;
  rowHeight: number;
}

/** Rows 3–14 px tall so 100 data fit in ~420 px; columns share the width evenly. */
export function layoutFor(width: number, rows: number, columns: number): HeatmapLayout {
  const rowHeight = Math.max(3, Math.min(14, Math.floor(420 / Math.max(1, rows))));
  return {
    width,
    height: rowHeight * rows,
    rows,
    columns,
    cellWidth: width / Math.max(1, columns),
    rowHeight,
  };
}

/** The cell under a point in CSS pixels relative to the grid, or null outside it. */
export function hitTest(layout: HeatmapLayout, x: number, y: number) {
  if (x < 0 || y < 0 || x >= layout.width || y >= layout.height) return null;
  const column = Math.min(layout.columns - 1, Math.floor(x / layout.cellWidth));
  const row = Math.min(layout.rows - 1, Math.floor(y / layout.rowHeight));
  return { row, column };
}

/**
 * Writes the grid into `ctx` at `scale` device pixels per CSS pixel. Each device-pixel
 * column shows the highest saturation of the windows it covers (so a narrow canvas never
 * hides a spike); rows taller than 7 device pixels keep a 1-pixel gap between data.
 * Cells not sampled stay transparent.
 */
export function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  values: Float32Array,
  layout: HeatmapLayout,
  scale = 1,
): void {
  const width = Math.max(1, Math.round(layout.width * scale));
  const height = Math.max(1, Math.round(layout.height * scale));
  const image = ctx.createImageData(width, height);
  const pixels = new Uint32Array(image.data.buffer);
  const { columns, rows } = layout;
  // device-pixel column → the range of grid columns it covers
  const first = new Int32Array(width);
  const last = new Int32Array(width);
  const perPixel = columns / width;
  for (let px = 0; px < width; px++) {
    first[px] = Math.min(columns - 1, Math.floor(px * perPixel));
    last[px] = Math.max(first[px]!, Math.min(columns - 1, Math.ceil((px + 1) * perPixel) - 1));
  }
  // each cell's colour index once (the scale is monotonic, so the highest index of a pixel
  // column is its highest saturation); -1 where not sampled
  const index = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) index[i] = saturationIndex(values[i]!);
  const line = new Uint32Array(width);
  const rowPixels = layout.rowHeight * scale;
  const gap = rowPixels >= 8 ? 1 : 0;
  const lut = SATURATION_LUT.pixels;
  for (let row = 0; row < rows; row++) {
    const base = row * columns;
    for (let px = 0; px < width; px++) {
      let peak = -1;
      for (let c = first[px]!; c <= last[px]!; c++) {
        const i = index[base + c]!;
        if (i > peak) peak = i;
      }
      line[px] = peak < 0 ? 0 : lut[Math.min(LUT_SIZE - 1, peak)]!;
    }
    const top = Math.round(row * rowPixels);
    const bottom = Math.round((row + 1) * rowPixels) - gap;
    for (let py = top; py < bottom && py < height; py++) pixels.set(line, py * width);
  }
  ctx.putImageData(image, 0, 0);
}
