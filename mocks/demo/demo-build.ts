// `npm run demo:build` (vite build --mode demo): the dashboard with no backend. This plugin
// adds what the static host serves besides the app: the recorded fixture (gzipped store and
// schema, content-hashed), /watershed-config.json built from its meta.json, MSW's service
// worker (written by `msw init`, not downloaded) and 404.html for GitHub Pages' deep links.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import { fixtureFiles } from "../fixture/fixture-files.ts";
import { ensureFixture } from "../fixture/load-fixture.ts";
import { type DemoConfig, demoConfig, SUBGRAPH_PATH } from "./demo-config.ts";

/** The recorded data's compressed size the demo must stay within. */
export const DEMO_DATA_BUDGET_BYTES = 8 * 1024 * 1024;

const hash8 = (data: Uint8Array | string) =>
  createHash("sha256").update(data).digest("hex").slice(0, 8);

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** MSW's worker script as `npx msw init` writes it, from the installed msw package. */
function mswWorkerScript(): string {
  const dir = mkdtempSync(join(tmpdir(), "watershed-msw-"));
  try {
    const cli = resolve("node_modules/msw/cli/index.js");
    execFileSync(process.execPath, [cli, "init", dir, "--no-save"], { stdio: "ignore" });
    return readFileSync(join(dir, "mockServiceWorker.js"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function demoAssets(): Plugin {
  return {
    name: "watershed-demo-assets",
    apply: "build",
    // the demo's own entry replaces the app's: the normal build never sees the demo code
    transformIndexHtml: {
      order: "pre",
      handler: (html) => html.replace('src="/app/main.tsx"', 'src="/demo/main.ts"'),
    },
    enforce: "post",
    async generateBundle(_options, bundle) {
      const fixture = await ensureFixture({ log: (line) => this.info(line) });
      const files = fixtureFiles(fixture.dir);
      const store = gzipSync(readFileSync(files.store), { level: 9 });
      const sdl = readFileSync(files.schema, "utf8");
      const data = {
        store: `demo/store-${hash8(store)}.jsonl.gz`,
        schema: `demo/schema-${hash8(sdl)}.graphql`,
      };
      this.emitFile({ type: "asset", fileName: data.store, source: store });
      this.emitFile({ type: "asset", fileName: data.schema, source: sdl });
      const config: DemoConfig = demoConfig(fixture.meta, data);
      this.emitFile({
        type: "asset",
        fileName: "watershed-config.json",
        source: JSON.stringify(config, null, 2),
      });
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: mswWorkerScript() });
      const over = store.byteLength > DEMO_DATA_BUDGET_BYTES;
      const line = `demo data: ${MB(store.byteLength)} gzipped (${MB(fixture.meta.storeBytes)} raw, block ${fixture.meta.head.number}, ${fixture.meta.days} days seed ${fixture.meta.seed}); budget ${MB(DEMO_DATA_BUDGET_BYTES)}${over ? " EXCEEDED" : ""}; subgraph answered at ${SUBGRAPH_PATH}`;
      console.log(line);
      if (over) this.error(line);
      // GitHub Pages answers unknown paths with 404.html: the app itself, so deep links route
      const index = bundle["index.html"];
      if (index?.type === "asset") {
        this.emitFile({ type: "asset", fileName: "404.html", source: index.source });
      }
    },
  };
}
