// Time travel on a seeded chain: the subgraph's state at past blocks, as the local node
// answers `block: { number }` / `block: { hash }`, equals what a second index of the same
// chain stopped at that block holds, entity by entity and through GraphQL, before and after
// a reorg. The store keeps entity versions with block ranges as graph-node's relational
// store does (store/postgres/src/relational: `block_range`, revert_block), and queries
// locate blocks as graph-node's StoreResolver::locate_blocks does, `_meta.block` reporting
// the block served (graphql/src/store/resolver.rs lookup_meta).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContracts } from "../../contracts/scripts/build.ts";
import { buildSubgraph, SUBGRAPH_BUILD_DIR } from "../../mocks/dev/build-subgraph.ts";
import { assertManifestMatches } from "../../mocks/dev/manifest-check.ts";
import { populateDevnet } from "../../mocks/dev/populate.ts";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { type ChainClients, createChainClients, write } from "../../mocks/devnet/chain-client.ts";
import type { Deployment } from "../../mocks/devnet/deployment.ts";
import { REQUIRED_ACCOUNTS } from "../../mocks/devnet/seed/population.ts";
import { type RunningFollower, startFollower } from "../../mocks/graph-node/follower/index.ts";
import { createQueryEngine, type QueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { queryFieldNames } from "../../mocks/graph-node/graphql/inflect.ts";
import { parseSubgraphSchema } from "../../mocks/graph-node/schema/parse-schema.ts";
import type { SchemaModel } from "../../mocks/graph-node/schema/types.ts";
import { entityEquals } from "../../mocks/graph-node/store/entity-values.ts";
import { startCappedRpc } from "./capped-rpc.ts";
import { waitFor } from "./follower-helpers.ts";

let anvil: AnvilHandle;
let clients: ChainClients;
let deployment: Deployment;
let sdl: string;
let schema: SchemaModel;
/** follows the whole chain */
let a: RunningFollower;
let engineA: QueryEngine;
/** a second index of the same chain, held at the block under comparison */
let b: RunningFollower;
let engineB: QueryEngine;
let capped: Awaited<ReturnType<typeof startCappedRpc>>;

const quiet = () => {};

async function head(): Promise<{ number: number; hash: string }> {
  const block = await clients.publicClient.getBlock();
  return { number: Number(block.number), hash: block.hash };
}

/** Holds the second index at block `n` (it only ever moves forward). */
async function holdSecondAt(n: number) {
  capped.setCap(n);
  await waitFor(() => b.meta().block?.number === n, 120_000).catch((e: Error) => {
    throw new Error(`${e.message}: second index at ${b.meta().block?.number}, ${b.error()}`);
  });
}

/** The first differences between A's versions at block n and B's current rows. */
function storeDifferences(n: number): string[] {
  const out: string[] = [];
  const types = new Set([
    ...a.store.rows.keys(),
    ...a.store.history.keys(),
    ...b.store.rows.keys(),
  ]);
  for (const type of types) {
    const atN = new Map<string, [unknown, number]>();
    for (const [entity, from] of a.store.at(n).versions(type)) {
      const id = entity.get("id")!;
      atN.set(
        id.kind === "Bytes"
          ? `0x${Buffer.from(id.value).toString("hex")}`
          : String((id as { value: unknown }).value),
        [entity, from],
      );
    }
    const rows = b.store.rows.get(type) ?? new Map();
    if (atN.size !== rows.size)
      out.push(`${type}: ${atN.size} at block ${n}, ${rows.size} in the second index`);
    for (const [id, row] of rows) {
      const seen = atN.get(id);
      if (!seen) out.push(`${type}[${id}] missing at block ${n}`);
      else if (!entityEquals(seen[0] as never, row.entity))
        out.push(`${type}[${id}] differs at block ${n}`);
      else if (seen[1] !== row.changedAt)
        out.push(`${type}[${id}] version starts at ${seen[1]}, not ${row.changedAt}`);
    }
  }
  return out.slice(0, 10);
}

/**
 * Per entity type, one deep collection query and one singular query (for an entity the
 * second index holds): scalars, references, stored and derived lists.
 */
function deepQueries(block: string): string[] {
  return [...schema.entities.values()].flatMap((e) => {
    const fields = e.fields.map((f) => {
      if (f.kind !== "entity" && f.kind !== "interface") return f.name;
      return f.list ? `${f.name}(first: 3, orderBy: id) { id }` : `${f.name} { id }`;
    });
    const [singular, plural] = queryFieldNames(e.name);
    const out = [`{ r: ${plural}(first: 200, orderBy: id${block}) { ${fields.join(" ")} } }`];
    const id = b.store.rows.get(e.name)?.keys().next().value;
    if (id !== undefined) {
      out.push(`{ r: ${singular}(id: ${JSON.stringify(id)}${block}) { ${fields.join(" ")} } }`);
    }
    return out;
  });
}

async function answers(engine: QueryEngine, queries: string[]) {
  return Promise.all(queries.map((query) => engine.execute({ query })));
}

/** A at block n (by number and by hash) answers as B, held at n, answers at its head. */
async function expectSameAnswers(n: number) {
  expect(storeDifferences(n)).toEqual([]);
  const hash = b.meta().block!.hash;
  const expected = await answers(engineB, deepQueries(""));
  expect(expected.every((r) => !r.errors)).toBe(true);
  expect(await answers(engineA, deepQueries(`, block: { number: ${n} }`))).toEqual(expected);
  const meta = `_meta { block { number hash timestamp parentHash } hasIndexingErrors }`;
  // a hash is known for every block the node processed: with the every-block handler, each
  // block from the governor's start block on
  if (a.store.blockByHash(hash)) {
    expect(await answers(engineA, deepQueries(`, block: { hash: "${hash}" }`))).toEqual(expected);
    const full = (await engineB.execute({ query: `{ ${meta} }` })).data!._meta;
    const byHash = meta.replace("_meta", `_meta(block: { hash: "${hash}" })`);
    expect((await engineA.execute({ query: `{ ${byHash} }` })).data!._meta).toEqual(full);
  } else {
    expect(n).toBeLessThan(governorStart());
  }
  expect(
    (
      await engineA.execute({
        query: `{ ${meta.replace("_meta", `_meta(block: { number: ${n} })`)} }`,
      })
    ).data,
  ).toEqual({
    _meta: {
      block: { number: n, hash: null, timestamp: null, parentHash: null },
      hasIndexingErrors: false,
    },
  });
}

function governorStart(): number {
  const manifest = readFileSync(join(SUBGRAPH_BUILD_DIR, "subgraph.yaml"), "utf8");
  const governor = manifest.slice(manifest.indexOf("name: CommunityGovernor"));
  return Number(/startBlock: (\d+)/.exec(governor)![1]);
}

function transfer(from: `0x${string}`, to: `0x${string}`, amount: bigint) {
  return write(clients, {
    from,
    address: deployment.contracts.CommunityToken.address,
    abi: artifact("CommunityToken").abi,
    functionName: "transfer",
    args: [to, amount],
  });
}

beforeAll(async () => {
  buildContracts();
  buildSubgraph();
  sdl = readFileSync(join(SUBGRAPH_BUILD_DIR, "schema.graphql"), "utf8");
  schema = parseSubgraphSchema(sdl);
  anvil = await startAnvil({ accounts: REQUIRED_ACCOUNTS });
  clients = createChainClients(anvil.rpcUrl);
  deployment = await populateDevnet(clients, { days: 2, seed: 11, interactive: false });
  assertManifestMatches(deployment, SUBGRAPH_BUILD_DIR);
  a = await startFollower({
    buildDir: SUBGRAPH_BUILD_DIR,
    rpcUrl: anvil.rpcUrl,
    pollMs: 100,
    log: quiet,
  });
  await a.ready;
  engineA = createQueryEngine({ sdl, store: a.store });
  capped = await startCappedRpc(anvil.rpcUrl, 1);
  b = await startFollower({
    buildDir: SUBGRAPH_BUILD_DIR,
    rpcUrl: capped.url,
    pollMs: 50,
    log: quiet,
  });
  await b.ready;
  engineB = createQueryEngine({ sdl, store: b.store });
}, 600_000);

afterAll(async () => {
  await b?.stop();
  await a?.stop();
  await capped?.close();
  await anvil?.stop();
});

describe("time travel", () => {
  it("answers every past block as an index stopped at that block", async () => {
    const h = (await head()).number;
    expect(a.meta().block?.number).toBe(h);
    const counts: number[] = [];
    for (const n of [1, Math.floor(h / 4), Math.floor(h / 2), h - 1, h]) {
      await holdSecondAt(n);
      await expectSameAnswers(n);
      counts.push(b.store.entityCount());
    }
    // the blocks compared hold different states, the past ones fewer entities
    expect(new Set(counts).size).toBeGreaterThanOrEqual(4);
    expect(a.store.versionCount()).toBeGreaterThan(0);
  }, 600_000);

  it("refuses blocks before the start and after the head, as graph-node does", async () => {
    const h = a.meta().block!.number;
    const id = a.meta().deployment;
    const at = async (block: string) =>
      (await engineA.execute({ query: `{ tokens(block: ${block}) { id } }` })).errors?.[0]?.message;
    expect(await at(`{ number: ${h + 1} }`)).toBe(
      `Failed to decode \`block.number\` value: \`subgraph ${id} has only indexed up to block number ${h} and data for block number ${h + 1} is therefore not yet available\``,
    );
    expect(await at(`{ number_gte: ${h + 1} }`)).toMatch(/^Failed to decode `block.number_gte`/);
    expect(await at(`{ hash: "0x${"12".repeat(32)}" }`)).toBe(
      "Failed to decode `block.hash` value: `no block with that hash found`",
    );
    // the block before the lowest startBlock is the earliest: it holds nothing yet
    expect(
      (await engineA.execute({ query: `{ tokens(block: { number: 0 }) { id } }` })).data,
    ).toEqual({ tokens: [] });
    expect(await at(`{ number: -1 }`)).toMatch(/only has data starting at block number 0/);
  });

  it("keeps answering past blocks as the second index would after a reorg", async () => {
    const [, , , holder, one, two] = await clients.walletClient.getAddresses();
    const base = await head();
    const snapshot = await clients.publicClient.request({ method: "evm_snapshot" } as never);
    // the branch that will be dropped
    for (const n of [1n, 2n, 3n]) await transfer(holder!, one!, n);
    const dropped = await head();
    await waitFor(() => a.meta().block?.hash === dropped.hash, 60_000);
    // the canonical branch: other transfers, one block longer
    await clients.publicClient.request({ method: "evm_revert", params: [snapshot] } as never);
    for (const n of [5n, 6n, 7n, 8n]) await transfer(holder!, two!, n);
    const canonical = await head();
    await waitFor(() => a.meta().block?.hash === canonical.hash, 60_000);
    expect(a.stats().reorgs).toBeGreaterThan(0);
    // the dropped branch's hashes are gone; its numbers answer the canonical blocks
    const gone = await engineA.execute({
      query: `{ tokens(block: { hash: "${dropped.hash}" }) { id } }`,
    });
    expect(gone.errors?.[0]?.message).toBe(
      "Failed to decode `block.hash` value: `no block with that hash found`",
    );
    for (let n = base.number; n <= canonical.number; n++) {
      await holdSecondAt(n);
      await expectSameAnswers(n);
    }
  }, 600_000);
});
