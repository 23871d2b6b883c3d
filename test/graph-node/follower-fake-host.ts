// A HostPort that records what it is asked to run instead of running WASM. It creates a
// Vault instance on handleVaultCreated and fails handleProbe op 10, like the real mappings.
import { readFileSync, writeFileSync } from "node:fs";
import type {
  CreatedDataSource,
  DataSourceSpec,
  HostPort,
  TemplateSpec,
} from "../../mocks/graph-node/follower/host-port.ts";
import type { Trigger } from "../../mocks/graph-node/host/types.ts";
import type {
  BlockPtr,
  IndexingMeta,
  SubgraphErrorInfo,
} from "../../mocks/graph-node/store/types.ts";

export interface Run {
  block: number;
  handler: string;
  dataSource: string;
  logIndex: number | null;
  address: string | null;
  params: Record<string, unknown>;
  receipt: boolean;
}

const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString("hex")}`;

export class FakeHost implements HostPort {
  committed: Run[] = [];
  #open: Run[] = [];
  #openPtr: BlockPtr | null = null;
  #created: CreatedDataSource[] = [];
  #openCreated: CreatedDataSource[] = [];
  instances: CreatedDataSource[] = [];
  #meta: IndexingMeta;

  constructor(
    readonly dataSources: DataSourceSpec[],
    readonly templates: TemplateSpec[],
    readonly deployment = "QmFakeDeployment",
  ) {
    this.#meta = { block: null, deployment, hasIndexingErrors: false };
  }

  beginBlock(ptr: BlockPtr) {
    this.#openPtr = ptr;
    this.#open = [];
    this.#openCreated = [];
  }

  runTrigger(t: Trigger) {
    const params: Record<string, unknown> = {};
    if (t.kind === "event") for (const p of t.parameters) params[p.name] = p.value;
    const run: Run = {
      block: Number(t.block.number),
      handler: t.handler,
      dataSource: t.dataSource,
      logIndex: t.kind === "event" ? Number(t.logIndex) : null,
      address: t.kind === "event" ? hex(t.address) : null,
      params,
      receipt: t.kind === "event" && t.receipt !== null,
    };
    if (t.handler === "handleProbe" && (params.op as { value: bigint }).value === 10n) {
      throw new Error(`assertion failed: ${(params.arg as { value: string }).value}`);
    }
    this.#open.push(run);
    if (t.handler === "handleVaultCreated") {
      const vault = params.vault as { value: Uint8Array };
      const ds = {
        template: "Vault",
        address: hex(vault.value),
        context: { label: "x" },
        creationBlock: run.block,
      };
      this.#created.push(ds);
      this.#openCreated.push(ds);
    }
  }

  takeCreatedDataSources() {
    const out = this.#created;
    this.#created = [];
    return out;
  }

  commitBlock() {
    this.committed.push(...this.#open);
    this.instances.push(...this.#openCreated);
    this.#meta.block = this.#openPtr;
  }

  abortBlock() {
    this.#open = [];
    this.#created = [];
  }

  revertTo(n: number, ptr: BlockPtr | null) {
    this.committed = this.committed.filter((r) => r.block <= n);
    this.instances = this.instances.filter((d) => d.creationBlock <= n);
    this.#meta.block = ptr;
    if ((this.#meta.fatalError?.block?.number ?? -1) > n) {
      this.#meta.fatalError = null;
      this.#meta.hasIndexingErrors = false;
    }
  }

  dynamicDataSources() {
    return [...this.instances];
  }

  advanceTo(ptr: BlockPtr) {
    this.#meta.block = ptr;
  }

  failBlock(ptr: BlockPtr, error: SubgraphErrorInfo, commit: boolean) {
    this.abortBlock();
    if (commit) this.#meta.block = ptr;
    this.#meta.fatalError = error;
    this.#meta.hasIndexingErrors = commit && error.deterministic;
  }

  unfail() {
    this.#meta.fatalError = null;
    this.#meta.hasIndexingErrors = false;
  }

  meta() {
    return { ...this.#meta };
  }

  saveSnapshot(path: string) {
    writeFileSync(
      path,
      JSON.stringify(
        { committed: this.committed, meta: this.#meta, instances: this.instances },
        (_k, v) => (typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? hex(v) : v),
      ),
    );
  }

  loadSnapshot(path: string) {
    const data = JSON.parse(readFileSync(path, "utf8"));
    this.committed = data.committed;
    this.#meta = data.meta;
    this.instances = data.instances;
  }
}
