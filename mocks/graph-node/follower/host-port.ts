// What the follower needs from the WASM host, kept narrow so the follower can be tested
// against a fake and adapted to the real host in one place (host-adapter.ts).
import type { Abi } from "viem";
import type { Trigger } from "../host/types.ts";
import type { BlockPtr, IndexingMeta, SubgraphErrorInfo } from "../store/types.ts";

export interface EventHandlerSpec {
  /** manifest signature, e.g. "Transfer(indexed address,indexed address,uint256)" */
  event: string;
  handler: string;
  /** manifest `receipt: true`: the trigger carries the transaction receipt */
  receipt: boolean;
  /** manifest `topic1..3` filters: the log's topic must be one of these (32-byte 0x hex) */
  topics?: Partial<Record<"topic1" | "topic2" | "topic3", string[]>>;
}

export type BlockHandlerFilter =
  | { kind: "polling"; every: number }
  | { kind: "once" }
  | { kind: "call" };

export interface BlockHandlerSpec {
  handler: string;
  filter?: BlockHandlerFilter;
}

/** A manifest data source or a template (templates have no address/startBlock). */
export interface DataSourceSpec {
  name: string;
  /** the manifest's `network` (the status API reports the chain by it) */
  network?: string;
  /** lowercase 0x address; null = every address (graph-node "wildcard") */
  address: string | null;
  startBlock: number;
  /** last block the data source handles (manifest `endBlock`); null = no end */
  endBlock?: number | null;
  /** the ABI named by `source.abi` */
  abi: Abi;
  eventHandlers: EventHandlerSpec[];
  blockHandlers: BlockHandlerSpec[];
}

export type TemplateSpec = Omit<DataSourceSpec, "address" | "startBlock" | "endBlock">;

/** A template instance created by `Template.create[WithContext]` in a handler. */
export interface CreatedDataSource {
  template: string;
  /** lowercase 0x address */
  address: string;
  /** opaque to the follower (kept in memory only; the host's store snapshot persists it) */
  context?: unknown;
  /** block whose handler created it; it runs from this block on (graph-node reprocesses it) */
  creationBlock: number;
}

export interface HostPort {
  deployment: string;
  dataSources: DataSourceSpec[];
  templates: TemplateSpec[];
  /** opens a block; writes are buffered until commitBlock */
  beginBlock(ptr: BlockPtr): void;
  /** runs one handler; rejects when the handler traps/aborts */
  runTrigger(trigger: Trigger): Promise<void> | void;
  commitBlock(): void;
  /** drops the open block's writes and the data sources it created */
  abortBlock(): void;
  /** drops every write and dynamic data source of blocks > blockNumber */
  revertTo(blockNumber: number, ptr: BlockPtr | null): void;
  /** data sources created by the trigger that just ran */
  takeCreatedDataSources(): CreatedDataSource[];
  /** template instances held by the host's store (after loadSnapshot: the ones to resume) */
  dynamicDataSources(): CreatedDataSource[];
  /** head advanced over blocks without triggers; must stay revertible to that block */
  advanceTo(ptr: BlockPtr): void;
  /**
   * block `ptr` failed: the host records the error (meta().fatalError) and, with `commit`,
   * commits the block without its entity changes; reverting that block clears the error
   */
  failBlock(ptr: BlockPtr, error: SubgraphErrorInfo, commit: boolean): void;
  /** forgets the recorded failure (a restart runs the failed block again) */
  unfail(): void;
  meta(): IndexingMeta;
  saveSnapshot(path: string): Promise<void> | void;
  loadSnapshot(path: string): Promise<void> | void;
}
