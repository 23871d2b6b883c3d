// The dashboard as a first-time visitor gets it: the production bundle's initial JavaScript
// (gzip -9 of what index.html loads; budget ≤ 150 kB), and per view the largest contentful
// paint (budget ≤ 1500 ms) and cumulative layout shift (budget ≤ 0.05), median of 3 cold
// loads in headless Chromium. The build is served by the e2e static server on loopback (no
// compression, no throttling: a floor, not a phone on 4G), against the dev backend on a
// short history (5 days, seed 7, cached in .watershed/web-bench).
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { type Backend, startBackend } from "../../mocks/dev/backend.ts";
import { buildWebConfig } from "../../mocks/dev/web-config.ts";
import { freePort } from "../../mocks/devnet/anvil.ts";
import { STATE_DIR } from "../../mocks/devnet/deployment.ts";
import { launchChromium } from "../e2e/browser.ts";
import { type BuiltChunk, buildWeb } from "../e2e/build-web.ts";
import { type StaticServer, startStaticServer } from "../e2e/static-server.ts";
import { measureBundle, packageShares } from "./bundle-size.ts";
import { reportFigure } from "./figures.ts";
import { loadVitals, type Vitals } from "./page-vitals.ts";

const ROUTES = [
  "/",
  "/treasury",
  "/emissions",
  "/saturation",
  "/flows",
  "/staking",
  "/governance",
  "/governance/parameters",
  "/governance/propose",
];
const LOADS = 3;
const SETTLE_MS = 1500;
const BUDGET = { initialKb: 150, lcpMs: 1500, cls: 0.05 };

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? "PASS" : "OVER");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const row = (cells: string[]) =>
  console.log(
    `${cells[0]!.padEnd(34)} ${cells[1]!.padStart(12)} ${cells[2]!.padStart(12)}  ${cells[3]}`,
  );

async function measureRoute(browser: Browser, base: string, route: string) {
  await loadVitals(browser, base + route, SETTLE_MS); // warm-up: the query engine's indexes
  const loads: Vitals[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await loadVitals(browser, base + route, SETTLE_MS));
  const byLcp = [...loads].sort((a, b) => a.lcp - b.lcp);
  const byCls = [...loads].sort((a, b) => a.cls - b.cls);
  return {
    route,
    lcp: median(loads.map((l) => l.lcp)),
    lcpRange: [byLcp[0]!.lcp, byLcp.at(-1)!.lcp],
    cls: median(loads.map((l) => l.cls)),
    typical: byLcp[Math.floor(LOADS / 2)]!,
    worstShift: byCls.at(-1)!,
  };
}

