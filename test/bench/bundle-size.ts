// What a first visit downloads before the app can run: every `<script type=module src>` and
// `<link rel=modulepreload href>` of the built index.html, gzipped at level 9 as a host
// would serve them; and, when the entry is heavy, which packages make it so.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BuiltChunk } from "../e2e/build-web.ts";

export const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "gi"))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? "").matchAll(/([\w-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => [
        a[1]!.toLowerCase(),
        (a[2] ?? "").replace(/^["']|["']$/g, ""),
      ]),
    ),
  );
}

/** Paths (as in the HTML, e.g. /assets/index-x.js) the browser fetches before running. */
export function initialScripts(html: string): string[] {
  const scripts = tags(html, "script")
    .filter((a) => a.type === "module" && a.src)
    .map((a) => a.src!);
  const preloads = tags(html, "link")
    .filter((a) => a.rel?.split(/\s+/).includes("modulepreload") && a.href)
    .map((a) => a.href!);
  return [...new Set([...scripts, ...preloads])];
}

export interface BundleSizes {
  initial: { path: string; gzip: number }[];
  initialGzip: number;
  /** every .js file of the build */
  gzipByFile: Map<string, number>;
  totalGzip: number;
}

export function measureBundle(outDir: string): BundleSizes {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const gzipByFile = new Map<string, number>();
  for (const name of readdirSync(join(outDir, "assets")).filter((n) => n.endsWith(".js"))) {
    gzipByFile.set(`/assets/${name}`, gzipBytes(readFileSync(join(outDir, "assets", name))));
  }
  const initial = initialScripts(html).map((path) => ({
    path,
    gzip: gzipByFile.get(path) ?? gzipBytes(readFileSync(join(outDir, path))),
  }));
  return {
    initial,
    initialGzip: initial.reduce((sum, f) => sum + f.gzip, 0),
    gzipByFile,
    totalGzip: [...gzipByFile.values()].reduce((a, b) => a + b, 0),
  };
}

const packageOf = (id: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ??
  id
    .replace(/^.*?\/web\//, "web/")
    .split("/")
    .slice(0, 2)
    .join("/");

/**
 * A chunk's gzip shared out among the packages in it: each package's code as rendered into
 * the chunk (before minification) gzipped alone, scaled so the shares sum to the chunk's
 * real gzip. An estimate: minification and cross-package compression move a few percent.
 */
export function packageShares(chunk: BuiltChunk, chunkGzip: number) {
  const code = new Map<string, string>();
  for (const [id, module] of Object.entries(chunk.modules)) {
    const key = packageOf(id);
    code.set(key, (code.get(key) ?? "") + (module.code ?? ""));
  }
  const alone = [...code].map(([name, text]) => ({ name, gzip: gzipBytes(text) }));
  const sum = alone.reduce((s, p) => s + p.gzip, 0) || 1;
  return alone
    .map((p) => ({ name: p.name, gzip: (p.gzip / sum) * chunkGzip }))
    .sort((a, b) => b.gzip - a.gzip);
}
