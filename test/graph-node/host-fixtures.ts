// Event factories for driving the host with synthetic triggers (no chain needed).
import { type AbiEvent, keccak256, toBytes } from "viem";
import { fromAbiValue } from "../../mocks/graph-node/host/fns/abi-convert.ts";
import type { SubgraphHost } from "../../mocks/graph-node/host/index.ts";
import type {
  BlockTrigger,
  EthBlock,
  EthReceipt,
  EthTransaction,
  EventTrigger,
} from "../../mocks/graph-node/host/types.ts";
import type { BlockPtr } from "../../mocks/graph-node/store/types.ts";

export const hash32 = (seed: string) => toBytes(keccak256(toBytes(seed)));
export const address = (n: number) => toBytes(`0x${n.toString(16).padStart(40, "0")}`);
export const FACTORY = toBytes("0x5fbdb2315678afecb367f032d93f642f64180aa3");
const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString("hex")}`;

export function block(n: number): EthBlock {
  return {
    hash: hash32(`block-${n}`),
    parentHash: hash32(`block-${n - 1}`),
    unclesHash: hash32("uncles"),
    author: address(0xa0),
    stateRoot: hash32(`state-${n}`),
    transactionsRoot: hash32(`txs-${n}`),
    receiptsRoot: hash32(`receipts-${n}`),
    number: BigInt(n),
    gasUsed: 21_000n,
    gasLimit: 30_000_000n,
    timestamp: 1_700_000_000n + BigInt(n) * 12n,
    difficulty: 0n,
    totalDifficulty: 0n,
    size: 1000n,
    baseFeePerGas: 7n,
  };
}

export function ptr(n: number): BlockPtr {
  const b = block(n);
  return {
    number: n,
    hash: hex(b.hash),
    parentHash: hex(b.parentHash),
    timestamp: Number(b.timestamp),
  };
}

export function transaction(seed: string): EthTransaction {
  return {
    hash: hash32(`tx-${seed}`),
    index: 0n,
    from: address(0xf00),
    to: FACTORY,
    value: 0n,
    gasLimit: 100_000n,
    gasPrice: 1n,
    input: new Uint8Array([1, 2, 3]),
    nonce: 5n,
  };
}

export function receipt(tx: EthTransaction, n: number): EthReceipt {
  return {
    transactionHash: tx.hash,
    transactionIndex: 0n,
    blockHash: block(n).hash,
    blockNumber: BigInt(n),
    cumulativeGasUsed: 50_000n,
    gasUsed: 42_000n,
    contractAddress: address(0),
    logs: [
      {
        address: FACTORY,
        topics: [hash32("topic")],
        data: new Uint8Array([9]),
        blockHash: block(n).hash,
        blockNumber: new Uint8Array([n]),
        transactionHash: tx.hash,
        transactionIndex: 0n,
        logIndex: 0n,
        transactionLogIndex: 0n,
        logType: "mined",
        removed: false,
      },
    ],
    status: 1n,
    root: hash32("root"),
    logsBloom: new Uint8Array(256),
  };
}

/** Builds an EventTrigger for `handler` of `dataSource` from plain ABI values. */
export function eventTrigger(
  host: SubgraphHost,
  opts: {
    dataSource: string;
    handler: string;
    address: Uint8Array;
    block: number;
    logIndex?: number;
    values: unknown[];
    tx?: string;
  },
): EventTrigger {
  const spec = [...host.manifest.dataSources, ...host.manifest.templates].find(
    (d) => d.name === opts.dataSource,
  );
  const handler = spec?.eventHandlers.find((h) => h.handler === opts.handler);
  const abiEvent = handler?.abiEvent as AbiEvent;
  if (!abiEvent) throw new Error(`no event for ${opts.dataSource}.${opts.handler}`);
  const tx = transaction(opts.tx ?? `${opts.block}-${opts.logIndex ?? 0}`);
  return {
    kind: "event",
    dataSource: opts.dataSource,
    handler: opts.handler,
    address: opts.address,
    logIndex: BigInt(opts.logIndex ?? 0),
    transactionLogIndex: BigInt(opts.logIndex ?? 0),
    logType: null,
    block: block(opts.block),
    transaction: tx,
    parameters: abiEvent.inputs.map((input, i) => ({
      name: input.name ?? "",
      value: fromAbiValue(input, opts.values[i]),
    })),
    receipt: handler?.receipt ? receipt(tx, opts.block) : null,
  };
}

export function blockTrigger(dataSource: string, handler: string, n: number): BlockTrigger {
  return { kind: "block", dataSource, handler, block: block(n) };
}
