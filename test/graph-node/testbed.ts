// A live mapping instance plus direct access to the host functions, to test the WASM
// boundary and each host function through real AssemblyScript memory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AscHeap } from "../../mocks/graph-node/host/asc/heap.ts";
import { hostFunctions } from "../../mocks/graph-node/host/fns/index.ts";
import type { HostEnv, LogEntry } from "../../mocks/graph-node/host/host-env.ts";
import { compileMapping, MappingModule } from "../../mocks/graph-node/host/mapping-module.ts";
import { buildTestSubgraph } from "../../mocks/graph-node/test-subgraph/build-test-subgraph.ts";

export interface Testbed {
  heap: AscHeap;
  // biome-ignore lint/suspicious/noExplicitAny: host functions take WASM numbers
  fn: (name: string, ...args: number[]) => any;
  logs: LogEntry[];
  reset: () => void;
}

export function createTestbed(): Testbed {
  const dir = buildTestSubgraph();
  const compiled = compileMapping(readFileSync(join(dir, "templates", "Vault", "Vault.wasm")));
  const logs: LogEntry[] = [];
  const env = {
    dataSource: {
      name: "Vault",
      network: "mainnet",
      address: new Uint8Array(20),
      context: null,
      apiVersion: "0.0.9",
      abis: new Map(),
      templateNames: ["Vault"],
    },
    handler: "test",
    block: null,
    store: undefined,
    rpc: undefined,
    log: (e: LogEntry) => logs.push(e),
    created: [],
    startProbe: false,
  } as unknown as HostEnv;
  const module = new MappingModule(compiled, env);
  const fns = hostFunctions(env);
  return {
    heap: module.heap,
    fn: (name, ...args) => {
      const f = fns[name];
      if (!f) throw new Error(`no host function ${name}`);
      return f(...args);
    },
    logs,
    reset: () => module.reset(),
  };
}
