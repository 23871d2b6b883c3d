// Builds the host's test subgraph (solc -> abis, graph codegen, graph build) unless the
// build is newer than every input. Idempotent; tests call it in beforeAll.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const TEST_SUBGRAPH_DIR = dirname(fileURLToPath(import.meta.url));
export const TEST_SUBGRAPH_BUILD = join(TEST_SUBGRAPH_DIR, "build");

function newest(paths: string[]): number {
  let t = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(readdirSync(p).map((f) => join(p, f))) : s.mtimeMs);
  }
  return t;
}

function oldest(paths: string[]): number {
  return Math.min(...paths.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
}

export function buildTestSubgraph(): string {
  const dir = TEST_SUBGRAPH_DIR;
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, {
      cwd: dir,
      stdio: "pipe",
      env: { ...process.env, GRAPH_SKIP_NEW_VERSION_CHECK: "true" },
    });
  const contracts = newest([join(dir, "contracts")]);
  const compiled = [join(dir, "abis", "Factory.json"), join(dir, "artifacts", "Vault.json")];
  if (contracts > oldest(compiled)) run(process.execPath, ["compile-contracts.mjs"]);
  const inputs = ["schema.graphql", "subgraph.yaml", "src", "abis"].map((p) => join(dir, p));
  const outputs = [join(dir, "build", "subgraph.yaml"), join(dir, "generated", "schema.ts")];
  if (newest(inputs) > oldest(outputs)) {
    const npx = join(dirname(process.execPath), "npx");
    run(existsSync(npx) ? npx : "npx", ["graph", "codegen"]);
    run(existsSync(npx) ? npx : "npx", ["graph", "build"]);
  }
  return TEST_SUBGRAPH_BUILD;
}
