// Benchmark (not a test): what keeping every entity version (time travel) costs over the
// seeded 30-day history, against the head-only store it replaced (the current entities plus
// an undo log of the last 1000 blocks): snapshot size, restart time (loading the snapshot)
// and heap once loaded, each measured in a fresh process. Budget: each within 2x.
//   npm run bench -- store            (seeds a fresh chain: re-indexing needs eth_call at
//   npx tsx test/bench/store-bench.ts  every historical block, which a state dump lacks)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { buildSubgraph, SUBGRAPH_BUILD_DIR } from "../../mocks/dev/build-subgraph.ts";
import { assertManifestMatches } from "../../mocks/dev/manifest-check.ts";
import { populateDevnet } from "../../mocks/dev/populate.ts";
import { startAnvil } from "../../mocks/devnet/anvil.ts";
import { createChainClients } from "../../mocks/devnet/chain-client.ts";
import { STATE_DIR } from "../../mocks/devnet/deployment.ts";
import { REQUIRED_ACCOUNTS } from "../../mocks/devnet/seed/population.ts";
import { startFollower } from "../../mocks/graph-node/follower/index.ts";
import { storePath } from "../../mocks/graph-node/follower/snapshot.ts";
import type { EntityStore } from "../../mocks/graph-node/store/entity-store.ts";
import { LineWriter } from "../../mocks/graph-node/store/line-file.ts";
import { encodeEntity } from "../../mocks/graph-node/store/value-codec.ts";
import { reportFigure } from "./figures.ts";

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "30" },
    seed: { type: "string", default: "42" },
  },
});
const DIR = resolve(STATE_DIR, "store-bench");
const ROOT = resolve(import.meta.dirname, "../..");
const mod = (path: string) => JSON.stringify(resolve(ROOT, "mocks/graph-node", path));
const UNDO_BLOCKS = 1000;

/**
 * The head-only snapshot (`watershed-store/2`) the same history made before: current rows,
 * then per block of the last 1000 the entities it changed with their previous version.
 */
function writeHeadOnly(store: EntityStore, path: string): void {
  const out = new LineWriter(path);
  const { head, deployment } = store;
  out.write(
    JSON.stringify({ format: "watershed-store/2", deployment, head, hasIndexingErrors: false }),
  );
  for (const [type, rows] of store.rows) {
    for (const [id, row] of rows) {
      out.write(JSON.stringify({ e: [type, id, [encodeEntity(row.entity), row.changedAt]] }));
    }
  }
  const kept: number[] = [];
  for (let i = Math.max(0, store.blocks.length - UNDO_BLOCKS); i < store.blocks.length; i++) {
    kept.push(store.blocks.at(i).number);
  }
  const first = kept[0] ?? Number.POSITIVE_INFINITY;
  // block -> changes: entities whose version starts or ends there, with the one that ended
  const changes = new Map<number, Map<string, unknown>>();
  const note = (block: number, type: string, id: string, prev: unknown) => {
    if (block < first) return;
    let m = changes.get(block);
    if (!m) {
      m = new Map();
      changes.set(block, m);
    }
    const key = `${type}\u0000${id}`;
    if (prev !== null || !m.has(key)) m.set(key, { type, id, prev });
  };
  for (const [type, rows] of store.rows)
    for (const [id, r] of rows) note(r.changedAt, type, id, null);
  for (const [type, list] of store.history) {
    for (const v of list) {
      note(v.from, type, v.id, null);
      note(v.to, type, v.id, [encodeEntity(v.entity), v.from]);
    }
  }
  let prev = first === Number.POSITIVE_INFINITY ? null : store.blocks.atOrBelow(first - 1);
  for (const n of kept) {
    const ptr = store.blocks.atOrBelow(n)!;
    const list = [...(changes.get(n)?.values() ?? [])];
    out.write(JSON.stringify({ u: { ptr, prev, changes: list, dataSources: 0 } }));
    prev = ptr;
  }
  for (const d of store.dataSources) {
    out.write(JSON.stringify({ d: { ...d, context: d.context ? encodeEntity(d.context) : null } }));
  }
  out.close();
}

