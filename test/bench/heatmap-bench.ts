// The saturation heatmap's drawing budget in headless Chromium: a week of 100 data (672
// 15-minute windows, 67,200 cells) drawn by the view's canvas code in ≤ 100 ms, against a
// recharts SVG of the same cells in the same run (the ratio is the figure), and a pointer
// sweeping the view's own component without dropped frames or a redraw of the grid.
// The harness page (heatmap-harness/) is built with Vite and served from memory.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { launchChromium } from "../e2e/browser.ts";
import { reportFigure } from "./figures.ts";

const HARNESS = fileURLToPath(new URL("./heatmap-harness/", import.meta.url));
const ORIGIN = "http://heatmap-bench.local";
const CANVAS_RUNS = 15;
const SVG_RUNS = 3;
const MOVES = 240;
const BUDGET_MS = 100;
/** a frame more than twice the 60 Hz interval means at least one was dropped */
const DROPPED_MS = 2 * (1000 / 60);

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
};

async function buildHarness(outDir: string) {
  // a production React, as the dashboard ships (vitest or tsx may have set NODE_ENV)
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: false,
      root: HARNESS,
      mode: "production",
      plugins: [react()],
      logLevel: "error",
      build: { outDir, emptyOutDir: true, target: "es2022" },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? Number.NaN;
const pct = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(11);
const row = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(40)} ${ms(median(xs))} ${ms(Math.min(...xs))} ${ms(Math.max(...xs))}`);

type Bench = {
  model(): { rows: number; columns: number; buildMs: number; dataMs: number };
  canvas(runs: number): Promise<{ draws: number[]; frames: number[] }>;
  svg(runs: number): Promise<{ renders: number[]; frames: number[]; rects: number; cells: number }>;
  mountComponent(): Promise<{
    firstFrameMs: number;
    drawMs: number;
    rect: { x: number; y: number; width: number; height: number };
  }>;
  startSweep(): void;
  stopSweep(): { frames: number[]; latencies: number[]; redraws: number; tooltip: string };
};
/** The harness page's API; page.evaluate sends each arrow function's source to the page. */
declare const window: { __bench: Bench };

async function main() {
  const out = mkdtempSync(join(tmpdir(), "watershed-heatmap-bench-"));
  const browser = await launchChromium();
  try {
    const started = Date.now();
    await buildHarness(out);
    console.log(`harness built in ${Date.now() - started} ms`);
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = join(out, path === "/" ? "index.html" : path);
      return route.fulfill({
        body: readFileSync(file),
        contentType: TYPES[extname(file)] ?? "application/octet-stream",
      });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.__bench !== undefined);

    const model = await page.evaluate(() => window.__bench.model());
    console.log(
      `\n${model.rows} data × ${model.columns} windows = ${(model.rows * model.columns).toLocaleString("en-US")} cells; grid built from the query's shape in ${model.buildMs.toFixed(1)} ms`,
    );
    const canvas = await page.evaluate((runs) => window.__bench.canvas(runs), CANVAS_RUNS);
    const component = await page.evaluate(() => window.__bench.mountComponent());

    // The frames of an idle page first: on a shared machine some frames are long whatever
    // the page does, and the sweep's long frames are only the view's fault beyond those.
    await page.evaluate(() => window.__bench.startSweep());
    const sweepStarted = Date.now();
    await page.waitForTimeout(3000);
    const idle = await page.evaluate(() => window.__bench.stopSweep());
    // A pointer zigzagging across the component, one move per CDP round trip.
    await page.evaluate(() => window.__bench.startSweep());
    const { x, y, width, height } = component.rect;
    for (let i = 0; i < MOVES; i++) {
      const fx = (i * 37) % 100;
      const fy = (i * 61) % 100;
      await page.mouse.move(x + (width * (fx + 0.5)) / 100, y + (height * (fy + 0.5)) / 100);
    }
    await page.waitForTimeout(100);
    const sweep = await page.evaluate(() => window.__bench.stopSweep());
    const sweepSeconds = (Date.now() - sweepStarted) / 1000 - 3;
    // SVG last: its 67k-node trees leave garbage that would land on the canvas figures.
    const svg = await page.evaluate((runs) => window.__bench.svg(runs), SVG_RUNS);

    console.log(
      `\n${"(median of runs)".padEnd(40)} ${"median".padStart(11)} ${"min".padStart(11)} ${"max".padStart(11)}`,
    );
    row(`canvas: drawHeatmap (${CANVAS_RUNS} runs)`, canvas.draws);
    row("canvas: to the frame that shows it", canvas.frames);
    row(`recharts SVG: render + layout (${SVG_RUNS} runs)`, svg.renders);
    row("recharts SVG: to the frame that shows it", svg.frames);
    console.log(
      `recharts drew ${svg.rects.toLocaleString("en-US")} <rect> for ${svg.cells.toLocaleString("en-US")} cells`,
    );
    const ratio = median(svg.frames) / median(canvas.frames);
    console.log(
      `ratio, SVG ÷ canvas to the frame: ${ratio.toFixed(0)}× (draw alone: ${(median(svg.renders) / median(canvas.draws)).toFixed(0)}×)`,
    );
    console.log(
      `\ncomponent: first draw ${component.drawMs.toFixed(1)} ms, mounted to first frame ${component.firstFrameMs.toFixed(1)} ms`,
    );
    const dropped = sweep.frames.filter((f) => f > DROPPED_MS).length;
    const idleDropped = idle.frames.filter((f) => f > DROPPED_MS).length;
    console.log(
      `idle page for 3 s: ${idle.frames.length} frames, ${idleDropped} over ${DROPPED_MS.toFixed(1)} ms (the machine's own noise)`,
    );
    console.log(
      `hover: ${MOVES} pointer moves in ${sweepSeconds.toFixed(1)} s over ${sweep.frames.length} frames; frame gap p50 ${pct(sweep.frames, 50).toFixed(1)} ms, p95 ${pct(sweep.frames, 95).toFixed(1)} ms, max ${Math.max(...sweep.frames).toFixed(1)} ms; ${dropped} frames over ${DROPPED_MS.toFixed(1)} ms`,
    );
    console.log(
      `hover: move to its frame p50 ${pct(sweep.latencies, 50).toFixed(1)} ms, p95 ${pct(sweep.latencies, 95).toFixed(1)} ms; grid redraws during the sweep: ${sweep.redraws}`,
    );
    console.log(`last tooltip: ${sweep.tooltip.replace(/\s+/g, " ").slice(0, 160)}`);
    const drawMs = median(canvas.frames);
    console.log(
      `\nbudget: canvas ≤ ${BUDGET_MS} ms to the frame: ${drawMs.toFixed(1)} ms ${drawMs <= BUDGET_MS ? "PASS" : "OVER"}; hover redraws 0: ${sweep.redraws === 0 ? "PASS" : "FAIL"}`,
    );
    const how = "headless Chromium, 100 data × 672 windows, median";
    reportFigure({
      figure: "heatmap: canvas draw to its frame",
      value: drawMs,
      unit: "ms",
      how: `${how} of ${CANVAS_RUNS}`,
      budget: { max: BUDGET_MS },
    });
    reportFigure({
      figure: "heatmap: recharts SVG of the same grid",
      value: median(svg.frames),
      unit: "ms",
      how: `${how} of ${SVG_RUNS}`,
    });
    reportFigure({ figure: "heatmap: SVG ÷ canvas", value: ratio, unit: "×", how });
    reportFigure({
      figure: "heatmap: hover frames over 2 × 16.7 ms",
      value: dropped,
      unit: "frames",
      how: `${MOVES} pointer moves over ${sweep.frames.length} frames, grid redraws ${sweep.redraws}`,
    });
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    if (sweep.redraws !== 0 || !sweep.tooltip) process.exitCode = 1;
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
