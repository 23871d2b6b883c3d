// Benchmark (not a test) for the local graph-node query engine:
//   npx tsx test/bench/graphql-bench.ts
// 1. fills a MemoryStore with ~100k entities over the conformance schema and prints p50/p95
//    per typical SPA query (warm indexes, plus the cold first run);
// 2. runs a loopback load test on 127.0.0.1: 200 concurrent clients for 10 s, reporting
//    throughput, p99 and errors. Bounded in time and to the loopback interface.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { startGraphqlServer } from "../../mocks/graph-node/server/graphql-server.ts";
import { MemoryStore } from "../../mocks/graph-node/store/memory-store.ts";
import type { StoreValue } from "../../mocks/graph-node/store/types.ts";
import { conformanceSdl } from "../graph-node/fixtures/conformance-store.ts";

const s = (value: string): StoreValue => ({ kind: "String", value });
const big = (v: number): StoreValue => ({ kind: "BigInt", value: BigInt(v) });
const addr = (n: number): StoreValue => ({
  kind: "Bytes",
  value: Buffer.from(n.toString(16).padStart(40, "0"), "hex"),
});
const addrId = (n: number) => `0x${n.toString(16).padStart(40, "0")}`;
const STATES = ["Pending", "Active", "Defeated", "Succeeded", "Executed"];

let seed = 42;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed >>> 8) % n; // the low bits of this LCG cycle with a short period
};

function fill(): MemoryStore {
  const st = new MemoryStore("QmBench");
  const ACCOUNTS = 10_000,
    PROPOSALS = 2_000,
    VOTERS = 30,
    TRANSFERS = 25_000,
    BURNS = 3_000,
    DAYS = 1_000;
  for (let i = 1; i <= ACCOUNTS; i++) {
    st.set(
      "Account",
      {
        id: addr(i),
        label: rnd(4) ? s(`holder ${i}`) : { kind: "Null" },
        balance: big(rnd(1_000_000)),
        share: { kind: "BigDecimal", value: `0.${rnd(100000)}` },
        txCount: { kind: "Int", value: rnd(500) },
        total8: { kind: "Int8", value: BigInt(rnd(1e9)) },
        delegating: { kind: "Bool", value: rnd(2) === 1 },
        tags: { kind: "Array", value: [s(["core", "dev", "ops"][rnd(3)]!)] },
        delegate: rnd(3) ? addr(1 + rnd(ACCOUNTS)) : { kind: "Null" },
        lastSeen: { kind: "Timestamp", value: BigInt(1_700_000_000 + rnd(1e7)) * 1_000_000n },
      },
      1,
    );
  }
  for (let p = 1; p <= PROPOSALS; p++) {
    st.set(
      "Proposal",
      {
        id: s(String(p)),
        description: s(`Proposal ${p}`),
        state: s(STATES[rnd(5)]!),
        proposer: addr(1 + rnd(ACCOUNTS)),
        forVotes: big(rnd(1e6)),
      },
      2,
    );
    for (let v = 0; v < VOTERS; v++) {
      const voter = 1 + ((p * 37 + v * 101) % ACCOUNTS);
      st.set(
        "Vote",
        {
          id: s(`${p}-${addrId(voter)}`),
          proposal: s(String(p)),
          voter: addr(voter),
          support: { kind: "Int", value: rnd(3) },
          weight: big(rnd(1e5)),
        },
        3,
      );
    }
  }
  for (let t = 1; t <= TRANSFERS; t++) {
    st.set(
      "Transfer",
      {
        id: s(`0xt${t}-0`),
        from: addr(1 + rnd(ACCOUNTS)),
        to: addr(1 + rnd(ACCOUNTS)),
        amount: big(rnd(1000)),
        timestamp: { kind: "Timestamp", value: BigInt(1_700_000_000 + t) * 1_000_000n },
      },
      4,
    );
  }
  for (let b = 1; b <= BURNS; b++) {
    st.set(
      "Burn",
      {
        id: s(`0xb${b}-0`),
        from: addr(1 + rnd(ACCOUNTS)),
        amount: big(rnd(1000)),
        timestamp: { kind: "Timestamp", value: BigInt(1_700_000_000 + b * 7) * 1_000_000n },
      },
      5,
    );
  }
  for (let d = 0; d < DAYS; d++)
    st.set(
      "DailySupply",
      { id: { kind: "Int8", value: BigInt(19000 + d) }, supply: big(1e6 + d) },
      6,
    );
  st.setHead({
    number: 100,
    hash: `0x${"11".repeat(32)}`,
    timestamp: 1_700_000_000,
    parentHash: `0x${"22".repeat(32)}`,
  });
  return st;
}

