// The figures a bench reports for `npm run bench`'s summary table. Each bench still prints
// its own detail; `reportFigure` adds one row to the table that run-all prints at the end
// (a JSON line in the file run-all names in WATERSHED_BENCH_FIGURES).
import { appendFileSync } from "node:fs";

export interface Figure {
  /** what was measured, e.g. "GraphQL p95: overview (7 days)" */
  figure: string;
  value: number;
  unit: string;
  /** how it was measured, in a few words */
  how: string;
  /** the budget it must stay within, when the issue names one */
  budget?: { max: number } | { min: number };
}

export const FIGURES_ENV = "WATERSHED_BENCH_FIGURES";

export function reportFigure(figure: Figure): void {
  const file = process.env[FIGURES_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}

export function verdict(f: Figure): string {
  if (!f.budget) return "";
  const ok = "max" in f.budget ? f.value <= f.budget.max : f.value >= f.budget.min;
  const bound = "max" in f.budget ? `≤ ${f.budget.max}` : `≥ ${f.budget.min}`;
  return `${ok ? "ok" : "OVER"} (${bound})`;
}

const fmt = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

/** One table: figure, value with unit, budget verdict, how it was measured. */
export function figureTable(figures: Figure[], source: (f: Figure) => string): string {
  const rows = figures.map((f) => [
    f.figure,
    `${fmt(f.value)} ${f.unit}`,
    verdict(f),
    `${source(f)}: ${f.how}`,
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
  return rows
    .map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  "))
    .join("\n");
}
