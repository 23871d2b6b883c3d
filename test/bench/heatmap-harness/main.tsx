// The page heatmap-bench.ts drives in Chromium: a synthetic week of 100 data, drawn by the
// view's own canvas code and by recharts as SVG, each timed to the frame that shows it.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { HeatmapGrid } from "../../../web/features/saturation/api/saturation-grid.ts";
import { buildGrid } from "../../../web/features/saturation/api/saturation-grid.ts";
import {
  drawHeatmap,
  layoutFor,
} from "../../../web/features/saturation/components/heatmap-draw.ts";
import { SaturationHeatmap } from "../../../web/features/saturation/components/saturation-heatmap.tsx";
import { type SvgCell, SvgGrid } from "./svg-grid.tsx";
import { FIRST_WINDOW, syntheticWeek, WINDOWS } from "./synthetic.ts";

const WIDTH = 1200;
const stage = document.getElementById("stage") as HTMLDivElement;
const now = () => performance.now();
/** Resolves once the frame after the current task has been produced. */
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let grid: HeatmapGrid;

function model() {
  const started = now();
  const data = syntheticWeek();
  const generated = now();
  grid = buildGrid(data, {
    bucketing: "window",
    first: FIRST_WINDOW,
    count: WINDOWS,
    seconds: 900,
  });
  return {
    rows: grid.rows.length,
    columns: grid.range.count,
    buildMs: now() - generated,
    dataMs: generated - started,
  };
}

/** drawHeatmap alone (flushed by a one-pixel read), and to the frame that shows it. */
async function canvas(runs: number) {
  const layout = layoutFor(WIDTH, grid.rows.length, grid.range.count);
  const draws: number[] = [];
  const frames: number[] = [];
  for (let i = 0; i < runs; i++) {
    const node = document.createElement("canvas");
    node.width = WIDTH;
    node.height = layout.height;
    stage.replaceChildren(node);
    await nextFrame();
    const ctx = node.getContext("2d") as CanvasRenderingContext2D;
    const started = now();
    drawHeatmap(ctx, grid.values, layout, 1);
    ctx.getImageData(0, 0, 1, 1);
    draws.push(now() - started);
    await nextFrame();
    frames.push(now() - started);
  }
  return { draws, frames };
}

/** recharts' SVG of the same cells: render and layout, and to the frame that shows it. */
async function svg(runs: number) {
  const layout = layoutFor(WIDTH, grid.rows.length, grid.range.count);
  const cells: SvgCell[] = [];
  grid.values.forEach((saturation, i) => {
    if (!Number.isNaN(saturation)) {
      cells.push({ row: Math.floor(i / layout.columns), column: i % layout.columns, saturation });
    }
  });
  const renders: number[] = [];
  const frames: number[] = [];
  let rects = 0;
  for (let i = 0; i < runs; i++) {
    const host = document.createElement("div");
    stage.replaceChildren(host);
    await nextFrame();
    const root = createRoot(host);
    const started = now();
    flushSync(() =>
      root.render(
        <SvgGrid
          cells={cells}
          columns={layout.columns}
          rows={layout.rows}
          width={WIDTH}
          rowHeight={layout.rowHeight}
        />,
      ),
    );
    host.getBoundingClientRect();
    renders.push(now() - started);
    await nextFrame();
    frames.push(now() - started);
    rects = host.querySelectorAll("rect").length;
    root.unmount();
  }
  return { renders, frames, rects, cells: cells.length };
}

/** Mounts the view's heatmap component; the sweep then runs from the outside. */
async function mountComponent() {
  const host = document.createElement("div");
  host.style.width = `${WIDTH}px`;
  stage.replaceChildren(host);
  const drawsMs: number[] = [];
  const started = now();
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <SaturationHeatmap
        grid={grid}
        selected={null}
        onSelect={() => undefined}
        price={{ symbol: "WSHD", decimals: 18 }}
        onDraw={(ms) => drawsMs.push(ms)}
      />,
    ),
  );
  await nextFrame();
  const firstFrameMs = now() - started;
  const plot = host.querySelector(".heatmap-plot") as HTMLDivElement;
  const rect = plot.getBoundingClientRect();
  const record = {
    frames: [] as number[],
    latencies: [] as number[],
    draws: drawsMs,
    running: false,
  };
  (window as unknown as { __hover: typeof record }).__hover = record;
  return {
    firstFrameMs,
    drawMs: drawsMs[0] ?? -1,
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
  };
}

/** Records every frame's gap and each pointermove's time to its frame while it runs. */
function startSweep() {
  const record = (
    window as unknown as {
      __hover: { frames: number[]; latencies: number[]; draws: number[]; running: boolean };
    }
  ).__hover;
  record.frames = [];
  record.latencies = [];
  record.running = true;
  const drawsBefore = record.draws.length;
  const pending: number[] = [];
  const onMove = (e: PointerEvent) => pending.push(e.timeStamp);
  window.addEventListener("pointermove", onMove, { capture: true });
  let last = now();
  const loop = (t: number) => {
    record.frames.push(t - last);
    last = t;
    for (const at of pending.splice(0)) record.latencies.push(t - at);
    if (record.running) requestAnimationFrame(loop);
    else window.removeEventListener("pointermove", onMove, { capture: true });
  };
  requestAnimationFrame(loop);
  return () => {
    record.running = false;
    return {
      frames: record.frames.slice(1),
      latencies: record.latencies,
      redraws: record.draws.length - drawsBefore,
      tooltip: document.querySelector(".heatmap-tooltip")?.textContent ?? "",
    };
  };
}

let stopSweep: (() => unknown) | null = null;
Object.assign(window, {
  __bench: {
    model,
    canvas,
    svg,
    mountComponent,
    startSweep: () => {
      stopSweep = startSweep();
    },
    stopSweep: () => stopSweep?.(),
  },
});
