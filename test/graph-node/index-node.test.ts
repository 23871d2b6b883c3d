// graph-node's index-node status API, served by the local node over a follower on a real
// anvil, healthy and then failed by a handler:
// - server/index-node/src/schema.graphql: the status fields the SPA's banner reads;
// - graph/src/data/subgraph/status.rs `IntoValue for Info`: the answer's shape, numbers
//   included (chain blocks' `number` as decimal text, an error's block and `earliestBlock`
//   as JSON numbers, `entityCount` as text);
// - server/index-node/src/resolver.rs: `indexingStatuses(subgraphs:)` filters by deployment
//   id (none = all), `indexingStatusForCurrentVersion(subgraphName:)` is null for unknown
//   names;
// - server/index-node/src/service.rs: POST /graphql, "OK" on /, a redirect on GET /graphql,
//   404 and 400 in plain text, CORS for any origin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { type RunningFollower, startFollower } from "../../mocks/graph-node/follower/index.ts";
import { createIndexNodeEngine } from "../../mocks/graph-node/index-node/engine.ts";
import { followerDeployment } from "../../mocks/graph-node/index-node/follower-status.ts";
import {
  type IndexNodeServer,
  startIndexNodeServer,
} from "../../mocks/graph-node/server/index-node-server.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { chainClients, waitFor } from "./follower-helpers.ts";

let anvil: AnvilHandle;
let chain: ReturnType<typeof chainClients>;
let follower: RunningFollower;
let server: IndexNodeServer;
let vault: `0x${string}`;

const STATUS = `query($name: String!) {
  indexingStatusForCurrentVersion(subgraphName: $name) {
    subgraph synced health entityCount node paused historyBlocks
    fatalError { message block { number hash } handler deterministic }
    nonFatalErrors { message }
    chains {
      __typename network
      chainHeadBlock { number hash }
      latestBlock { number hash }
      earliestBlock { number hash }
      lastHealthyBlock { number }
    }
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field
async function post(body: unknown): Promise<{ status: number; headers: Headers; json: any }> {
  const res = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://elsewhere.test" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: res.ok ? JSON.parse(text) : text };
}

const status = async (name = "vaults") =>
  (await post({ query: STATUS, variables: { name } })).json.data.indexingStatusForCurrentVersion;

beforeAll(async () => {
  const buildDir = buildTestSubgraph();
  anvil = await startAnvil();
  chain = chainClients(anvil.rpcUrl);
  vault = await chain.createVault(await chain.deployFactory(), "status");
  await chain.echo(vault, "fine", 1n);
  follower = await startFollower({ buildDir, rpcUrl: anvil.rpcUrl, pollMs: 50, log: () => {} });
  await follower.ready;
  server = await startIndexNodeServer({
    engine: createIndexNodeEngine([followerDeployment("vaults", follower)]),
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  await follower?.stop();
  await anvil?.stop();
});

describe("index-node status API", () => {
  it("reports a healthy, synced deployment with graph-node's value shapes", async () => {
    const head = await chain.publicClient.getBlock();
    const s = await status();
    expect(s).toEqual({
      subgraph: follower.meta().deployment,
      synced: true,
      health: "healthy",
      entityCount: String(follower.store.entityCount()),
      node: "default",
      paused: false,
      historyBlocks: 2147483647,
      fatalError: null,
      nonFatalErrors: [],
      chains: [
        {
          __typename: "EthereumIndexingStatus",
          network: "mainnet",
          chainHeadBlock: { number: String(head.number), hash: head.hash },
          latestBlock: { number: String(head.number), hash: head.hash },
          // the block before the lowest startBlock (1): graph-node's earliest_block_number
          earliestBlock: { number: 0, hash: "0x0" },
          lastHealthyBlock: null,
        },
      ],
    });
    expect(Number(s.entityCount)).toBeGreaterThan(0);
  });

  it("lists statuses by deployment id, all of them by default", async () => {
    const id = follower.meta().deployment;
    const list = (args: string) =>
      post({ query: `{ indexingStatuses${args} { subgraph health } }` }).then(
        (r) => r.json.data.indexingStatuses,
      );
    expect(await list("")).toEqual([{ subgraph: id, health: "healthy" }]);
    expect(await list(`(subgraphs: [])`)).toEqual([{ subgraph: id, health: "healthy" }]);
    expect(await list(`(subgraphs: ["${id}"])`)).toEqual([{ subgraph: id, health: "healthy" }]);
    expect(await list(`(subgraphs: ["QmOther"])`)).toEqual([]);
    expect(await status("nobody")).toBeNull();
    const pending = await post({
      query: `{ indexingStatusForPendingVersion(subgraphName: "vaults") { subgraph } }`,
    });
    expect(pending.json).toEqual({ data: { indexingStatusForPendingVersion: null } });
  });

  it("refuses the index-node fields the local node does not serve", async () => {
    const r = await post({ query: `{ indexingStatuses { subgraphSize { totalSize } } }` });
    expect(r.json.errors[0].message).toMatch(/Cannot query field "subgraphSize"/);
  });

  it("reports the failure where graph-node does once a handler fails", async () => {
    const bad = await chain.probe(vault, 10, "boom");
    await waitFor(() => follower.meta().fatalError, 10_000);
    const s = await status();
    expect(s.health).toBe("failed");
    expect(s.synced).toBe(true);
    expect(s.fatalError).toEqual({
      message: expect.stringMatching(
        new RegExp(
          `^transaction ${bad.transactionHash.slice(2)}: Mapping aborted at .*with message: boom in handler \`handleProbe\` at block #${bad.blockNumber} \\(${bad.blockHash}\\)$`,
        ),
      ),
      block: { number: Number(bad.blockNumber), hash: bad.blockHash },
      handler: null,
      deterministic: true,
    });
    expect(s.chains[0].latestBlock).toEqual({
      number: String(bad.blockNumber),
      hash: bad.blockHash,
    });
    // the chain goes on without the subgraph
    await chain.rpc("anvil_mine", ["0x2"]);
    await new Promise((r) => setTimeout(r, 600));
    const later = await status();
    expect(Number(later.chains[0].chainHeadBlock.number)).toBe(Number(bad.blockNumber) + 2);
    expect(later.chains[0].latestBlock.number).toBe(String(bad.blockNumber));
  });

  it("answers HTTP as graph-node's index-node service does", async () => {
    const base = server.url.replace(/\/graphql$/, "");
    const ok = await post({ query: "{ indexingStatuses { health } }" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    const options = await fetch(server.url, { method: "OPTIONS" });
    expect(options.status).toBe(200);
    expect(options.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS, POST");
    expect(options.headers.get("access-control-allow-headers")).toBe("Content-Type, User-Agent");
    expect(await (await fetch(`${base}/`)).text()).toBe("OK");
    const redirect = await fetch(server.url, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/graphql/playground");
    const missing = await fetch(`${base}/subgraphs`);
    expect([missing.status, await missing.text()]).toEqual([404, "Not found\n"]);
    expect(await post({ nope: 1 })).toMatchObject({
      status: 400,
      json: 'Invalid request: The "query" field is missing in request data',
    });
    expect((await post("{")).status).toBe(400);
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
  });
});
