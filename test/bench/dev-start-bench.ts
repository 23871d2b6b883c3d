// `npm run dev`'s second start: the backend (anvil from its state dump, the indexed store
// from its snapshot, GraphQL and status servers) and the dashboard's dev server, from a
// copy of the cache in .watershed/dev (built first with the default 30-day history when it
// is missing). Budget: ready in ≤ 10 s. Prints where the time goes.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BackendOptions, startBackend } from "../../mocks/dev/backend.ts";
import { devStatePaths } from "../../mocks/dev/dev-state.ts";
import { startWebServer } from "../../mocks/dev/web-server.ts";
import { freePort } from "../../mocks/devnet/anvil.ts";
import { reportFigure } from "./figures.ts";

const RUNS = 3;
const cache = devStatePaths().dir;

async function ports(): Promise<Partial<BackendOptions>> {
  return { rpcPort: await freePort(), graphqlPort: await freePort(), statusPort: await freePort() };
}

async function start(stateDir: string) {
  const lines: string[] = [];
  const started = performance.now();
  const backend = await startBackend({ ...(await ports()), stateDir, log: (l) => lines.push(l) });
  const backendMs = performance.now() - started;
  const web = await startWebServer({
    port: await freePort(),
    graphqlUrl: backend.graphqlUrl,
    statusUrl: backend.statusUrl,
  });
  const totalMs = performance.now() - started;
  await web.close();
  await backend.stop();
  return { fromCache: backend.fromCache, backendMs, totalMs, lines };
}

async function main() {
  if (!existsSync(join(cache, "cache-key"))) {
    console.log("no cache in .watershed/dev yet: building it (30 days, as npm run dev does) ...");
    await start(cache);
  }
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "watershed-start-"));
    try {
      cpSync(cache, dir, { recursive: true });
      const r = await start(dir);
      if (!r.fromCache) throw new Error("the copied cache was not reused");
      results.push(r);
      console.log(
        `start ${i + 1}: backend ${(r.backendMs / 1000).toFixed(1)} s, with the dashboard ${(r.totalMs / 1000).toFixed(1)} s`,
      );
      for (const line of r.lines) console.log(`  ${line}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const median = [...results].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(RUNS / 2)]!;
  console.log(
    `second start, median of ${RUNS}: ${(median.totalMs / 1000).toFixed(1)} s (budget 10 s)`,
  );
  reportFigure({
    figure: "npm run dev second start",
    value: median.totalMs / 1000,
    unit: "s",
    how: `backend and dashboard ready from a copy of the 30-day cache, median of ${RUNS}`,
    budget: { max: 10 },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
