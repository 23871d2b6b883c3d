// Converts JSON-RPC block/transaction/receipt/log objects into the host's Eth* shapes,
// with graph-node's defaults for fields a node may omit.
import type { EthBlock, EthLogEntry, EthReceipt, EthTransaction } from "../host/types.ts";
import type { BlockPtr } from "../store/types.ts";
import { hexToBytes, quantity, quantityOrNull } from "./hex.ts";

export type Hex = string;

export interface RpcLog {
  address: Hex;
  topics: Hex[];
  data: Hex;
  blockHash: Hex;
  blockNumber: Hex;
  transactionHash: Hex;
  transactionIndex: Hex;
  logIndex: Hex;
  removed?: boolean;
}

export interface RpcTransaction {
  hash: Hex;
  transactionIndex: Hex;
  from: Hex;
  to: Hex | null;
  value: Hex;
  gas: Hex;
  gasPrice?: Hex;
  maxFeePerGas?: Hex;
  maxPriorityFeePerGas?: Hex;
  input: Hex;
  nonce: Hex;
}

export interface RpcBlock {
  number: Hex;
  hash: Hex;
  parentHash: Hex;
  sha3Uncles: Hex;
  miner: Hex;
  stateRoot: Hex;
  transactionsRoot: Hex;
  receiptsRoot: Hex;
  gasUsed: Hex;
  gasLimit: Hex;
  timestamp: Hex;
  difficulty: Hex;
  totalDifficulty?: Hex;
  size?: Hex;
  baseFeePerGas?: Hex;
  /** hashes, or full objects when fetched with `true` */
  transactions: (Hex | RpcTransaction)[];
}

export interface RpcReceipt {
  transactionHash: Hex;
  transactionIndex: Hex;
  blockHash: Hex;
  blockNumber: Hex;
  cumulativeGasUsed: Hex;
  gasUsed: Hex;
  contractAddress: Hex | null;
  logs: RpcLog[];
  status?: Hex;
  root?: Hex;
  logsBloom: Hex;
}

export function toBlockPtr(block: RpcBlock): BlockPtr {
  return {
    number: Number(block.number),
    hash: block.hash.toLowerCase(),
    timestamp: Number(block.timestamp),
    parentHash: block.parentHash.toLowerCase(),
  };
}

export function toEthBlock(b: RpcBlock): EthBlock {
  return {
    hash: hexToBytes(b.hash),
    parentHash: hexToBytes(b.parentHash),
    unclesHash: hexToBytes(b.sha3Uncles),
    author: hexToBytes(b.miner),
    stateRoot: hexToBytes(b.stateRoot),
    transactionsRoot: hexToBytes(b.transactionsRoot),
    receiptsRoot: hexToBytes(b.receiptsRoot),
    number: quantity(b.number),
    gasUsed: quantity(b.gasUsed),
    gasLimit: quantity(b.gasLimit),
    timestamp: quantity(b.timestamp),
    difficulty: quantity(b.difficulty),
    totalDifficulty: quantity(b.totalDifficulty),
    size: quantityOrNull(b.size),
    baseFeePerGas: quantityOrNull(b.baseFeePerGas),
  };
}

/** graph-node reports the effective gas price (EIP-1559: min(maxFee, baseFee + tip)). */
function effectiveGasPrice(tx: RpcTransaction, baseFee: bigint | null): bigint {
  if (tx.maxFeePerGas && baseFee !== null) {
    const tip = baseFee + quantity(tx.maxPriorityFeePerGas);
    const cap = quantity(tx.maxFeePerGas);
    // biome-ignore lint/complexity/useMathMinMax: bigints, Math.min would throw
    return tip < cap ? tip : cap;
  }
  return quantity(tx.gasPrice);
}

export function toEthTransaction(tx: RpcTransaction, baseFee: bigint | null): EthTransaction {
  return {
    hash: hexToBytes(tx.hash),
    index: quantity(tx.transactionIndex),
    from: hexToBytes(tx.from),
    to: tx.to ? hexToBytes(tx.to) : null,
    value: quantity(tx.value),
    gasLimit: quantity(tx.gas),
    gasPrice: effectiveGasPrice(tx, baseFee),
    input: hexToBytes(tx.input),
    nonce: quantity(tx.nonce),
  };
}

export function toEthLogEntry(log: RpcLog): EthLogEntry {
  return {
    address: hexToBytes(log.address),
    topics: log.topics.map(hexToBytes),
    data: hexToBytes(log.data),
    blockHash: hexToBytes(log.blockHash),
    // the shared type declares bytes here; the big-endian quantity is the faithful encoding
    blockNumber: hexToBytes(log.blockNumber),
    transactionHash: hexToBytes(log.transactionHash),
    transactionIndex: quantity(log.transactionIndex),
    logIndex: quantity(log.logIndex),
    // graph-node fills transactionLogIndex with the block log index (geth lacks the field)
    transactionLogIndex: quantity(log.logIndex),
    logType: "",
    removed: log.removed ?? null,
  };
}

export function toEthReceipt(r: RpcReceipt): EthReceipt {
  return {
    transactionHash: hexToBytes(r.transactionHash),
    transactionIndex: quantity(r.transactionIndex),
    blockHash: hexToBytes(r.blockHash),
    blockNumber: quantity(r.blockNumber),
    cumulativeGasUsed: quantity(r.cumulativeGasUsed),
    gasUsed: quantity(r.gasUsed),
    // graph-node passes null for these; the shared type wants bytes, so empty means absent
    contractAddress: hexToBytes(r.contractAddress),
    logs: r.logs.map(toEthLogEntry),
    status: quantity(r.status),
    root: hexToBytes(r.root),
    logsBloom: hexToBytes(r.logsBloom),
  };
}
