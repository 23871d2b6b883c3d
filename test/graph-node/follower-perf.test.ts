// Throughput of the follower alone (recording host, no WASM) over a seeded history, so the
// pipeline's 5,000 handler runs/s budget is left almost entirely to the host.
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { follow } from "../../mocks/graph-node/follower/follower.ts";
import { readManifest } from "../../mocks/graph-node/follower/read-manifest.ts";
import { FakeHost } from "./follower-fake-host.ts";
import { chainClients, seedEchoes, TEST_SUBGRAPH } from "./follower-helpers.ts";

const EVENTS = 20_000;
let anvil: AnvilHandle;

beforeAll(async () => {
  anvil = await startAnvil();
  const chain = chainClients(anvil.rpcUrl);
  const vault = await chain.createVault(await chain.deployFactory(), "perf");
  const t0 = Date.now();
  await seedEchoes(anvil.rpcUrl, vault, EVENTS, 1_000);
  console.log(`seeded ${EVENTS} events in ${Date.now() - t0} ms`);
});
afterAll(() => anvil?.stop());

it("catches up well above 5,000 handler runs/s on its own", async () => {
  const { dataSources, templates } = await readManifest(join(TEST_SUBGRAPH, "build"));
  const host = new FakeHost(dataSources, templates);
  const t0 = performance.now();
  const follower = await follow(host, { rpcUrl: anvil.rpcUrl });
  await follower.ready;
  const seconds = (performance.now() - t0) / 1000;
  const runs = follower.stats().handlerRuns;
  console.log(`follower alone: ${runs} handler runs in ${seconds.toFixed(2)} s = ${Math.round(runs / seconds)}/s`);
  expect(runs).toBeGreaterThanOrEqual(EVENTS);
  expect(runs / seconds).toBeGreaterThan(15_000);
  await follower.stop();
});
