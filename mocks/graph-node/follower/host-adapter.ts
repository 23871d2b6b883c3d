// Adapts helper-1's SubgraphHost (mocks/graph-node/host) to the follower's HostPort.
import { loadSubgraph, type SubgraphHost } from "../host/index.ts";
import type { DataSourceSpec as HostSpec } from "../host/manifest.ts";
import { loadSnapshot, saveSnapshot } from "../store/snapshot.ts";
import type { BlockPtr } from "../store/types.ts";
import type { CreatedDataSource, DataSourceSpec, HostPort, TemplateSpec } from "./host-port.ts";

function toTemplateSpec(spec: HostSpec): TemplateSpec {
  return {
    name: spec.name,
    abi: spec.abis.get(spec.abi) ?? [],
    eventHandlers: spec.eventHandlers.map((h) => ({
      event: h.event,
      handler: h.handler,
      receipt: h.receipt,
      topics: h.topics,
    })),
    blockHandlers: spec.blockHandlers.map((h) => {
      const kind = h.filter?.kind;
      if (kind === "polling")
        return { handler: h.handler, filter: { kind, every: Number(h.filter?.every ?? 1) } };
      if (kind === "once" || kind === "call") return { handler: h.handler, filter: { kind } };
      return { handler: h.handler };
    }),
  };
}

/** The follower's view of the built manifest, read by the host. */
export function specsFromManifest(manifest: SubgraphHost["manifest"]): {
  dataSources: DataSourceSpec[];
  templates: TemplateSpec[];
} {
  const onchain = (s: HostSpec) => s.kind.startsWith("ethereum");
  return {
    dataSources: manifest.dataSources.filter(onchain).map((s) => ({
      ...toTemplateSpec(s),
      network: s.network,
      address: s.address,
      startBlock: s.startBlock,
      endBlock: s.endBlock,
    })),
    templates: manifest.templates.filter(onchain).map(toTemplateSpec),
  };
}

export function hostPort(host: SubgraphHost): HostPort {
  let created: CreatedDataSource[] = [];
  host.onDataSourceCreated((ds) => created.push({ ...ds }));
  const { dataSources, templates } = specsFromManifest(host.manifest);
  const store = host.store;
  return {
    deployment: host.manifest.deployment,
    dataSources,
    templates,
    beginBlock: (ptr) => host.beginBlock(ptr),
    runTrigger: (trigger) => host.runTrigger(trigger),
    commitBlock: () => host.commitBlock(),
    abortBlock: () => {
      created = [];
      host.abortBlock();
    },
    revertTo: (n) => host.revertTo(n),
    takeCreatedDataSources: () => {
      const out = created;
      created = [];
      return out;
    },
    dynamicDataSources: () => store.dataSources.map((d) => ({ ...d })),
    // an empty committed block: the store's undo log then knows this head and can revert to it
    advanceTo: (ptr: BlockPtr) => {
      host.beginBlock(ptr);
      host.commitBlock();
    },
    failBlock: (ptr, error, commit) => store.failBlock(ptr, error, commit),
    unfail: () => {
      store.fatalError = null;
    },
    meta: () => store.meta(),
    saveSnapshot: (path) => saveSnapshot(store, path),
    loadSnapshot: (path) => loadSnapshot(store, path),
  };
}

export { loadSubgraph };
