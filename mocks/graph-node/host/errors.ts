// The error runTrigger throws: which handler failed where, plus graph-node's message.
import type { Trigger } from "./types.ts";

const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString("hex")}`;

export class HandlerError extends Error {
  override name = "HandlerError";
  readonly dataSource: string;
  readonly handler: string;
  readonly blockNumber: number;
  readonly blockHash: string;
  readonly transactionHash: string | null;
  readonly logIndex: number | null;
  /** graph-node's message without the location prefix */
  readonly reason: string;

  constructor(trigger: Trigger, reason: string, options?: { cause?: unknown }) {
    const tx = trigger.kind === "event" ? hex(trigger.transaction.hash) : null;
    const where = `handler \`${trigger.handler}\` of data source \`${trigger.dataSource}\` at block #${trigger.block.number} (${hex(trigger.block.hash)})${tx ? `, transaction ${tx}` : ""}`;
    super(`Error while processing ${where}: ${reason}`, options);
    this.dataSource = trigger.dataSource;
    this.handler = trigger.handler;
    this.blockNumber = Number(trigger.block.number);
    this.blockHash = hex(trigger.block.hash);
    this.transactionHash = tx;
    this.logIndex = trigger.kind === "event" ? Number(trigger.logIndex) : null;
    this.reason = reason;
  }
}
