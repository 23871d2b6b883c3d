// Throughput over a seeded history: the follower alone (recording host) and the whole
// pipeline (follower + WASM host). Budget: >= 5,000 handler runs/s for the pipeline.
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { follow } from "../../mocks/graph-node/follower/follower.ts";
import { specsFromManifest } from "../../mocks/graph-node/follower/host-adapter.ts";
import { startFollower } from "../../mocks/graph-node/follower/index.ts";
import { loadManifest } from "../../mocks/graph-node/host/manifest.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { FakeHost } from "./follower-fake-host.ts";
import { chainClients, seedEchoes } from "./follower-helpers.ts";

const EVENTS = 20_000;
let anvil: AnvilHandle;
let buildDir: string;

beforeAll(async () => {
  buildDir = buildTestSubgraph();
  anvil = await startAnvil();
  const chain = chainClients(anvil.rpcUrl);
  const vault = await chain.createVault(await chain.deployFactory(), "perf");
  const t0 = Date.now();
  await seedEchoes(anvil.rpcUrl, vault, EVENTS, 1_000);
  console.log(`seeded ${EVENTS} events in ${Date.now() - t0} ms`);
});
afterAll(() => anvil?.stop());

function report(label: string, runs: number, ms: number): number {
  const rate = runs / (ms / 1000);
  console.log(`${label}: ${runs} handler runs in ${(ms / 1000).toFixed(2)} s = ${Math.round(rate)}/s`);
  return rate;
}

it("follower alone keeps up with the chain", async () => {
  const { dataSources, templates } = specsFromManifest(loadManifest(join(buildDir)));
  const host = new FakeHost(dataSources, templates);
  const t0 = performance.now();
  const follower = await follow(host, { rpcUrl: anvil.rpcUrl });
  await follower.ready;
  const runs = follower.stats().handlerRuns;
  expect(runs).toBeGreaterThanOrEqual(EVENTS);
  // bounded by anvil serving full-transaction blocks (~0.2 ms per transaction)
  expect(report("follower alone", runs, performance.now() - t0)).toBeGreaterThan(2_500);
  await follower.stop();
});

it("follower + WASM host: >= 5,000 handler runs/s", async () => {
  const t0 = performance.now();
  const follower = await startFollower({ buildDir, rpcUrl: anvil.rpcUrl });
  await follower.ready;
  const runs = follower.stats().handlerRuns;
  expect([...follower.store.all("Echo")]).toHaveLength(EVENTS);
  expect(report("follower + host", runs, performance.now() - t0)).toBeGreaterThan(5_000);
  await follower.stop();
});
