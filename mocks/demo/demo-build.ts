// `npm run demo:build` (vite build --mode demo): the dashboard with no backend. This plugin
// adds what the static host serves besides the app: the recorded fixture (its store gzipped
// in parts, store-chunks.ts, and its schema, content-hashed), /watershed-config.json built from its meta.json, MSW's service
// worker (written by `msw init`, not downloaded) and 404.html for GitHub Pages' deep links.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { print } from "graphql";
import type { Plugin } from "vite";
import { INDEXING_STATUS_QUERY } from "../../web/app/status/status-query.ts";
import type { IndexingStatusQuery } from "../../web/gql/graphql.ts";
import { fixtureFiles } from "../fixture/fixture-files.ts";
import { ensureFixture, type LoadedFixture } from "../fixture/load-fixture.ts";
import { createQueryEngine } from "../graph-node/graphql/engine.ts";
import { type DemoConfig, type DemoData, demoConfig, SUBGRAPH_PATH } from "./demo-config.ts";
import { splitStore } from "./store-chunks.ts";

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

/** The shell's first query, answered by graph-node's engine over the recorded store. */
async function recordedStatus(fixture: LoadedFixture): Promise<IndexingStatusQuery> {
  const engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  const answer = await engine.execute({ query: print(INDEXING_STATUS_QUERY) });
  if (answer.errors || !answer.data) {
    throw new Error(`the recorded store answers IndexingStatus with ${JSON.stringify(answer)}`);
  }
  return answer.data as IndexingStatusQuery;
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
      const lines = readFileSync(files.store, "utf8").split("\n").filter(Boolean);
      const parts = splitStore(lines);
      const sdl = readFileSync(files.schema, "utf8");
      let bytes = 0;
      const emit = (name: string, partLines: string[]) => {
        const gz = gzipSync(`${partLines.join("\n")}\n`, { level: 9 });
        const fileName = `demo/${name}-${hash8(gz)}.jsonl.gz`;
        this.emitFile({ type: "asset", fileName, source: gz });
        bytes += gz.byteLength;
        return fileName;
      };
      const data: DemoData = {
        core: emit("core", parts.core),
        types: Object.fromEntries(
          [...parts.types].map(([type, typeLines]) => [type, emit(type, typeLines)]),
        ),
        schema: `demo/schema-${hash8(sdl)}.graphql`,
      };
      this.emitFile({ type: "asset", fileName: data.schema, source: sdl });
      const config: DemoConfig = demoConfig(fixture.meta, data, await recordedStatus(fixture));
      this.emitFile({
        type: "asset",
        fileName: "watershed-config.json",
        source: JSON.stringify(config, null, 2),
      });
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: mswWorkerScript() });
      const over = bytes > DEMO_DATA_BUDGET_BYTES;
      const line = `demo data: ${MB(bytes)} gzipped in ${parts.types.size + 1} parts (${MB(fixture.meta.storeBytes)} raw, block ${fixture.meta.head.number}, ${fixture.meta.days} days seed ${fixture.meta.seed}); budget ${MB(DEMO_DATA_BUDGET_BYTES)}${over ? " EXCEEDED" : ""}; subgraph answered at ${SUBGRAPH_PATH}`;
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
