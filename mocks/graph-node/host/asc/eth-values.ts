// ethereum.Value and the apiVersion >= 0.0.7 Event/Block/Transaction/Receipt/Log layouts
// (graph-node chain/ethereum/src/runtime/abi.rs). Byte-like fields are written as plain
// Uint8Array objects and BigInts as their signed LE bytes, as graph-node does.
import type {
  EthBlock,
  EthLogEntry,
  EthReceipt,
  EthTransaction,
  EthValue,
  EventTrigger,
} from "../types.ts";
import { type AscHeap, HostError } from "./heap.ts";

/** graph-node `EthereumValueKind` discriminants */
const EthKind = {
  Address: 0,
  FixedBytes: 1,
  Bytes: 2,
  Int: 3,
  Uint: 4,
  Bool: 5,
  String: 6,
  FixedArray: 7,
  Array: 8,
  Tuple: 9,
  Function: 10,
} as const;

export function writeEthValue(heap: AscHeap, v: EthValue): number {
  switch (v.kind) {
    case "Address":
    case "FixedBytes":
    case "Bytes":
      return heap.writeEnum(EthKind[v.kind], heap.writeBytes(v.value), "EthereumValue");
    case "Int":
    case "Uint":
      return heap.writeEnum(EthKind[v.kind], heap.writeBigInt(v.value), "EthereumValue");
    case "Bool":
      return heap.writeEnum(EthKind.Bool, v.value ? 1 : 0, "EthereumValue");
    case "String":
      return heap.writeEnum(EthKind.String, heap.writeString(v.value), "EthereumValue");
    case "FixedArray":
    case "Array":
    case "Tuple": {
      const items = v.value.map((item) => writeEthValue(heap, item));
      const array = heap.writePtrArray(items, "ArrayEthereumValue");
      return heap.writeEnum(EthKind[v.kind], array, "EthereumValue");
    }
  }
}

export function writeEthValueArray(heap: AscHeap, values: EthValue[]): number {
  return heap.writePtrArray(
    values.map((v) => writeEthValue(heap, v)),
    "ArrayEthereumValue",
  );
}

export function readEthValue(heap: AscHeap, ptr: number): EthValue {
  heap.checkPtr(ptr, "ethereum.Value");
  const kind = heap.enumKind(ptr);
  const payload = heap.enumPayloadPtr(ptr);
  switch (kind) {
    case EthKind.Address: {
      const value = heap.readBytes(payload);
      if (value.length !== 20) throw new HostError(`address must be 20 bytes, got ${value.length}`);
      return { kind: "Address", value };
    }
    case EthKind.FixedBytes:
      return { kind: "FixedBytes", value: heap.readBytes(payload) };
    case EthKind.Bytes:
      return { kind: "Bytes", value: heap.readBytes(payload) };
    case EthKind.Int:
      return { kind: "Int", value: heap.readBigInt(payload) };
    case EthKind.Uint:
      return { kind: "Uint", value: heap.readBigInt(payload) };
    case EthKind.Bool:
      return { kind: "Bool", value: heap.enumPayload64(ptr) !== 0n };
    case EthKind.String:
      return { kind: "String", value: heap.readString(payload) };
    case EthKind.FixedArray:
    case EthKind.Array:
    case EthKind.Tuple: {
      const items = heap.readPtrArray(payload).map((p) => readEthValue(heap, p));
      const name =
        kind === EthKind.Tuple ? "Tuple" : kind === EthKind.Array ? "Array" : "FixedArray";
      return { kind: name, value: items };
    }
    default:
      throw new HostError(`unsupported ethereum.Value kind ${kind}`);
  }
}

const nullable = <T>(v: T | null | undefined, write: (v: T) => number) =>
  v === null || v === undefined ? 0 : write(v);

export function writeBlock(heap: AscHeap, b: EthBlock): number {
  const bytes = (v: Uint8Array) => heap.writeBytes(v);
  const big = (v: bigint) => heap.writeBigInt(v);
  return heap.writeStruct(
    [
      bytes(b.hash),
      bytes(b.parentHash),
      bytes(b.unclesHash),
      bytes(b.author),
      bytes(b.stateRoot),
      bytes(b.transactionsRoot),
      bytes(b.receiptsRoot),
      big(b.number),
      big(b.gasUsed),
      big(b.gasLimit),
      big(b.timestamp),
      big(b.difficulty),
      big(b.totalDifficulty),
      nullable(b.size, big),
      nullable(b.baseFeePerGas, big),
    ],
    "EthereumBlock",
  );
}

export function writeTransaction(heap: AscHeap, t: EthTransaction): number {
  return heap.writeStruct(
    [
      heap.writeBytes(t.hash),
      heap.writeBigInt(t.index),
      heap.writeBytes(t.from),
      nullable(t.to, (v) => heap.writeBytes(v)),
      heap.writeBigInt(t.value),
      heap.writeBigInt(t.gasLimit),
      heap.writeBigInt(t.gasPrice),
      heap.writeBytes(t.input),
      heap.writeBigInt(t.nonce),
    ],
    "EthereumTransaction",
  );
}

function writeLog(heap: AscHeap, l: EthLogEntry): number {
  return heap.writeStruct(
    [
      heap.writeBytes(l.address),
      heap.writePtrArray(
        l.topics.map((t) => heap.writeBytes(t)),
        "ArrayH256",
      ),
      heap.writeBytes(l.data),
      heap.writeBytes(l.blockHash),
      heap.writeBytes(l.blockNumber),
      heap.writeBytes(l.transactionHash),
      heap.writeBigInt(l.transactionIndex),
      heap.writeBigInt(l.logIndex),
      heap.writeBigInt(l.transactionLogIndex),
      heap.writeString(l.logType),
      nullable(l.removed, (v) => heap.writeWrappedBool(v)),
    ],
    "Log",
  );
}

function writeReceipt(heap: AscHeap, r: EthReceipt): number {
  return heap.writeStruct(
    [
      heap.writeBytes(r.transactionHash),
      heap.writeBigInt(r.transactionIndex),
      heap.writeBytes(r.blockHash),
      heap.writeBigInt(r.blockNumber),
      heap.writeBigInt(r.cumulativeGasUsed),
      heap.writeBigInt(r.gasUsed),
      heap.writeBytes(r.contractAddress),
      heap.writePtrArray(
        r.logs.map((l) => writeLog(heap, l)),
        "ArrayLog",
      ),
      heap.writeBigInt(r.status),
      heap.writeBytes(r.root),
      heap.writeBytes(r.logsBloom),
    ],
    "TransactionReceipt",
  );
}

export function writeEvent(heap: AscHeap, e: EventTrigger): number {
  const params = e.parameters.map((p) =>
    heap.writeStruct([heap.writeString(p.name), writeEthValue(heap, p.value)], "EventParam"),
  );
  return heap.writeStruct(
    [
      heap.writeBytes(e.address),
      heap.writeBigInt(e.logIndex),
      heap.writeBigInt(e.transactionLogIndex),
      nullable(e.logType, (v) => heap.writeString(v)),
      writeBlock(heap, e.block),
      writeTransaction(heap, e.transaction),
      heap.writePtrArray(params, "ArrayEventParam"),
      nullable(e.receipt, (v) => writeReceipt(heap, v)),
    ],
    "EthereumEvent",
  );
}
