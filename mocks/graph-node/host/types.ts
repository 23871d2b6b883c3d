// Shared contract between the chain follower (builds triggers from chain logs) and the
// WASM host (runs a handler for a trigger). Mirrors graph-ts's ethereum.* classes.

/** graph-ts `ethereum.Value`, one tag per `ethereum.ValueKind`. */
export type EthValue =
  | { kind: "Address"; value: Uint8Array } // 20 bytes
  | { kind: "FixedBytes"; value: Uint8Array }
  | { kind: "Bytes"; value: Uint8Array }
  | { kind: "Int"; value: bigint }
  | { kind: "Uint"; value: bigint }
  | { kind: "Bool"; value: boolean }
  | { kind: "String"; value: string }
  | { kind: "FixedArray"; value: EthValue[] }
  | { kind: "Array"; value: EthValue[] }
  | { kind: "Tuple"; value: EthValue[] };

export interface EthBlock {
  hash: Uint8Array;
  parentHash: Uint8Array;
  unclesHash: Uint8Array;
  author: Uint8Array;
  stateRoot: Uint8Array;
  transactionsRoot: Uint8Array;
  receiptsRoot: Uint8Array;
  number: bigint;
  gasUsed: bigint;
  gasLimit: bigint;
  timestamp: bigint;
  difficulty: bigint;
  totalDifficulty: bigint;
  size: bigint | null;
  baseFeePerGas: bigint | null;
}

export interface EthTransaction {
  hash: Uint8Array;
  index: bigint;
  from: Uint8Array;
  to: Uint8Array | null;
  value: bigint;
  gasLimit: bigint;
  gasPrice: bigint;
  input: Uint8Array;
  nonce: bigint;
}

export interface EthLogEntry {
  address: Uint8Array;
  topics: Uint8Array[];
  data: Uint8Array;
  blockHash: Uint8Array;
  blockNumber: Uint8Array;
  transactionHash: Uint8Array;
  transactionIndex: bigint;
  logIndex: bigint;
  transactionLogIndex: bigint;
  logType: string;
  removed: boolean | null;
}

export interface EthReceipt {
  transactionHash: Uint8Array;
  transactionIndex: bigint;
  blockHash: Uint8Array;
  blockNumber: bigint;
  cumulativeGasUsed: bigint;
  gasUsed: bigint;
  contractAddress: Uint8Array;
  logs: EthLogEntry[];
  status: bigint;
  root: Uint8Array;
  logsBloom: Uint8Array;
}

export interface EventParam {
  name: string;
  value: EthValue;
}

/** One event-handler invocation, as graph-node builds it (apiVersion >= 0.0.7 layout). */
export interface EventTrigger {
  kind: "event";
  /** the manifest data source (or template instance) name */
  dataSource: string;
  /** the exported WASM function to call, e.g. "handleTransfer" */
  handler: string;
  address: Uint8Array;
  logIndex: bigint;
  transactionLogIndex: bigint;
  logType: string | null;
  block: EthBlock;
  transaction: EthTransaction;
  parameters: EventParam[];
  receipt: EthReceipt | null;
}

/** One block-handler invocation. */
export interface BlockTrigger {
  kind: "block";
  dataSource: string;
  handler: string;
  block: EthBlock;
  /** for a data source created from a template: the instance's address (picks its context) */
  address?: Uint8Array;
}

export type Trigger = EventTrigger | BlockTrigger;
