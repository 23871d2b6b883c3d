// The follower driving the real WASM host over the test subgraph on a real anvil:
// entities, templates, eth_call at the event's block, failures, reorgs, snapshots.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnvilHandle, startAnvil } from "../../mocks/devnet/anvil.ts";
import { startFollower } from "../../mocks/graph-node/follower/index.ts";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import type { StoreValue } from "../../mocks/graph-node/store/types.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { chainClients, waitFor } from "./follower-helpers.ts";

let buildDir: string;
let anvil: AnvilHandle;
let chain: ReturnType<typeof chainClients>;
const FACTORY = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

const value = (v: StoreValue | undefined) => (v && "value" in v ? v.value : undefined);
const testSchema = () => readFileSync(join(buildDir, "schema.graphql"), "utf8");

beforeAll(async () => {
  buildDir = buildTestSubgraph();
  anvil = await startAnvil();
  chain = chainClients(anvil.rpcUrl);
  expect((await chain.deployFactory()).toLowerCase()).toBe(FACTORY.toLowerCase());
});
afterAll(() => anvil?.stop());

describe("follower + WASM host", () => {
  it("indexes factory and template events, with eth_call at the event's block and receipts", async () => {
    const vault = await chain.createVault(FACTORY, "alpha", 3);
    await chain.deposit(vault, 10n ** 18n, "first deposit");
    await chain.deposit(vault, 3n * 10n ** 18n, "second");
    const echo = await chain.echo(vault, "hello", -7n);
    const logs: string[] = [];
    const follower = await startFollower({
      buildDir,
      rpcUrl: anvil.rpcUrl,
      pollMs: 100,
      log: (l) => logs.push(l),
    });
    await follower.ready;
    const { store } = follower;
    const id = vault.toLowerCase();
    const v = store.get("Vault", id)!;
    expect(value(v.get("name"))).toBe("alpha");
    expect(value(v.get("onChainName"))).toBe("alpha"); // ethereum.call at the creation block
    expect(value(v.get("label"))).toBe("vault-alpha"); // template context
    expect(value(v.get("total"))).toBe(4n * 10n ** 18n);
    expect(value(v.get("count"))).toBe(2n);
    const deposits = [...store.all("Deposit")].map((d) => [
      value(d.get("note")),
      value(d.get("relatedCount")),
    ]);
    expect(deposits.sort()).toEqual([
      ["first deposit", 1],
      ["second", 2],
    ]);
    expect(logs.filter((l) => l.includes("receipt gas used"))).toHaveLength(2);
    const e = store.get("Echo", `${echo.transactionHash}-0`)!;
    expect(value(e.get("number"))).toBe(-7n);
    const head = await chain.publicClient.getBlock();
    expect(follower.meta()).toMatchObject({
      block: { number: Number(head.number), hash: head.hash },
      hasIndexingErrors: false,
    });
    // the block handler wrote one row per block from the start block on
    expect([...store.all("BlockInfo")]).toHaveLength(Number(head.number));

    // live: a new event reaches the store while following (latency: query-bench)
    const live = await chain.echo(vault, "live", 1n);
    await waitFor(() => store.get("Echo", `${live.transactionHash}-0`), 10_000);
    await follower.stop();
  });

  it("reverts to the common ancestor and re-indexes the new chain", async () => {
    const vault = await chain.createVault(FACTORY, "beta");
    const follower = await startFollower({ buildDir, rpcUrl: anvil.rpcUrl, pollMs: 100 });
    await follower.ready;
    const texts = () => [...follower.store.all("Echo")].map((e) => value(e.get("text")));
    const snap = await chain.rpc("evm_snapshot");
    await chain.echo(vault, "old-1", 1n);
    await chain.deposit(vault, 5n, "old deposit");
    // wait for the deposit's own block too: the echo and the deposit land in separate blocks
    const count = () => {
      const c = follower.store.get("Vault", vault.toLowerCase())?.get("count");
      return c ? value(c) : undefined;
    };
    await waitFor(() => texts().includes("old-1") && count() === 1n);
    expect(value(follower.store.get("Vault", vault.toLowerCase())!.get("count"))).toBe(1n);
    await chain.rpc("evm_revert", [snap]);
    await chain.rpc("evm_mine");
    await chain.echo(vault, "new-1", 2n);
    await chain.rpc("evm_mine");
    await chain.rpc("evm_mine");
    const head = await chain.publicClient.getBlock();
    await waitFor(() => follower.meta().block?.hash === head.hash);
    expect(texts()).toContain("new-1");
    expect(texts()).not.toContain("old-1");
    expect(value(follower.store.get("Vault", vault.toLowerCase())!.get("count"))).toBe(0n);
    expect(
      [...follower.store.all("Deposit")].some((d) => value(d.get("note")) === "old deposit"),
    ).toBe(false);
    const info = follower.store.get("BlockInfo", String(head.number))!;
    expect(Buffer.from(value(info.get("hash")) as Uint8Array).toString("hex")).toBe(
      head.hash.slice(2),
    );
    expect(follower.stats().reorgs).toBeGreaterThan(0);
    await follower.stop();
  });

  it("snapshots to disk and resumes, template instances included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "follower-wasm-snap-"));
    const vault = await chain.createVault(FACTORY, "gamma");
    const a = await startFollower({
      buildDir,
      rpcUrl: anvil.rpcUrl,
      pollMs: 100,
      snapshotPath: dir,
    });
    await a.ready;
    const stoppedAt = a.meta().block!;
    const echoes = [...a.store.all("Echo")].length;
    await a.stop();

    const later = await chain.echo(vault, "after resume", 9n);
    const b = await startFollower({
      buildDir,
      rpcUrl: anvil.rpcUrl,
      pollMs: 100,
      snapshotPath: dir,
    });
    expect(b.meta().block).toEqual(stoppedAt);
    expect([...b.store.all("Echo")]).toHaveLength(echoes);
    await b.ready;
    expect(b.stats().handlerRuns).toBeLessThan(10); // only the new blocks ran
    expect(value(b.store.get("Echo", `${later.transactionHash}-0`)?.get("text"))).toBe(
      "after resume",
    );
    await b.stop();
  });

  // A deterministic handler failure, as graph-node handles it:
  // - core/src/subgraph/runner: the failed block is transacted with its PoI only, then the
  //   subgraph is failed: the head is the failed block, the data that of the last good one;
  // - graph/src/data/subgraph/mod.rs `has_deterministic_errors`: the error's block is at or
  //   below the head, so `_meta.hasIndexingErrors` is true and `subgraphError: deny` queries
  //   answer `indexing_error` while `allow` keeps the data (graphql/src/store/resolver.rs);
  // - store/postgres/src/deployment_store.rs `unfail_deterministic_error`: a restart reverts
  //   the failed head block and runs it again, so it fails again the same way.
  it("fails at the handler's block, keeps the last good data queryable, retries on restart", async () => {
    const own = await startAnvil();
    const ownChain = chainClients(own.rpcUrl);
    const vault = await ownChain.createVault(await ownChain.deployFactory(), "delta");
    await ownChain.echo(vault, "fine", 1n);
    const bad = await ownChain.probe(vault, 10, "boom");
    await ownChain.echo(vault, "never", 2n);
    const dir = mkdtempSync(join(tmpdir(), "follower-wasm-fail-"));
    const lines: string[] = [];
    const start = () =>
      startFollower({
        buildDir,
        rpcUrl: own.rpcUrl,
        pollMs: 100,
        snapshotPath: dir,
        log: (l, level) => level !== "info" && lines.push(l),
      });
    const follower = await start();
    await expect(follower.ready).rejects.toThrow(/handleProbe/);
    const failedAt = Number(bad.blockNumber);
    const meta = follower.meta();
    expect(meta).toMatchObject({
      hasIndexingErrors: true,
      block: { number: failedAt, hash: bad.blockHash },
    });
    expect(meta.fatalError).toMatchObject({
      block: { number: failedAt, hash: bad.blockHash },
      handler: null,
      deterministic: true,
    });
    expect(meta.fatalError!.message).toMatch(
      new RegExp(
        `^transaction ${bad.transactionHash.slice(2)}: Mapping aborted at src/vault\\.ts, line \\d+, column \\d+, with message: boom in handler \`handleProbe\` at block #${failedAt} \\(${bad.blockHash}\\)$`,
      ),
    );
    expect([...follower.store.all("Echo")].map((e) => value(e.get("text")))).toEqual(["fine"]);
    const line = lines.find((l) => l.includes("indexing stopped"))!;
    expect(line).toContain("handleProbe");
    expect(line).toContain(`block ${failedAt}`);
    expect(line).toContain(bad.transactionHash);
    expect(line).toContain("boom");

    const engine = createQueryEngine({ sdl: testSchema(), store: follower.store });
    const q = (query: string) => engine.execute({ query });
    expect(await q(`{ echos { text } _meta { block { number } hasIndexingErrors } }`)).toEqual({
      data: { _meta: { block: { number: failedAt }, hasIndexingErrors: true } },
      errors: [{ message: "indexing_error" }],
    });
    expect(await q(`{ echos(subgraphError: allow) { text } }`)).toEqual({
      data: { echos: [{ text: "fine" }] },
      errors: [{ message: "indexing_error" }],
    });
    // the block before the failed one has no error: queries at it answer plainly
    expect(await q(`{ echos(block: { number: ${failedAt - 1} }) { text } }`)).toEqual({
      data: { echos: [{ text: "fine" }] },
    });
    await follower.stop();

    // a restart runs the failed block again, which fails again
    lines.length = 0;
    const again = await start();
    await expect(again.ready).rejects.toThrow(/handleProbe/);
    expect(lines[0]).toContain(`retrying block ${failedAt}`);
    expect(again.meta()).toMatchObject({ block: { number: failedAt }, hasIndexingErrors: true });
    expect(lines.filter((l) => l.includes("indexing stopped"))).toHaveLength(1);
    await again.stop();
    await own.stop();
  });

  // A block whose writes the store refuses (an immutable entity inserted again, see
  // failures.test.ts) is not committed at all: graph-node's transact fails, the head stays
  // at the last good block, so `hasIndexingErrors` (an error at or below the head) is false
  // while the status API reports the failure (store/postgres/src/deployment.rs `state`).
  it("fails without committing a block the store refuses", async () => {
    const own = await startAnvil();
    const ownChain = chainClients(own.rpcUrl);
    const vault = await ownChain.createVault(await ownChain.deployFactory(), "epsilon");
    const echo = await ownChain.echo(vault, "once", 1n);
    const echoId = `${echo.transactionHash}-${Number(echo.logs[0]!.logIndex)}`;
    const bad = await ownChain.probe(vault, 28, echoId);
    const follower = await startFollower({
      buildDir,
      rpcUrl: own.rpcUrl,
      pollMs: 100,
      log: () => {},
    });
    await expect(follower.ready).rejects.toThrow(/is immutable; inserting it/);
    const meta = follower.meta();
    expect(meta.block!.number).toBeLessThan(Number(bad.blockNumber));
    expect(meta.hasIndexingErrors).toBe(false);
    expect(meta.fatalError).toEqual({
      message: `Failed to transact block operations: entity Echo[${echoId}] is immutable; inserting it at block ${bad.blockNumber} is not possible as it was already inserted at block ${echo.blockNumber} at block #${bad.blockNumber} (${bad.blockHash})`,
      block: expect.objectContaining({ number: Number(bad.blockNumber), hash: bad.blockHash }),
      handler: null,
      deterministic: true,
    });
    await follower.stop();
    await own.stop();
  });
});
