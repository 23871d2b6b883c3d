// The static demo (npm run demo:build) for the browser test and the bench, rebuilt only when
// its inputs changed: the sources it bundles, the build config, the lockfile and the
// fixture's cache key (contracts + subgraph + settings; a stale fixture is re-recorded by
// the build itself). The key of the last build is kept beside it in .build-key.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { DemoData } from "../../mocks/demo/demo-config.ts";
import {
  DEFAULT_FIXTURE_DIR,
  DEFAULT_FIXTURE_SETTINGS,
  fixtureFiles,
} from "../../mocks/fixture/fixture-files.ts";
import { fixtureKey } from "../../mocks/fixture/load-fixture.ts";
import { VITE_CONFIG } from "./build-web.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEMO_DIR = join(ROOT, "dist-demo");

const INPUTS = [
  "web",
  "mocks/demo",
  "mocks/msw",
  "mocks/fixture",
  "mocks/graph-node/graphql",
  "mocks/graph-node/store",
  "mocks/graph-node/schema",
  "vite.config.ts",
  "package-lock.json",
];
const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.startsWith("web/test/");

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of everything the demo build reads. */
export function demoBuildKey(): string {
  const hash = createHash("sha256").update(fixtureKey(DEFAULT_FIXTURE_SETTINGS));
  // a fixture recorded again under the same key (npm run fixture -- --force)
  const meta = fixtureFiles(DEFAULT_FIXTURE_DIR).meta;
  if (existsSync(meta)) hash.update(readFileSync(meta));
  for (const path of INPUTS.flatMap(files).filter((p) => !isTest(p))) {
    hash.update(path).update(readFileSync(join(ROOT, path)));
  }
  return hash.digest("hex");
}

export interface DemoBuild {
  dir: string;
  fromCache: boolean;
  ms: number;
}

/** Builds the demo into `outDir` (default dist-demo) unless the last build there is current. */
export async function buildDemo(outDir = DEMO_DIR): Promise<DemoBuild> {
  const started = performance.now();
  const dir = resolve(outDir);
  const keyFile = join(dir, ".build-key");
  const key = demoBuildKey();
  const done = (fromCache: boolean) => ({
    dir,
    fromCache,
    ms: Math.round(performance.now() - started),
  });
  if (existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return done(true);
  // as build-web.ts: Vitest's NODE_ENV=test would bundle React's development build
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: VITE_CONFIG,
      mode: "demo",
      envPrefix: "WATERSHED_BUILD_NOTHING_",
      build: { outDir: dir, emptyOutDir: true },
      logLevel: "warn",
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(keyFile, key);
  console.log(`demo built into ${relative(ROOT, dir) || "."}`);
  return done(false);
}

/** The demo's recorded data as served: its folder, its files and their compressed bytes. */
export function demoDataSize(dir: string): { path: string; bytes: number; parts: number } {
  const config = JSON.parse(readFileSync(join(dir, "watershed-config.json"), "utf8")) as {
    demoData: DemoData;
  };
  const paths = [config.demoData.core, ...Object.values(config.demoData.types)];
  const bytes = paths.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
  return { path: dirname(config.demoData.core), bytes, parts: paths.length };
}
