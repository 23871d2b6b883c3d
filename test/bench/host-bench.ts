// Handler runs per second of the WASM host on the test subgraph, with synthetic triggers.
// Run: npx tsx test/bench/host-bench.ts   (a script, not a test)
import { toHex } from "viem";
import { loadSubgraph } from "../../mocks/graph-node/host/index.ts";
import type { EventTrigger } from "../../mocks/graph-node/host/types.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { address, block, eventTrigger, ptr } from "../graph-node/host-fixtures.ts";

const host = loadSubgraph(buildTestSubgraph());
const VAULTS = 200;
const vaults = Array.from({ length: VAULTS }, (_, i) => address(0x1000 + i));

// seed vaults straight into the store: the factory handler needs an RPC for its eth_call
host.beginBlock(ptr(1));
for (const v of vaults) {
  const hex = toHex(v);
  host.store.addDataSource({
    template: "Vault",
    address: hex,
    params: [hex],
    context: null,
    creationBlock: 1,
  });
  host.store.openBatch().set(
    "Vault",
    hex,
    new Map([
      ["name", { kind: "String", value: "v" }],
      ["kind", { kind: "Int", value: 1 }],
      ["total", { kind: "BigInt", value: 0n }],
      ["average", { kind: "BigDecimal", value: "0" }],
      ["count", { kind: "Int8", value: 0n }],
      ["label", { kind: "String", value: "l" }],
    ]),
    "0.0.9",
  );
}
host.commitBlock();

type Make = (n: number, blockNumber: number, logIndex: number) => EventTrigger;
const scenarios: [string, Make][] = [
  [
    "Echo (decode 3 params, immutable insert)",
    (n, b, li) =>
      eventTrigger(host, {
        dataSource: "Vault",
        handler: "handleEcho",
        address: vaults[n % VAULTS] as Uint8Array,
        block: b,
        logIndex: li,
        tx: `echo-${n}`,
        values: [`echo ${n}`, "0x0102030405", BigInt(n) * 10n ** 20n],
      }),
  ],
  [
    "Probe bigint (pow/div/mod/shifts, bitOr/And, divDecimal, set)",
    (n, b, li) =>
      eventTrigger(host, {
        dataSource: "Vault",
        handler: "handleProbe",
        address: vaults[n % VAULTS] as Uint8Array,
        block: b,
        logIndex: li,
        tx: `probe-${n}`,
        values: [25, String(123456789 + n), "0x"],
      }),
  ],
  [
    "Deposited (load+save vault, BigDecimal, keccak, 8 params, receipt, loadRelated)",
    (n, b, li) =>
      eventTrigger(host, {
        dataSource: "Vault",
        handler: "handleDeposited",
        address: vaults[n % VAULTS] as Uint8Array,
        block: b,
        logIndex: li,
        tx: `deposit-${n}`,
        values: [
          `0x${"de".repeat(20)}`,
          BigInt(n + 1) * 10n ** 15n,
          -5n,
          `0x${"ab".repeat(32)}`,
          "0x0102",
          "a note here",
          true,
          [1n, 2n, 3n],
        ],
      }),
  ],
];

const PER_BLOCK = 50;
let blockNumber = 2;
for (const [name, make] of scenarios) {
  const runs = name.startsWith("Deposited") ? 10_000 : 20_000;
  // build triggers up front: the bench measures the host, not the fixture code
  const triggers = Array.from({ length: runs }, (_, n) =>
    make(n, blockNumber + Math.floor(n / PER_BLOCK), n % PER_BLOCK),
  );
  for (let warm = 0; warm < 2; warm++) {
    const start = performance.now();
    for (let i = 0; i < triggers.length; i += PER_BLOCK) {
      const b = blockNumber++;
      host.beginBlock(ptr(b));
      const header = block(b); // shared by the block's triggers, as a follower would
      for (let k = i; k < i + PER_BLOCK && k < triggers.length; k++) {
        const t = triggers[k] as EventTrigger;
        t.block = header;
        if (warm === 1) t.transaction.hash[0] = (t.transaction.hash[0] as number) ^ 0xff; // new ids
        host.runTrigger(t);
      }
      host.commitBlock();
    }
    const seconds = (performance.now() - start) / 1000;
    if (warm === 1) {
      console.log(
        `${name}: ${runs} runs in ${seconds.toFixed(2)}s = ${Math.round(runs / seconds)} runs/s`,
      );
    }
  }
}
await host.close();
