import type { BlockTrigger, EthBlock, EthReceipt, EthTransaction, Trigger } from "../host/types.ts";
import { hexToBytes } from "./hex.ts";
import type { Runnable } from "./match-triggers.ts";

export interface TriggerSources {
  block: EthBlock;
  transaction(hash: string): EthTransaction;
  /** only asked for handlers declared with `receipt: true` */
  receipt(hash: string): EthReceipt | null;
}

/** The host trigger for one matched handler, as graph-node fills it (apiVersion 0.0.7+). */
export function buildTrigger(r: Runnable, sources: TriggerSources): Trigger {
  if (r.kind === "block") {
    const trigger: BlockTrigger = {
      kind: "block",
      dataSource: r.ds.name,
      handler: r.handler.handler,
      block: sources.block,
    };
    // a template instance's block handler needs its address to find its context
    if (r.ds.created) trigger.address = hexToBytes(r.ds.created.address);
    return trigger;
  }
  const logIndex = BigInt(r.log.logIndex);
  return {
    kind: "event",
    dataSource: r.ds.name,
    handler: r.handler.spec.handler,
    address: hexToBytes(r.log.address),
    logIndex,
    transactionLogIndex: logIndex,
    logType: null,
    block: sources.block,
    transaction: sources.transaction(r.log.transactionHash),
    parameters: r.params,
    receipt: r.handler.spec.receipt ? sources.receipt(r.log.transactionHash) : null,
  };
}
