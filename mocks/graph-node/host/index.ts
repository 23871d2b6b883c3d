// Public API of the local graph-node's WASM host (used by the chain follower).
//
//   const subgraph = loadSubgraph("subgraph/build", { rpcUrl: "http://127.0.0.1:8545" });
//   subgraph.manifest.dataSources        // name, address, startBlock, abis, eventHandlers
//                                        // (signature, topic0, handler, receipt, abiEvent),
//                                        // blockHandlers (handler, filter)
//   subgraph.manifest.templates          // same shape, address null
//   subgraph.onDataSourceCreated((ds, templateSpec) => watch(ds.address, templateSpec))
//   for each block (ascending):
//     subgraph.beginBlock({ number, hash, timestamp, parentHash })
//     for each trigger in graph-node order: subgraph.runTrigger(trigger)  // throws HandlerError
//     subgraph.commitBlock()             // or abortBlock() after a HandlerError
//   on reorg: subgraph.revertTo(commonAncestorNumber)   // entity versions revert, any depth
//   persistence: saveSnapshot(subgraph.store, path) / loadSnapshot(subgraph.store, path)
//   GraphQL: subgraph.store implements ReadableStore
//   await subgraph.close()               // stops the JSON-RPC worker
//
// Semantics follow graph-node: each trigger starts from the mapping's post-`_start` state
// (module globals never survive a trigger); a failed handler's writes and created data
// sources are dropped; `store.get` sees the block's pending writes, `store.get_in_block`
// only them. Triggers of a template instance carry the template name in `dataSource` and
// the instance address in `address` (BlockTrigger.address too). Data sources created by
// a handler are reported through onDataSourceCreated right after that handler succeeds,
// become visible to runTrigger at once, and are stored (snapshot, revertTo) with the
// block. `store.dataSources` lists them, e.g. to resume watching after loadSnapshot.
import { type LoadSubgraphOptions, SubgraphHost } from "./subgraph-host.ts";

export type { DynamicDataSource, EntityStore } from "../store/entity-store.ts";
export { loadSnapshot, saveSnapshot } from "../store/snapshot.ts";
export { HostError } from "./asc/heap.ts";
export { HandlerError } from "./errors.ts";
export { UnsupportedHostFunction } from "./fns/index.ts";
export type { LogEntry, LogLevel } from "./host-env.ts";
export type {
  BlockHandlerSpec,
  DataSourceSpec,
  EventHandlerSpec,
  SubgraphManifest,
} from "./manifest.ts";
export { canonicalSignature, loadManifest } from "./manifest.ts";
export type { DataSourceCreatedListener, LoadSubgraphOptions } from "./subgraph-host.ts";
export { SubgraphHost } from "./subgraph-host.ts";

/** Loads `<buildDir>/subgraph.yaml` (the output of `graph build`) and its mappings. */
export function loadSubgraph(buildDir: string, options: LoadSubgraphOptions = {}): SubgraphHost {
  return new SubgraphHost(buildDir, options);
}
