// Failure paths: handler aborts, critical logs, unsupported host functions, schema
// violations. A failed handler's writes are dropped; the error names handler and block.
import { toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HandlerError,
  loadSubgraph,
  type SubgraphHost,
} from "../../mocks/graph-node/host/index.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";
import { eventTrigger, FACTORY, ptr } from "./host-fixtures.ts";

const VAULT = "0x0000000000000000000000000000000000000abc";
const VAULT_BYTES = Buffer.from(VAULT.slice(2), "hex");
let host: SubgraphHost;
let block = 1;
let logIndex = 0;

function probe(op: number, arg = "", data = new Uint8Array()) {
  return eventTrigger(host, {
    dataSource: "Vault",
    handler: "handleProbe",
    address: VAULT_BYTES,
    block,
    logIndex: logIndex++,
    values: [op, arg, toHex(data)],
  });
}

/** runs a probe in its own block and returns the HandlerError */
function failing(op: number, arg = ""): HandlerError {
  host.beginBlock(ptr(++block));
  try {
    host.runTrigger(probe(op, arg));
  } catch (e) {
    host.abortBlock();
    expect(e).toBeInstanceOf(HandlerError);
    return e as HandlerError;
  }
  host.abortBlock();
  throw new Error(`op ${op} did not fail`);
}

beforeAll(() => {
  host = loadSubgraph(buildTestSubgraph());
  host.beginBlock(ptr(1));
  // no rpcUrl: the factory's try_name() reverts? no - it fails, so seed the vault directly
  host.store.addDataSource({
    template: "Vault",
    address: VAULT,
    params: [VAULT],
    context: null,
    creationBlock: 1,
  });
  host.runTrigger(
    eventTrigger(host, {
      dataSource: "Vault",
      handler: "handleEcho",
      address: VAULT_BYTES,
      block: 1,
      values: ["x", "0x", 1n],
    }),
  );
  host.commitBlock();
});

afterAll(() => host?.close());

describe("handler failures", () => {
  it("abort reports message, file and line; error names handler, block, tx", () => {
    const e = failing(10, "custom failure");
    expect(e.reason).toMatch(
      /^Mapping aborted at src\/vault\.ts, line \d+, column \d+, with message: custom failure$/,
    );
    expect(e).toMatchObject({ handler: "handleProbe", dataSource: "Vault", blockNumber: block });
    expect(e.message).toContain("transaction 0x");
  });

  it("critical log aborts the handler", () => {
    expect(failing(11, "oops").reason).toBe(
      "Critical error logged in mapping with log message: critical oops",
    );
  });

  it("an unsupported host function fails when called", () => {
    expect(failing(16, "Qm123").reason).toBe(
      "host function 'ipfs.cat' is not supported by the local graph-node",
    );
  });

  it("ethereum.call without an RPC endpoint fails", () => {
    host.beginBlock(ptr(++block));
    expect(() =>
      host.runTrigger(
        eventTrigger(host, {
          dataSource: "Factory",
          handler: "handleVaultCreated",
          address: FACTORY,
          block,
          values: [VAULT, "b", 1],
        }),
      ),
    ).toThrow(/eth_call needs an rpcUrl/);
    host.abortBlock();
  });

  it.each([
    [
      12,
      "",
      "Attempted to set undefined fields [bogus] for the entity type `ProbeResult`. Make sure those fields are defined in the schema.",
    ],
    [
      13,
      "text",
      "Entity ProbeResult[wrong-kind]: the value `text` for field `int` must have type BigInt but has type String",
    ],
    [
      15,
      "",
      "Value of ProbeResult attribute 'id' conflicts with ID passed to `store.set()`: other != id-mismatch",
    ],
    [17, "d1", "Entity Deposit[d1]: missing value for non-nullable field `vault`"],
  ])("schema violation op %i", (op, arg, reason) => {
    expect(failing(op, arg).reason).toBe(reason);
  });

  it("a failed handler's immutable writes never reach the store", () => {
    const echoId = [...(host.store.rows.get("Echo")?.keys() ?? [])][0] as string;
    expect(failing(10, echoId).reason).toMatch(/^Mapping aborted/);
    expect(host.store.changedAt("Echo", echoId)).toBe(1);
  });
  it("a failed handler's writes are dropped, earlier handlers of the block survive", () => {
    host.beginBlock(ptr(++block));
    host.runTrigger(probe(5, "kept"));
    expect(() => host.runTrigger(probe(10, "boom"))).toThrow(HandlerError);
    host.commitBlock();
    expect(host.store.get("ProbeResult", "log")).toBeDefined();
  });
});

// Immutable entities as graph-node's EntityCache::as_modifications and its write batch treat
// them when the block is stored (graph/src/components/store/entity_cache.rs, write.rs): what
// a write means depends on whether the block loaded the entity.
describe("immutable entities", () => {
  let echoId: string;
  beforeAll(() => {
    echoId = [...(host.store.rows.get("Echo")?.keys() ?? [])][0] as string;
  });

  /** runs a probe in its own block and commits it; the store's error, if any */
  function stored(op: number, arg: string): (Error & { deterministic?: boolean }) | null {
    host.beginBlock(ptr(++block));
    host.runTrigger(probe(op, arg));
    try {
      host.commitBlock();
      return null;
    } catch (e) {
      host.abortBlock();
      return e as Error;
    }
  }

  it("saved unchanged after a load: no change at all", () => {
    const versions = host.store.versionCount();
    expect(stored(26, echoId)).toBeNull();
    expect(host.store.head?.number).toBe(block);
    expect(host.store.versionCount()).toBe(versions);
    expect(host.store.changedAt("Echo", echoId)).toBe(1);
  });

  it("removed without a load: the removal is dropped", () => {
    const versions = host.store.versionCount();
    expect(stored(27, echoId)).toBeNull();
    expect(host.store.get("Echo", echoId)).toBeDefined();
    expect(host.store.versionCount()).toBe(versions);
  });

  it("written again without a load: an insert the store refuses, deterministically", () => {
    const e = stored(28, echoId)!;
    expect(e.message).toBe(
      `entity Echo[${echoId}] is immutable; inserting it at block ${block} is not possible as it was already inserted at block 1`,
    );
    expect(e.deterministic).toBe(true);
  });

  it("changed or removed after a load: refused as an internal error, which graph-node retries", () => {
    const changed = stored(14, echoId)!;
    expect(changed.message).toBe(
      `internal error: immutable entity type Echo only allows inserts, not Overwrite { key: Echo[${echoId}], block: ${block} }`,
    );
    expect(changed.deterministic).toBe(false);
    const removed = stored(29, echoId)!;
    expect(removed.message).toMatch(
      /^internal error: immutable entity type Echo only allows inserts, not Remove/,
    );
    expect(host.store.get("Echo", echoId)!.get("text")).toEqual({ kind: "String", value: "x" });
  });

  it("a new one written and removed in the same block leaves nothing", () => {
    host.beginBlock(ptr(++block));
    host.runTrigger(probe(28, "fresh"));
    host.runTrigger(probe(27, "fresh"));
    host.commitBlock();
    expect(host.store.get("Echo", "fresh")).toBeUndefined();
  });
});
