import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Backend, startBackend } from "../../mocks/dev/backend.ts";
import { freePort } from "../../mocks/devnet/anvil.ts";
import { artifact } from "../../mocks/devnet/artifacts.ts";
import { createChainClients, write } from "../../mocks/devnet/chain-client.ts";

// `npm run dev` end to end on a short history: the GraphQL and status URLs answer, a new
// block becomes queryable, stopping leaves no anvil, and a second start reuses the cache.
const stateDir = mkdtempSync(join(tmpdir(), "watershed-dev-"));
const quiet = () => {};

async function gql(url: string, query: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are checked field by field
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function start(): Promise<Backend> {
  return startBackend({
    rpcPort: await freePort(),
    graphqlPort: await freePort(),
    statusPort: await freePort(),
    stateDir,
    deploymentFile: join(stateDir, "deployment.json"),
    days: 2,
    seed: 7,
    log: quiet,
  });
}

/** Sends a token transfer and waits for GraphQL to serve its block (latency: query-bench). */
async function transferIsIndexed(backend: Backend, head: number) {
  const clients = createChainClients(backend.rpcUrl);
  const [, , , holder, recipient] = await clients.walletClient.getAddresses();
  const sent = Date.now();
  const receipt = await write(clients, {
    from: holder!,
    address: backend.deployment.contracts.CommunityToken.address,
    abi: artifact("CommunityToken").abi,
    functionName: "transfer",
    args: [recipient!, 1n],
  });
  let seen = head;
  while (seen < Number(receipt.blockNumber) && Date.now() - sent < 10_000) {
    await new Promise((r) => setTimeout(r, 50));
    seen = (await gql(backend.graphqlUrl, "{ _meta { block { number } } }")).data?._meta.block
      .number;
  }
  expect(seen).toBe(Number(receipt.blockNumber));
  const account = await gql(
    backend.graphqlUrl,
    `{ account(id: "${recipient!.toLowerCase()}") { id } }`,
  );
  expect(account.data?.account?.id).toBe(recipient!.toLowerCase());
}

afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

describe("npm run dev backend", () => {
  it("serves the indexed chain, follows new blocks and stops cleanly", async () => {
    const backend = await start();
    try {
      expect(backend.fromCache).toBe(false);
      const first = await gql(
        backend.graphqlUrl,
        '{ _meta { block { number } hasIndexingErrors } token(id: "token") { totalSupply } }',
      );
      expect(first.errors).toBeUndefined();
      expect(first.data?._meta.hasIndexingErrors).toBe(false);
      const head = first.data?._meta.block.number as number;

      // graph-node's index-node status API beside it (server/index-node/src/schema.graphql)
      const status = await gql(
        backend.statusUrl,
        `{ indexingStatusForCurrentVersion(subgraphName: "watershed") {
          subgraph synced health fatalError { message } chains { latestBlock { number } } } }`,
      );
      expect(backend.statusUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(status.data?.indexingStatusForCurrentVersion).toEqual({
        subgraph: backend.follower.meta().deployment,
        synced: true,
        health: "healthy",
        fatalError: null,
        chains: [{ latestBlock: { number: String(backend.follower.meta().block?.number) } }],
      });

      await transferIsIndexed(backend, head);
    } finally {
      await backend.stop();
    }
    expect(
      await portIsClosed(new URL(backend.rpcUrl).port ? Number(new URL(backend.rpcUrl).port) : 0),
    ).toBe(true);
  });

  it("restarts from the cached chain and store and keeps following it", async () => {
    const backend = await start();
    try {
      expect(backend.fromCache).toBe(true);
      const { data } = await gql(
        backend.graphqlUrl,
        "{ _meta { block { number } hasIndexingErrors } }",
      );
      expect(data?._meta.hasIndexingErrors).toBe(false);
      expect(data?._meta.block.number).toBe(backend.follower.meta().block?.number);
      // the reloaded chain's clock must resume after its last block, or votes and
      // transfers revert on ERC20Votes' ordered checkpoints
      await transferIsIndexed(backend, data?._meta.block.number);
    } finally {
      await backend.stop();
    }
  });
});
