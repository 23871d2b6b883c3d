// Chain follower throughput on the test subgraph: the follower alone (a recording host) and
// the whole pipeline (follower + WASM host), per wall-clock second and per CPU second of
// this process (other tenants of a shared 2-core machine move the first, not the second).
// The history is sent from an impersonated account: anvil recovers the signer of every
// signed transaction each time it serves a block (~0.2-0.4 ms each), which would measure
// anvil rather than us; with signed one-event transactions expect roughly 3,000-4,000/s.
import { join } from "node:path";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { follow } from "../../mocks/graph-node/follower/follower.ts";
import { specsFromManifest } from "../../mocks/graph-node/follower/host-adapter.ts";
import { startFollower } from "../../mocks/graph-node/follower/index.ts";
import { loadManifest } from "../../mocks/graph-node/host/manifest.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { FakeHost } from "../graph-node/follower-fake-host.ts";
import { chainClients, seedEchoes } from "../graph-node/follower-helpers.ts";

const EVENTS = 20_000;

async function measure(label: string, run: () => Promise<number>): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const runs = await run();
  const { user, system } = process.cpuUsage(c0);
  const wallS = (performance.now() - t0) / 1000;
  const cpuS = (user + system) / 1e6;
  console.log(
    `${label.padEnd(18)} ${runs} handler runs in ${wallS.toFixed(2)} s wall ` +
      `(${Math.round(runs / wallS)}/s), ${cpuS.toFixed(2)} s CPU (${Math.round(runs / cpuS)}/CPU-s)`,
  );
}

async function main() {
  const buildDir = buildTestSubgraph();
  const anvil: AnvilHandle = await startAnvil();
  try {
    const chain = chainClients(anvil.rpcUrl);
    const vault = await chain.createVault(await chain.deployFactory(), "perf");
    const t0 = Date.now();
    await seedEchoes(anvil.rpcUrl, vault, EVENTS, 1_000, true);
    console.log(`seeded ${EVENTS} events in ${Date.now() - t0} ms`);

    const { dataSources, templates } = specsFromManifest(loadManifest(join(buildDir)));
    await measure("follower alone", async () => {
      const follower = await follow(new FakeHost(dataSources, templates), { rpcUrl: anvil.rpcUrl });
      await follower.ready;
      await follower.stop();
      return follower.stats().handlerRuns;
    });
    await measure("follower + host", async () => {
      const follower = await startFollower({ buildDir, rpcUrl: anvil.rpcUrl });
      await follower.ready;
      const echoes = [...follower.store.all("Echo")].length;
      await follower.stop();
      if (echoes !== EVENTS) throw new Error(`indexed ${echoes} echoes of ${EVENTS}`);
      return follower.stats().handlerRuns;
    });
  } finally {
    await anvil.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
