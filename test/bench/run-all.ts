// `npm run bench`: runs every benchmark script in this folder one after another (never in
// parallel: the machine has two cores and each bench wants them) and prints their figures.
// `npm run bench -- seed graphql` runs only the benches whose names contain those words.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
for (const bench of benches) {
  console.log(`\n━━ ${bench} ━━`);
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [...NODE_FLAGS, "--import", "tsx", join(here, bench)],
    {
      stdio: "inherit",
    },
  );
  console.log(
    `━━ ${bench}: ${result.status === 0 ? "done" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