const QUERIES: Record<string, string> = {
  activeProposals: `{ proposals(first: 20, orderBy: forVotes, orderDirection: desc, where: { state: Active }) { id description state forVotes proposer { id label } } }`,
  proposalVotes: `{ proposal(id: "1234") { id votes(first: 100, orderBy: weight, orderDirection: desc) { voter { id } support weight } } }`,
  topHolders: `{ accounts(first: 50, orderBy: balance, orderDirection: desc) { id balance share delegate { id } } }`,
  supplyCurve: `{ dailySupplies(first: 365, orderBy: id, orderDirection: desc) { id supply } }`,
  activityFeed: `{ movements(first: 50, orderBy: timestamp, orderDirection: desc) { __typename id amount timestamp from { id } } }`,
  accountPage: `{ account(id: "${addrId(77)}") { id balance sent(first: 20, orderBy: timestamp, orderDirection: desc) { id amount } votes(first: 20) { id support } delegators(first: 10) { id } } }`,
  nestedFilter: `{ transfers(first: 100, orderBy: amount, orderDirection: desc, where: { amount_gt: "500", from_: { delegating: true } }) { id amount } }`,
  textSearch: `{ accounts(first: 20, where: { label_contains_nocase: "HOLDER 99" }) { id label } }`,
  meta: `{ _meta { block { number hash timestamp } deployment hasIndexingErrors } }`,
};

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function main() {
  let t0 = performance.now();
  const store = fill();
  let count = 0;
  for (const t of ["Account", "Proposal", "Vote", "Transfer", "Burn", "DailySupply"])
    count += [...store.all(t)].length;
  console.log(`filled ${count} entities in ${(performance.now() - t0).toFixed(0)} ms`);
  const engine = createQueryEngine({ sdl: conformanceSdl, store });
  console.log("query            cold ms   p50 ms   p95 ms");
  for (const [name, query] of Object.entries(QUERIES)) {
    t0 = performance.now();
    const first = await engine.execute({ query });
    const cold = performance.now() - t0;
    if (first.errors) throw new Error(`${name}: ${JSON.stringify(first.errors)}`);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      t0 = performance.now();
      await engine.execute({ query });
      times.push(performance.now() - t0);
    }
    console.log(
      `${name.padEnd(16)} ${cold.toFixed(1).padStart(7)} ${pct(times, 50).toFixed(2).padStart(8)} ${pct(times, 95).toFixed(2).padStart(8)}`,
    );
  }

  const server = await startGraphqlServer({ engine, port: 0, host: "127.0.0.1" });
  const bodies = Object.values(QUERIES).map((query) => JSON.stringify({ query }));
  // clients run in a worker thread so their HTTP work does not share the server's event loop
  const worker = new Worker(LOAD_CLIENTS, {
    eval: true,
    workerData: { url: server.url, bodies, clients: 200, ms: 10_000 },
  });
  const { latencies, errors } = await new Promise<{ latencies: number[]; errors: number }>(
    (resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    },
  );
  await server.close();
  console.log(
    `load: 200 clients x 10 s on 127.0.0.1: ${latencies.length} requests (${(latencies.length / 10).toFixed(0)}/s), p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, errors ${errors}`,
  );
}

const LOAD_CLIENTS = `
const { parentPort, workerData } = require("node:worker_threads");
const { url, bodies, clients, ms } = workerData;
const latencies = [];
let errors = 0;
const until = performance.now() + ms;
async function client(n) {
  for (let i = n; performance.now() < until; i++) {
    const start = performance.now();
    try {
      const res = await fetch(url, { method: "POST", body: bodies[i % bodies.length], headers: { "content-type": "application/json" } });
      const json = await res.json();
      if (res.status !== 200 || json.errors) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - start);
  }
}
Promise.all(Array.from({ length: clients }, (_, n) => client(n))).then(() => parentPort.postMessage({ latencies, errors }));
`;

await main();
