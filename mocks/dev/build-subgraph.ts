// Builds the subgraph (graph codegen + graph build, offline) when its sources or ABIs
// changed since the last build, so dev start-up and tests only pay for it once.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const SUBGRAPH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../subgraph");
export const SUBGRAPH_BUILD_DIR = join(SUBGRAPH_DIR, "build");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Hash of everything `graph build` reads. */
export function subgraphSourceHash(dir = SUBGRAPH_DIR): string {
  const hash = createHash("sha256");
  const inputs = ["schema.graphql", "subgraph.yaml", "networks.json"].map((f) => join(dir, f));
  for (const file of [
    ...inputs,
    ...filesUnder(join(dir, "src")),
    ...filesUnder(join(dir, "abis")),
  ]) {
    if (existsSync(file)) hash.update(file.slice(dir.length)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

function graph(dir: string, args: string[]): void {
  const result = spawnSync("npx", ["graph", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GRAPH_SKIP_NEW_VERSION_CHECK: "true" },
  });
  if (result.status !== 0) {
    throw new Error(
      `graph ${args.join(" ")} failed in ${dir}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Returns whether a build ran. */
export function buildSubgraph({ dir = SUBGRAPH_DIR, force = false } = {}): boolean {
  const stamp = join(dir, "build", ".source-hash");
  const hash = subgraphSourceHash(dir);
  if (!force && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return false;
  graph(dir, ["codegen", "--output-dir", "generated"]);
  graph(dir, ["build"]);
  writeFileSync(stamp, hash);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = buildSubgraph({ force: process.argv.includes("--force") });
  console.log(built ? "subgraph built" : "subgraph up to date");
}