// Measured in a child process with --expose-gc: the head-only store is loaded as it was
// held in memory (rows plus undo entries holding the previous rows), the versioned one by
// the store itself.
const MEASURE = `
import { readFileSync } from "node:fs";
const [mode, file, schemaFile] = process.argv.slice(2);
const { parseSubgraphSchema } = await import(${mod("schema/parse-schema.ts")});
const { EntityStore } = await import(${mod("store/entity-store.ts")});
const { loadSnapshot } = await import(${mod("store/snapshot.ts")});
const { forEachLine } = await import(${mod("store/line-file.ts")});
const { decodeEntity } = await import(${mod("store/value-codec.ts")});
const schema = parseSubgraphSchema(readFileSync(schemaFile, "utf8"));
gc(); gc();
const base = process.memoryUsage().heapUsed;
const started = performance.now();
let held;
if (mode === "versions") {
  held = new EntityStore(schema, "");
  loadSnapshot(held, file);
} else {
  const rows = new Map(); const undo = [];
  const row = ([e, changedAt]) => ({ entity: decodeEntity(e), changedAt });
  forEachLine(file, (line) => {
    const d = JSON.parse(line);
    if (d.e) { let m = rows.get(d.e[0]); if (!m) rows.set(d.e[0], (m = new Map())); m.set(d.e[1], row(d.e[2])); }
    else if (d.u) undo.push({ ...d.u, changes: d.u.changes.map((c) => ({ ...c, prev: c.prev ? row(c.prev) : undefined })) });
  });
  held = { rows, undo };
}
const ms = performance.now() - started;
gc(); gc();
console.log(JSON.stringify({ ms, heap: process.memoryUsage().heapUsed - base, keep: !!held }));
`;

function measure(mode: string, file: string, schemaFile: string) {
  const script = resolve(DIR, "measure.mts");
  writeFileSync(script, MEASURE);
  const runs = [0, 1, 2].map(() => {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", script, mode, file, schemaFile],
      { encoding: "utf8" },
    );
    return JSON.parse(out.trim().split("\n").at(-1)!) as { ms: number; heap: number };
  });
  runs.sort((a, b) => a.ms - b.ms);
  return {
    ms: runs[1]!.ms,
    heap: Math.min(...runs.map((r) => r.heap)),
    bytes: statSync(file).size,
  };
}

async function main() {
  buildContracts();
  if (buildSubgraph()) console.log("subgraph built");
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const anvil = await startAnvil({ port: 0, accounts: REQUIRED_ACCOUNTS });
  let store: EntityStore;
  try {
    const clients = createChainClients(anvil.rpcUrl);
    console.log(`seeding ${values.days} days (seed ${values.seed}) ...`);
    const deployment = await populateDevnet(clients, {
      days: Number(values.days),
      seed: Number(values.seed),
      interactive: false,
    });
    assertManifestMatches(deployment, SUBGRAPH_BUILD_DIR);
    const started = performance.now();
    const follower = await startFollower({
      buildDir: SUBGRAPH_BUILD_DIR,
      rpcUrl: anvil.rpcUrl,
      snapshotPath: DIR,
      rpc: { timeoutMs: 120_000 },
    });
    await follower.ready;
    console.log(
      `indexed to block ${follower.meta().block?.number} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await follower.stop();
    store = follower.store;
  } finally {
    await anvil.stop();
  }
  const headOnly = resolve(DIR, "head-only.jsonl");
  writeHeadOnly(store, headOnly);
  const schemaFile = resolve(SUBGRAPH_BUILD_DIR, "schema.graphql");
  const before = measure("head-only", headOnly, schemaFile);
  const after = measure("versions", storePath(DIR), schemaFile);
  console.log(
    `\n${store.entityCount()} entities, ${store.versionCount()} superseded versions, ${store.blocks.length} blocks`,
  );
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  const row = (what: string, a: string, b: string, ratio: number) => {
    console.log(
      `${what.padEnd(22)} ${a.padStart(12)} ${b.padStart(12)} ${`${ratio.toFixed(2)}x`.padStart(7)} ${ratio <= 2 ? "OK" : "OVER BUDGET"}`,
    );
    reportFigure({
      figure: `store with versions: ${what} (${b})`,
      value: ratio,
      unit: "x head-only",
      how: `${values.days}-day history; head-only ${a}; loaded in a fresh process`,
      budget: { max: 2 },
    });
  };
  console.log(`${"".padEnd(22)} ${"head-only".padStart(12)} ${"versions".padStart(12)}`);
  row("snapshot size", mb(before.bytes), mb(after.bytes), after.bytes / before.bytes);
  row(
    "restart (load) time",
    `${before.ms.toFixed(0)} ms`,
    `${after.ms.toFixed(0)} ms`,
    after.ms / before.ms,
  );
  row("heap once loaded", mb(before.heap), mb(after.heap), after.heap / before.heap);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
