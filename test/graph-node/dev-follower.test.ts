// The follower `npm run dev` starts (mocks/dev/dev-follower.ts) answers `block: { hash }`
// of a block the subgraph had no trigger in, as startFollower's does: the store knows only
// the blocks it committed, and the query engine asks the chain for the others. The dev
// follower once had its own copy of startFollower's wrap-up without that chain lookup, and
// such a query answered "no block with that hash found".
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevFollower } from "../../mocks/dev/dev-follower.ts";
import { Spans } from "../../mocks/dev/spans.ts";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import type { RunningFollower } from "../../mocks/graph-node/follower/index.ts";
import { createQueryEngine, type QueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { chainClients } from "./follower-helpers.ts";

const FACTORY = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

let anvil: AnvilHandle;
let snapshotPath: string;
let follower: RunningFollower | undefined;
let engine: QueryEngine;
let chain: ReturnType<typeof chainClients>;

beforeAll(async () => {
  const buildDir = buildTestSubgraph();
  anvil = await startAnvil();
  chain = chainClients(anvil.rpcUrl);
  expect((await chain.deployFactory()).toLowerCase()).toBe(FACTORY.toLowerCase());
  await chain.createVault(FACTORY, "alpha");
  snapshotPath = mkdtempSync(join(tmpdir(), "dev-follower-"));
  follower = await startDevFollower({
    buildDir,
    rpcUrl: anvil.rpcUrl,
    snapshotPath,
    chainReady: Promise.resolve(),
    spans: new Spans(),
  });
  await follower.ready;
  engine = createQueryEngine({
    sdl: readFileSync(join(buildDir, "schema.graphql"), "utf8"),
    store: follower.store,
  });
}, 60_000);

afterAll(async () => {
  await follower?.stop();
  await anvil?.stop();
  if (snapshotPath) rmSync(snapshotPath, { recursive: true, force: true });
});

describe("npm run dev's follower", () => {
  it("answers block: { hash } of a block it had no trigger in, from the chain", async () => {
    // the genesis block: before the data source's startBlock (1), so no handler ran there
    // and the store never committed it
    const genesis = await chain.publicClient.getBlock({ blockNumber: 0n });
    const hash = genesis.hash.toLowerCase();
    expect(follower!.store.blockByHash(hash)).toBeNull();
    expect(follower!.meta().block!.number).toBeGreaterThan(0);

    const result = await engine.execute({
      query: `{ vaults(block: { hash: "${hash}" }) { id }
        _meta(block: { hash: "${hash}" }) { block { number hash } } }`,
    });
    expect(result.errors).toBeUndefined();
    // nothing was indexed yet at the block before the start block
    expect(result.data).toEqual({ vaults: [], _meta: { block: { number: 0, hash } } });
  });

  it("still refuses a hash the chain does not have, and answers the head's as before", async () => {
    const unknown = await engine.execute({
      query: `{ vaults(block: { hash: "0x${"12".repeat(32)}" }) { id } }`,
    });
    expect(unknown.errors?.[0]?.message).toBe(
      "Failed to decode `block.hash` value: `no block with that hash found`",
    );
    const head = follower!.meta().block!;
    const atHead = await engine.execute({
      query: `{ vaults(block: { hash: "${head.hash}" }) { name } }`,
    });
    expect(atHead).toEqual({ data: { vaults: [{ name: "alpha" }] } });
  });
});
