// `npm run bench`: runs every benchmark script in this folder one after another (never in
// parallel: the machine has two cores and each bench wants them) and prints their figures.
// `npm run bench -- seed graphql` runs only the benches whose names contain those words.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FIGURES_ENV, type Figure, figureTable } from "./figures.ts";

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith("-bench.ts"))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

// As `npm run dev` runs: a larger young generation keeps the indexed store's old space from
// being swept by the garbage each query makes, which otherwise shows as p95 spikes.
const NODE_FLAGS = ["--max-semi-space-size=64"];

let failed = 0;
const figures = join(mkdtempSync(join(tmpdir(), "watershed-bench-")), "figures.jsonl");
const bySource: [Figure, string][] = [];
for (const bench of benches) {
  console.log(`\n━━ ${bench} ━━`);
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [...NODE_FLAGS, "--import", "tsx", join(here, bench)],
    {
      stdio: "inherit",
      env: { ...process.env, [FIGURES_ENV]: figures },
    },
  );
  if (existsSync(figures)) {
    const lines = readFileSync(figures, "utf8").split("\n").filter(Boolean);
    for (const line of lines.slice(bySource.length))
      bySource.push([JSON.parse(line) as Figure, bench]);
  }
  console.log(
    `━━ ${bench}: ${result.status === 0 ? "done" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) failed++;
}
if (bySource.length > 0) {
  const source = new Map(bySource);
  console.log("\n━━ summary: one row per figure ━━");
  console.log(
    figureTable([...source.keys()], (f) => (source.get(f) ?? "").replace("-bench.ts", "")),
  );
}
process.exit(failed > 0 ? 1 : 0);
