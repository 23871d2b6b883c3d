// Ties manifest, mapping modules and store together: resolves a trigger to its data source
// (static or created from a template), runs the handler in its module, keeps or drops the
// handler's writes and created data sources.
import { readFileSync } from "node:fs";
import { hexToBytes } from "viem";
import { parseSubgraphSchema } from "../schema/parse-schema.ts";
import { type DynamicDataSource, EntityStore } from "../store/entity-store.ts";
import type { BlockPtr } from "../store/types.ts";
import { writeBlock, writeEvent } from "./asc/eth-values.ts";
import { HostError } from "./asc/heap.ts";
import { HandlerError } from "./errors.ts";
import type { DataSourceRuntime, HandlerStore, HostEnv, LogEntry } from "./host-env.ts";
import { type DataSourceSpec, loadManifest, type SubgraphManifest } from "./manifest.ts";
import { type CompiledMapping, compileMapping, MappingModule } from "./mapping-module.ts";
import { createSyncRpc, type SyncRpcHandle } from "./rpc-bridge.ts";
import type { Trigger } from "./types.ts";

export interface LoadSubgraphOptions {
  /** JSON-RPC endpoint for ethereum.call / getBalance / hasCode */
  rpcUrl?: string;
  /** mapping logs (log.info...); default: dropped */
  onLog?: (entry: LogEntry) => void;
}

export type DataSourceCreatedListener = (ds: DynamicDataSource, spec: DataSourceSpec) => void;

export class SubgraphHost {
  readonly manifest: SubgraphManifest;
  readonly store: EntityStore;
  private readonly modules = new Map<string, MappingModule>();
  private readonly compiled = new Map<string, CompiledMapping>();
  private readonly listeners = new Set<DataSourceCreatedListener>();
  private rpc: SyncRpcHandle | undefined;

  constructor(
    buildDir: string,
    private readonly options: LoadSubgraphOptions = {},
  ) {
    this.manifest = loadManifest(buildDir);
    const schema = parseSubgraphSchema(readFileSync(this.manifest.schemaFile, "utf8"));
    this.store = new EntityStore(schema, this.manifest.deployment);
    // graph-node creates a deployment at the block before its lowest startBlock
    const starts = this.manifest.dataSources.map((d) => d.startBlock);
    this.store.earliestBlock = starts.length > 0 ? Math.max(0, Math.min(...starts) - 1) : 0;
    // compile and start every mapping up front so load errors surface at load time
    for (const spec of [...this.manifest.dataSources, ...this.manifest.templates]) {
      this.moduleFor(spec);
    }
  }

  private moduleFor(spec: DataSourceSpec): MappingModule {
    let module = this.modules.get(spec.wasmFile);
    if (module) return module;
    let compiled = this.compiled.get(spec.wasmFile);
    if (!compiled) {
      compiled = compileMapping(readFileSync(spec.wasmFile));
      this.compiled.set(spec.wasmFile, compiled);
    }
    module = new MappingModule(compiled, this.newEnv(spec));
    this.modules.set(spec.wasmFile, module);
    return module;
  }

  private newEnv(spec: DataSourceSpec): HostEnv {
    const env = {
      dataSource: this.runtimeFor(spec, null),
      handler: "",
      block: null,
      rpc: (method: string, params: unknown[]) => this.rpcCall(method, params),
      log: this.options.onLog ?? (() => {}),
      created: [],
      startProbe: false,
    } as unknown as HostEnv;
    env.store = this.handlerStore(env);
    return env;
  }

  private rpcCall(method: string, params: unknown[]): unknown {
    if (!this.options.rpcUrl) throw new HostError(`${method} needs an rpcUrl, none was configured`);
    this.rpc ??= createSyncRpc(this.options.rpcUrl);
    return this.rpc.call(method, params);
  }

  private handlerStore(env: HostEnv): HandlerStore {
    const batch = () => this.store.openBatch();
    return {
      get: (t, id) => batch().get(t, id),
      getInBlock: (t, id) => batch().getInBlock(t, id),
      set: (t, id, data) => batch().set(t, id, data, env.dataSource.apiVersion),
      remove: (t, id) => batch().remove(t, id),
      loadRelated: (t, id, field) => batch().loadRelated(t, id, field),
    };
  }

  private runtimeFor(spec: DataSourceSpec, instance: DynamicDataSource | null): DataSourceRuntime {
    const address = instance?.address ?? spec.address;
    return {
      name: spec.name,
      network: spec.network,
      address: address ? hexToBytes(address as `0x${string}`) : new Uint8Array(),
      context: instance ? instance.context : spec.context,
      apiVersion: spec.apiVersion,
      abis: spec.abis,
      templateNames: this.manifest.templates.map((t) => t.name),
    };
  }

  private resolve(trigger: Trigger): { spec: DataSourceSpec; runtime: DataSourceRuntime } {
    const spec = this.manifest.dataSources.find((d) => d.name === trigger.dataSource);
    if (spec) return { spec, runtime: this.runtimeFor(spec, null) };
    const template = this.manifest.templates.find((t) => t.name === trigger.dataSource);
    if (!template) throw new Error(`no data source or template named \`${trigger.dataSource}\``);
    const address = trigger.address
      ? `0x${Buffer.from(trigger.address).toString("hex")}`
      : undefined;
    const instance = this.store
      .knownDataSources()
      .find(
        (d) => d.template === template.name && (address === undefined || d.address === address),
      );
    if (!instance) {
      throw new Error(`no \`${template.name}\` data source was created for address ${address}`);
    }
    return { spec: template, runtime: this.runtimeFor(template, instance) };
  }

  beginBlock(ptr: BlockPtr): void {
    this.store.beginBlock(ptr);
  }

  runTrigger(trigger: Trigger): void {
    const batch = this.store.openBatch();
    const { spec, runtime } = this.resolve(trigger);
    const module = this.moduleFor(spec);
    const env = module.env;
    env.dataSource = runtime;
    env.handler = trigger.handler;
    env.block = trigger.block;
    env.created = [];
    try {
      module.run(trigger.handler, (heap) =>
        trigger.kind === "event" ? writeEvent(heap, trigger) : writeBlock(heap, trigger.block),
      );
    } catch (e) {
      batch.discardHandler();
      const reason =
        e instanceof WebAssembly.RuntimeError ? `wasm trap: ${e.message}` : (e as Error).message;
      throw new HandlerError(trigger, reason, { cause: e });
    }
    batch.commitHandler();
    for (const req of env.created) {
      const template = this.manifest.templates.find(
        (t) => t.name === req.template,
      ) as DataSourceSpec;
      const ds: DynamicDataSource = {
        template: req.template,
        address: (req.params[0] ?? "").toLowerCase(),
        params: req.params,
        context: req.context,
        creationBlock: Number(trigger.block.number),
      };
      this.store.addDataSource(ds);
      for (const listener of this.listeners) listener(ds, template);
    }
  }

  commitBlock(): void {
    this.store.commitBlock();
  }

  abortBlock(): void {
    this.store.abortBlock();
  }

  revertTo(blockNumber: number): void {
    this.store.revertTo(blockNumber);
  }

  onDataSourceCreated(listener: DataSourceCreatedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.rpc?.close();
    this.rpc = undefined;
  }
}
