// The test subgraph's handlers driven by synthetic triggers, asserting the entities written.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { encodeAbiParameters, toFunctionSelector, toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DynamicDataSource,
  type LogEntry,
  loadSnapshot,
  loadSubgraph,
  type SubgraphHost,
  saveSnapshot,
} from "../../mocks/graph-node/host/index.ts";
import type { StoreValue } from "../../mocks/graph-node/store/types.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { startFakeRpc } from "./fake-rpc.ts";
import { blockTrigger, eventTrigger, FACTORY, ptr } from "./host-fixtures.ts";

const VAULT = "0x0000000000000000000000000000000000000abc";
const VAULT_BYTES = Buffer.from(VAULT.slice(2), "hex");
let rpc: Awaited<ReturnType<typeof startFakeRpc>>;
let host: SubgraphHost;
const logs: LogEntry[] = [];
const created: DynamicDataSource[] = [];
const v = (type: string, id: string, field: string) =>
  (host.store.get(type, id)?.get(field) as { value?: unknown } | undefined)?.value;
let nextLog = 100;

function probe(block: number, op: number, arg = "", data: Uint8Array = new Uint8Array()) {
  host.runTrigger(
    eventTrigger(host, {
      dataSource: "Vault",
      handler: "handleProbe",
      address: VAULT_BYTES,
      block,
      logIndex: nextLog++,
      values: [op, arg, toHex(data)],
    }),
  );
}

function deposit(block: number, logIndex: number, amount: bigint) {
  host.runTrigger(
    eventTrigger(host, {
      dataSource: "Vault",
      handler: "handleDeposited",
      address: VAULT_BYTES,
      block,
      logIndex,
      values: [
        `0x${"de".repeat(20)}`,
        amount,
        -amount,
        `0x${"ab".repeat(32)}`,
        "0x0102",
        "a b",
        true,
        [1n, amount],
      ],
    }),
  );
}

beforeAll(async () => {
  const dir = buildTestSubgraph();
  rpc = await startFakeRpc({
    calls: {
      [toFunctionSelector("name()")]: encodeAbiParameters([{ type: "string" }], ["on-chain"]),
    },
    balance: "0x2a",
    code: "0x6000",
  });
  host = loadSubgraph(dir, { rpcUrl: rpc.url, onLog: (e) => logs.push(e) });
  host.onDataSourceCreated((ds) => created.push(ds));
  host.beginBlock(ptr(1));
  host.runTrigger(blockTrigger("Factory", "handleBlock", 1));
  host.runTrigger(
    eventTrigger(host, {
      dataSource: "Factory",
      handler: "handleVaultCreated",
      address: FACTORY,
      block: 1,
      values: [VAULT, "alpha", 3],
    }),
  );
  deposit(1, 1, 10n ** 18n);
  host.commitBlock();
});

afterAll(async () => {
  await host?.close();
  await rpc?.close();
});