function explainInitial(chunks: BuiltChunk[], sizes: ReturnType<typeof measureBundle>) {
  console.log("\nwhat the initial JavaScript is made of (estimated gzip share per package):");
  for (const file of sizes.initial) {
    const chunk = chunks.find((c) => `/${c.fileName}` === file.path);
    if (!chunk) continue;
    console.log(`  ${file.path} ${kB(file.gzip)}`);
    for (const p of packageShares(chunk, file.gzip).slice(0, 10)) {
      console.log(`    ${p.name.padEnd(28)} ${kB(p.gzip).padStart(9)}`);
    }
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "watershed-web-bench-"));
  let backend: Backend | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    const started = Date.now();
    const chunks = await buildWeb(join(work, "web"));
    console.log(`production build in ${Date.now() - started} ms`);
    const sizes = measureBundle(join(work, "web"));

    backend = await startBackend({
      rpcPort: await freePort(),
      graphqlPort: await freePort(),
      statusPort: await freePort(),
      stateDir: resolve(STATE_DIR, "web-bench"),
      deploymentFile: resolve(STATE_DIR, "web-bench", "deployment.json"),
      days: 5,
      seed: 7,
      log: (line) => console.log(line),
    });
    const config = await buildWebConfig({
      graphqlUrl: backend.graphqlUrl,
      statusUrl: backend.statusUrl,
      deployment: backend.deployment,
      rpcUrl: backend.rpcUrl,
    });
    server = await startStaticServer({ root: join(work, "web"), config });
    browser = await launchChromium();
    const [load1] = loadavg();
    console.log(
      `machine: ${availableParallelism()} cores, load average ${load1!.toFixed(2)} (other work on it moves these figures)`,
    );
    console.log(
      `each view: 1 warm-up load, then ${LOADS} cold loads (fresh context) at 1280×800; values read after network idle + ${SETTLE_MS} ms`,
    );
    const results = [];
    for (const route of ROUTES) results.push(await measureRoute(browser, server.url, route));

    console.log("");
    row(["figure", "value", "budget", "verdict"]);
    row([
      `initial JS (${sizes.initial.length} file${sizes.initial.length === 1 ? "" : "s"}, gzip -9)`,
      kB(sizes.initialGzip),
      `≤ ${BUDGET.initialKb} kB`,
      verdict(sizes.initialGzip <= BUDGET.initialKb * 1000),
    ]);
    row([`all JS (${sizes.gzipByFile.size} chunks, gzip -9)`, kB(sizes.totalGzip), "", ""]);
    for (const r of results) {
      const js = r.typical.scripts.reduce((s, p) => s + (sizes.gzipByFile.get(p) ?? 0), 0);
      row([`${r.route} JS loaded (gzip -9)`, kB(js), "", ""]);
      row([
        `${r.route} LCP (median; min–max)`,
        `${r.lcp.toFixed(0)} ms`,
        `≤ ${BUDGET.lcpMs} ms`,
        `${verdict(r.lcp <= BUDGET.lcpMs)}  (${r.lcpRange.map((v) => v!.toFixed(0)).join("–")} ms)`,
      ]);
      row([
        `${r.route} CLS (median)`,
        r.cls.toFixed(3),
        `≤ ${BUDGET.cls}`,
        verdict(r.cls <= BUDGET.cls),
      ]);
    }

    reportFigure({
      figure: "initial JavaScript",
      value: sizes.initialGzip / 1000,
      unit: "kB gzip",
      how: "every script and modulepreload index.html loads, gzip -9",
      budget: { max: BUDGET.initialKb },
    });
    reportFigure({
      figure: "all JavaScript",
      value: sizes.totalGzip / 1000,
      unit: "kB gzip",
      how: "every chunk of the production build, gzip -9",
    });
    for (const r of results) {
      const how =
        "production build served locally against the dev stack, headless Chromium, median of 3 cold loads";
      reportFigure({
        figure: `LCP ${r.route}`,
        value: r.lcp,
        unit: "ms",
        how,
        budget: { max: BUDGET.lcpMs },
      });
      reportFigure({
        figure: `CLS ${r.route}`,
        value: r.cls,
        unit: "",
        how,
        budget: { max: BUDGET.cls },
      });
    }
    explainInitial(chunks, sizes);
    console.log("\nLCP element per view (the median load):");
    for (const r of results) console.log(`  ${r.route.padEnd(12)} ${r.typical.lcpElement}`);
    for (const r of results.filter((x) => x.lcp > BUDGET.lcpMs)) {
      console.log(`\nwhy: what ${r.route} waited for (the median load, ms from navigation):`);
      for (const q of r.typical.requests) {
        const size = sizes.gzipByFile.get(q.name);
        console.log(
          `  ${q.start.toFixed(0).padStart(5)}–${q.end.toFixed(0).padEnd(5)} ${q.name}${size ? ` (${kB(size)} gzip)` : ""}`,
        );
      }
      console.log(`  LCP at ${r.typical.lcp.toFixed(0)} ms`);
    }
    // From a tenth of the budget on, so a shift is named before it is over.
    for (const r of results.filter((x) => x.cls > BUDGET.cls / 10)) {
      const over = r.cls > BUDGET.cls ? "over budget" : "within budget";
      console.log(`\nwhy: layout shifts on ${r.route}, ${over} (the load with the most):`);
      for (const s of r.worstShift.shifts.filter((x) => x.value >= 0.001)) {
        console.log(`  at ${s.at.toFixed(0)} ms, ${s.value.toFixed(4)}: ${s.sources.join("; ")}`);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
    await backend?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
