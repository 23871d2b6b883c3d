// `npm run dev`'s second start: the backend (anvil from its state dump, the indexed store
// from its snapshot, GraphQL and status servers) and the dashboard's dev server, started as
// dev.ts starts them, from a copy of the cache (built first with the default 30-day history
// when it is missing). Budget: ready in ≤ 10 s. Prints where the time goes, per span, with
// the load average, since the machine is shared. WATERSHED_DEV_CACHE names another cache
// (with WATERSHED_DEV_SEED and WATERSHED_DEV_DAYS when it holds another history).
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { devStatePaths } from "../../mocks/dev/dev-state.ts";
import { readyLine, startDev } from "../../mocks/dev/start-dev.ts";
import { freePort } from "../../mocks/devnet/anvil.ts";
import { reportFigure } from "./figures.ts";

const RUNS = 3;
// npm run dev's cache when complete; else the bench's own: building in .watershed/dev would
// wipe the directory of a dev stack that is running and has not sealed its cache yet
const devCache = devStatePaths().dir;
const cache =
  process.env.WATERSHED_DEV_CACHE ??
  (existsSync(join(devCache, "cache-key")) ? devCache : devStatePaths(`${devCache}-bench`).dir);

async function start(stateDir: string) {
  const lines: string[] = [];
  const load = loadavg()[0]!;
  const dev = await startDev({
    rpcPort: await freePort(),
    graphqlPort: await freePort(),
    statusPort: await freePort(),
    webPort: await freePort(),
    stateDir,
    deploymentFile: join(stateDir, "bench-deployment.json"),
    log: (l) => lines.push(l),
    seed: Number(process.env.WATERSHED_DEV_SEED ?? 42),
    days: Number(process.env.WATERSHED_DEV_DAYS ?? 30),
  });
  const summary = readyLine(dev);
  const spans = dev.spans.toJSON();
  // the restore's lazily decoded entities, then a clean stop (store saved, chain compacted)
  const warmStarted = performance.now();
  await dev.backend.warm;
  const warmMs = performance.now() - warmStarted;
  const stopStarted = performance.now();
  await dev.stop();
  const stopMs = performance.now() - stopStarted;
  return {
    fromCache: dev.backend.fromCache,
    totalMs: dev.readyMs,
    spans,
    summary,
    load,
    warmMs,
    stopMs,
    lines,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  if (!existsSync(join(cache, "cache-key"))) {
    console.log(`no cache in ${cache} yet: building it (30 days, as npm run dev does) ...`);
    const dir = cache;
    await start(dir);
  }
  const results: Awaited<ReturnType<typeof start>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "watershed-start-"));
    try {
      cpSync(cache, dir, { recursive: true });
      const r = await start(dir);
      if (!r.fromCache) throw new Error(`the copied cache was not reused: ${r.lines.join("; ")}`);
      results.push(r);
      console.log(
        `start ${i + 1} (load ${r.load.toFixed(1)}): ${r.summary}; then decoding the rest ${s(r.warmMs)}, stop ${s(r.stopMs)}`,
      );
      for (const line of r.lines) console.log(`  ${line}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const names = [...new Set(results.flatMap((r) => Object.keys(r.spans)))];
  const spans = names.map((n) => `${n} ${s(median(results.map((r) => r.spans[n] ?? 0)))}`);
  const total = median(results.map((r) => r.totalMs));
  console.log(
    `second start, median of ${RUNS}: ${s(total)} (budget 10 s); spans (medians, overlapping): ${spans.join(", ")}; load average ${results.map((r) => r.load.toFixed(1)).join(", ")}`,
  );
  reportFigure({
    figure: "npm run dev second start",
    value: total / 1000,
    unit: "s",
    how: `backend and dashboard ready from a copy of the 30-day cache, median of ${RUNS}`,
    budget: { max: 10 },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