describe("test subgraph", () => {
  it("exposes the manifest the follower needs", () => {
    const [factory] = host.manifest.dataSources;
    expect(factory).toMatchObject({
      name: "Factory",
      address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
      startBlock: 1,
    });
    expect(factory?.eventHandlers[0]).toMatchObject({
      signature: "VaultCreated(address,string,uint8)",
      handler: "handleVaultCreated",
      receipt: false,
    });
    expect(factory?.blockHandlers).toEqual([{ handler: "handleBlock" }]);
    const vault = host.manifest.templates[0];
    expect(vault?.eventHandlers.find((h) => h.handler === "handleDeposited")?.receipt).toBe(true);
    expect(host.store.meta()).toMatchObject({ block: { number: 1 }, hasIndexingErrors: false });
  });

  it("factory handler: eth_call, template created with context, block handler", async () => {
    await new Promise((r) => setTimeout(r, 50)); // the fake RPC reports requests asynchronously
    expect(created).toEqual([
      expect.objectContaining({ template: "Vault", address: VAULT, creationBlock: 1 }),
    ]);
    expect(v("Vault", VAULT, "onChainName")).toBe("on-chain");
    expect(v("Vault", VAULT, "label")).toBe("vault-alpha");
    expect(rpc.requests.find((r) => r.method === "eth_call")?.params[1]).toBe("0x1");
    expect(v("BlockInfo", "1", "timestamp")).toBe(1_700_000_012_000_000n);
    expect(host.store.changedAt("Vault", VAULT)).toBe(1);
  });

  it("deposit handler writes every value kind and counts derived deposits with loadRelated", () => {
    const [id] = [...(host.store.rows.get("Deposit")?.keys() ?? [])];
    const d = host.store.get("Deposit", id as string) as Map<string, StoreValue>;
    expect(Object.fromEntries([...d].map(([k, x]) => [k, x.kind]))).toMatchObject({
      vault: "Bytes",
      amount: "BigInt",
      amountDecimal: "BigDecimal",
      flag: "Bool",
      amounts: "Array",
      timestamp: "Timestamp",
      blockNumber: "Int8",
      logIndex: "Int",
      words: "Array",
    });
    expect(d.has("memo")).toBe(false);
    expect(d.get("delta")).toEqual({ kind: "BigInt", value: -(10n ** 18n) });
    expect(d.get("amountDecimal")).toEqual({ kind: "BigDecimal", value: "1" });
    expect(d.get("relatedCount")).toEqual({ kind: "Int", value: 1 });
    expect(logs.some((l) => l.message === "receipt gas used 42000")).toBe(true);
  });

  it("later blocks: derived count grows, BigDecimal average, probes", () => {
    host.beginBlock(ptr(2));
    deposit(2, 1, 2n);
    deposit(2, 2, 3n);
    probe(
      2,
      1,
      "",
      Buffer.from(
        '{"name":"n","big":12345678901234567890,"ok":false,"ratio":0.5,"items":[3,"s",null]}',
      ),
    );
    probe(2, 3, "", Buffer.from("hello world"));
    probe(2, 4, "-2");
    probe(2, 19, "json");
    probe(2, 20);
    probe(2, 21);
    probe(2, 22, "77");
    host.commitBlock();
    const ids = [...(host.store.rows.get("Deposit")?.keys() ?? [])];
    const counts = ids.map((id) => v("Deposit", id, "relatedCount"));
    expect(counts.sort()).toEqual([1, 2, 3]);
    expect(v("Vault", VAULT, "average")).toBe("333333333333333335"); // (1e18 + 5) / 3
    expect(v("ProbeResult", "json", "int")).toBe(12345678901234567890n);
    expect(v("ProbeResult", "json", "texts")).toEqual([
      { kind: "String", value: "n:3" },
      { kind: "String", value: "s:s" },
      { kind: "String", value: "null" },
    ]);
    expect(v("ProbeResult", "crypto", "text")).toBe("StV1DL6CwTryKyV");
    expect(v("ProbeResult", "decimal", "decimal")).toBe("-1.666666666666666666666666666666667");
    expect(v("ProbeResult", "in-block", "bool")).toBe(true);
    expect(v("ProbeResult", "data-source", "text")).toBe("mainnet|vault-alpha");
    expect(v("ProbeResult", "balance", "int")).toBe(42n);
    expect(v("ProbeResult", "balance", "bool")).toBe(true);
    expect(v("ProbeResult", "abi", "int")).toBe(77n);
    expect(v("ProbeResult", "abi", "text")).toBe("hi");
  });

  it("get_in_block does not see earlier blocks; remove works", () => {
    host.beginBlock(ptr(3));
    probe(3, 19, "json");
    expect(host.store.batch?.getInBlock("ProbeResult", "in-block")?.get("bool")).toEqual({
      kind: "Bool",
      value: false,
    });
    probe(3, 18, "crypto");
    host.commitBlock();
    expect(host.store.get("ProbeResult", "crypto")).toBeUndefined();
  });

  it("echoes random strings, bytes and ints through a mapping", () => {
    let block = 10;
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.uint8Array({ maxLength: 64 }),
        fc.bigInt({ min: -(2n ** 255n), max: 2n ** 255n - 1n }),
        (text, data, number) => {
          host.beginBlock(ptr(++block));
          const trigger = eventTrigger(host, {
            dataSource: "Vault",
            handler: "handleEcho",
            address: VAULT_BYTES,
            block,
            values: [text, toHex(data), number],
          });
          host.runTrigger(trigger);
          host.commitBlock();
          const id = `0x${Buffer.from(trigger.transaction.hash).toString("hex")}-0`;
          expect(v("Echo", id, "text")).toBe(text.replaceAll("\0", ""));
          expect(v("Echo", id, "data")).toEqual(data);
          expect(v("Echo", id, "number")).toBe(number);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("copies entities of every kind through WASM (store.get -> store.set)", () => {
    host.beginBlock(ptr(200));
    host.store.openBatch().set(
      "Kinds",
      "src",
      new Map<string, StoreValue>([
        ["s", { kind: "String", value: "ünï😀" }],
        ["i", { kind: "Int", value: -7 }],
        ["i8", { kind: "Int8", value: -(2n ** 62n) }],
        ["bi", { kind: "BigInt", value: -(10n ** 40n) }],
        ["bd", { kind: "BigDecimal", value: "-0.000123" }],
        ["b", { kind: "Bytes", value: Uint8Array.of(0, 1, 255) }],
        ["bool", { kind: "Bool", value: false }],
        ["ts", { kind: "Timestamp", value: 1_700_000_000_000_000n }],
        ["ls", { kind: "Array", value: [{ kind: "String", value: "a" }] }],
        ["lbi", { kind: "Array", value: [] }],
      ]),
      "0.0.9",
    );
    probe(200, 24, "src");
    host.commitBlock();
    const src = host.store.get("Kinds", "src") as Map<string, StoreValue>;
    const copy = host.store.get("Kinds", "src-copy") as Map<string, StoreValue>;
    expect(new Map([...copy].filter(([k]) => k !== "id"))).toEqual(
      new Map([...src].filter(([k]) => k !== "id")),
    );
  });

  it("reverts blocks (entities, data sources) and snapshots to disk", () => {
    const path = join(mkdtempSync(join(tmpdir(), "ws-store-")), "store.json");
    saveSnapshot(host.store, path);
    const before = host.store.get("Vault", VAULT);
    host.revertTo(1);
    expect(host.store.meta().block?.number).toBe(1);
    expect(host.store.get("ProbeResult", "json")).toBeUndefined();
    expect(v("Vault", VAULT, "count")).toBe(1n);
    host.revertTo(0);
    expect(host.store.get("Vault", VAULT)).toBeUndefined();
    expect(host.store.dataSources).toEqual([]);
    expect(host.store.meta().block).toBeNull();
    loadSnapshot(host.store, path);
    expect(host.store.get("Vault", VAULT)).toEqual(before);
    expect(host.store.meta().block?.number).toBe(200);
    expect(host.store.dataSources).toHaveLength(1);
    host.revertTo(2);
    expect(v("ProbeResult", "crypto", "text")).toBe("StV1DL6CwTryKyV");
  });
});
