// Follower behaviour against a recording host: trigger order, templates, receipts, reorgs,
// snapshots. Real anvil, real contracts; no WASM, so failures point at the follower.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getContractAddress } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnvilHandle, freePort, startAnvil } from "../../mocks/devnet/anvil.ts";
import { follow } from "../../mocks/graph-node/follower/follower.ts";
import { specsFromManifest } from "../../mocks/graph-node/follower/host-adapter.ts";
import { loadManifest } from "../../mocks/graph-node/host/manifest.ts";
import { FakeHost } from "./follower-fake-host.ts";
import { chainClients, TEST_SUBGRAPH, waitFor } from "./follower-helpers.ts";

const buildDir = join(TEST_SUBGRAPH, "build");
let anvil: AnvilHandle;
let chain: ReturnType<typeof chainClients>;

async function fakeHost() {
  const { dataSources, templates } = specsFromManifest(loadManifest(buildDir));
  return new FakeHost(dataSources, templates);
}

const events = (host: FakeHost) => host.committed.filter((r) => r.logIndex !== null);

beforeAll(async () => {
  anvil = await startAnvil();
  chain = chainClients(anvil.rpcUrl);
});
afterAll(() => anvil?.stop());

describe("follower (recording host)", () => {
  it("runs block, factory and template handlers in graph-node order", async () => {
    const factory = await chain.deployFactory();
    expect(factory.toLowerCase()).toBe("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    const vault = await chain.createVault(factory, "alpha");
    await chain.deposit(vault, 5n);
    await chain.echo(vault, "hi", -3n);

    const host = await fakeHost();
    const follower = await follow(host, { rpcUrl: anvil.rpcUrl, pollMs: 100 });
    await follower.ready;
    const head = Number(await chain.rpc("eth_blockNumber"));
    expect(host.meta().block?.number).toBe(head);

    const ev = events(host);
    expect(ev.map((r) => `${r.block}:${r.handler}`)).toEqual([
      "2:handleVaultCreated",
      "3:handleDeposited",
      "4:handleEcho",
    ]);
    // the every-block handler runs after the events of its block, for every block from startBlock
    const blockRuns = host.committed.filter((r) => r.handler === "handleBlock").map((r) => r.block);
    expect(blockRuns).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    const b2 = host.committed.filter((r) => r.block === 2).map((r) => r.handler);
    expect(b2).toEqual(["handleVaultCreated", "handleBlock"]);

    const deposit = ev[1]!;
    expect(deposit.receipt).toBe(true);
    expect(ev[0]!.receipt).toBe(false);
    expect(deposit.address).toBe(vault.toLowerCase());
    expect(deposit.params.from).toMatchObject({ kind: "Address" });
    expect(deposit.params.delta).toEqual({ kind: "Int", value: -5n });
    expect(deposit.params.tag).toMatchObject({ kind: "FixedBytes" });
    expect(deposit.params.amounts).toEqual({
      kind: "Array",
      value: [
        { kind: "Uint", value: 5n },
        { kind: "Uint", value: 2n },
      ],
    });
    expect(ev[2]!.params.text).toEqual({ kind: "String", value: "hi" });

    // live: a new block is picked up while following (its latency is measured by
    // test/bench/query-bench.ts, not here)
    await chain.echo(vault, "live", 1n);
    await waitFor(
      () => events(host).some((r) => r.handler === "handleEcho" && r.block === head + 1),
      10_000,
    );
    await follower.stop();
  });

  // core/src/subgraph/runner: a deterministic error commits the failed block with its PoI
  // only ("persist PoI only, fail subgraph"), so the head is the failed block and the data
  // that of the last good block
  it("stops at the failed block, without its writes, when a handler fails", async () => {
    // its own chain: the failing event would stop every later follower on the shared one
    const own = await startAnvil();
    const ownChain = chainClients(own.rpcUrl);
    const vault = await ownChain.createVault(await ownChain.deployFactory(), "beta");
    await ownChain.echo(vault, "before", 1n);
    const bad = await ownChain.probe(vault, 10, "boom");
    await ownChain.echo(vault, "after", 2n);
    const lines: string[] = [];
    const host = await fakeHost();
    const follower = await follow(host, {
      rpcUrl: own.rpcUrl,
      pollMs: 100,
      log: (l) => lines.push(l),
    });
    await expect(follower.ready).rejects.toThrow(/handleProbe/);
    const failedAt = Number(bad.blockNumber);
    expect(host.meta()).toMatchObject({
      hasIndexingErrors: true,
      block: { number: failedAt, hash: bad.blockHash },
      fatalError: {
        message: `transaction ${bad.transactionHash.slice(2)}: assertion failed: boom in handler \`handleProbe\` at block #${failedAt} (${bad.blockHash})`,
        block: { number: failedAt, hash: bad.blockHash },
        handler: null,
        deterministic: true,
      },
    });
    expect(host.committed.every((r) => r.block < failedAt)).toBe(true);
    const line = lines.find((l) => l.includes("indexing stopped"))!;
    expect(line).toContain(`block ${failedAt}`);
    expect(line).toContain(bad.transactionHash);
    expect(line).toContain("boom");
    await follower.stop();
    await own.stop();
  });

  it("runs a template created in block N over block N's later logs, after the block's first pass", async () => {
    const factory = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    const nonce = await chain.publicClient.getTransactionCount({ address: factory });
    const predicted = getContractAddress({ from: factory, nonce: BigInt(nonce) });
    await chain.rpc("evm_setAutomine", [false]);
    const tag = `0x${"00".repeat(32)}` as const;
    await chain.submit(factory, chain.factoryAbi, "create", ["gamma", 2]);
    await chain.submit(predicted, chain.vaultAbi, "deposit", [7n, 0n, tag, "0x", "n", false, []]);
    const last = await chain.submit(predicted, chain.vaultAbi, "echo", ["same block", "0x", 9n]);
    await chain.rpc("evm_mine");
    await chain.rpc("evm_setAutomine", [true]);
    const receipt = await chain.publicClient.waitForTransactionReceipt({ hash: last });
    const block = Number(receipt.blockNumber);

    const host = await fakeHost();
    const follower = await follow(host, { rpcUrl: anvil.rpcUrl, pollMs: 100 });
    await follower.ready;
    const inBlock = host.committed.filter((r) => r.block === block).map((r) => r.handler);
    expect(inBlock).toEqual(["handleVaultCreated", "handleBlock", "handleDeposited", "handleEcho"]);
    await follower.stop();
  });

  it("rebuilds on the new chain after a reorg (evm_snapshot / evm_revert)", async () => {
    const factory = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    const vault = await chain.createVault(factory, "delta");
    const host = await fakeHost();
    const lines: string[] = [];
    const follower = await follow(host, {
      rpcUrl: anvil.rpcUrl,
      pollMs: 100,
      log: (l) => lines.push(l),
    });
    await follower.ready;
    const texts = () =>
      events(host)
        .filter((r) => r.handler === "handleEcho")
        .map((r) => (r.params.text as { value: string }).value);

    const snap = await chain.rpc("evm_snapshot");
    await chain.echo(vault, "old-1", 1n);
    await chain.echo(vault, "old-2", 2n);
    await waitFor(() => texts().includes("old-2"));
    await chain.rpc("evm_revert", [snap]);
    await chain.rpc("evm_mine"); // different timestamps make different hashes at the same heights
    await chain.echo(vault, "new-1", 3n);
    await chain.rpc("evm_mine");
    await chain.rpc("evm_mine");
    await waitFor(() => texts().includes("new-1"));
    expect(texts().filter((t) => t.startsWith("old-"))).toEqual([]);
    expect(follower.stats().reorgs).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith("reorg:"))).toBe(true);
    const head = await chain.publicClient.getBlock();
    await waitFor(() => follower.meta().block?.hash === head.hash);
    // block handler rows follow the new chain too: one per height, no duplicates
    const blockRuns = host.committed.filter((r) => r.handler === "handleBlock").map((r) => r.block);
    expect(new Set(blockRuns).size).toBe(blockRuns.length);
    await follower.stop();
  });

  it("snapshots to disk and resumes with its cursor and template instances", async () => {
    const dir = mkdtempSync(join(tmpdir(), "follower-snap-"));
    const factory = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    const vault = await chain.createVault(factory, "epsilon");
    const first = await fakeHost();
    const a = await follow(first, { rpcUrl: anvil.rpcUrl, pollMs: 100, snapshotPath: dir });
    await a.ready;
    await a.stop();
    const stoppedAt = first.meta().block!;

    await chain.echo(vault, "after-resume", 4n);
    const second = await fakeHost();
    const b = await follow(second, { rpcUrl: anvil.rpcUrl, pollMs: 100, snapshotPath: dir });
    expect(second.committed.length).toBe(first.committed.length);
    expect(second.instances.map((d) => d.address)).toContain(vault.toLowerCase());
    await b.ready;
    const fresh = second.committed.slice(first.committed.length);
    // nothing before the snapshot's cursor ran again; the restored vault instance still indexes
    expect(fresh.every((r) => r.block > stoppedAt.number)).toBe(true);
    expect(fresh.some((r) => r.handler === "handleEcho" && r.address === vault.toLowerCase())).toBe(
      true,
    );
    await b.stop();
  });
});

describe("follower RPC failures", () => {
  it("retries with backoff, then names the URL and method", async () => {
    const port = await freePort();
    const host = await fakeHost();
    const started = Date.now();
    const follower = await follow(host, {
      rpcUrl: `http://127.0.0.1:${port}`,
      rpc: { attempts: 4, baseDelayMs: 50 },
      log: () => {},
    });
    await expect(follower.ready).rejects.toThrow(
      new RegExp(`RPC eth_blockNumber to http://127.0.0.1:${port} failed after 4 attempts`),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(50 + 100 + 200);
    await follower.stop();
  });

  it("reports a node that goes away while following", async () => {
    const own = await startAnvil();
    const host = await fakeHost();
    const lines: string[] = [];
    const follower = await follow(host, {
      rpcUrl: own.rpcUrl,
      pollMs: 50,
      rpc: { attempts: 3, baseDelayMs: 20 },
      log: (l, level) => level === "error" && lines.push(l),
    });
    await follower.ready;
    await own.stop();
    await waitFor(() => follower.error());
    expect(follower.error()!.message).toContain(own.rpcUrl);
    expect(lines[0]).toMatch(/RPC eth_\w+ to http/);
    await follower.stop();
  });
});
