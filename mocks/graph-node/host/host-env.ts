// The mutable state host functions read: one HostEnv per module instance, re-pointed at
// the current trigger before each handler run so the import functions are built once.
import type { Abi } from "viem";
import type { Entity } from "../store/types.ts";
import type { AscHeap } from "./asc/heap.ts";
import type { EthBlock } from "./types.ts";

export type LogLevel = "critical" | "error" | "warning" | "info" | "debug";

export interface LogEntry {
  level: LogLevel;
  message: string;
  dataSource: string;
  handler: string;
  block: number | null;
}

/** What a handler may do to the store; implemented by the block write batch. */
export interface HandlerStore {
  get(entityType: string, id: string): Entity | undefined;
  getInBlock(entityType: string, id: string): Entity | undefined;
  set(entityType: string, id: string, data: Entity): void;
  remove(entityType: string, id: string): void;
  loadRelated(entityType: string, id: string, field: string): Entity[];
}

export interface DataSourceRuntime {
  /** data source or template name */
  name: string;
  network: string;
  /** empty for data sources without an address */
  address: Uint8Array;
  context: Entity | null;
  apiVersion: string;
  abis: Map<string, Abi>;
  templateNames: string[];
}

export interface CreateRequest {
  template: string;
  params: string[];
  context: Entity | null;
}

export type SyncRpc = (method: string, params: unknown[]) => unknown;

export interface HostEnv {
  heap: AscHeap;
  dataSource: DataSourceRuntime;
  handler: string;
  block: EthBlock | null;
  store: HandlerStore;
  rpc: SyncRpc | undefined;
  log: (entry: LogEntry) => void;
  /** data sources created by the running handler, applied only if it succeeds */
  created: CreateRequest[];
  /** set while `_start` runs once at load, to detect top-level code needing a trigger */
  startProbe: boolean;
}
