// Finds a manifest handler's event in the ABI and decodes its logs into EventParams.
import {
  type Abi,
  type AbiEvent,
  type AbiParameter,
  decodeAbiParameters,
  keccak256,
  toHex,
} from "viem";
import type { EventParam } from "../host/types.ts";
import { canonicalType, isHashedWhenIndexed, toEthValue } from "./abi-values.ts";
import { hexToBytes } from "./hex.ts";

export interface EventDecoder {
  topic0: string;
  /** throws when the log does not fit the event (graph-node then skips this handler) */
  decode(topics: readonly string[], data: string): EventParam[];
}

const withIndexed = (e: AbiEvent) =>
  `${e.name}(${e.inputs.map((i) => `${i.indexed ? "indexed " : ""}${canonicalType(i)}`).join(",")})`;
const withoutIndexed = (e: AbiEvent) => `${e.name}(${e.inputs.map(canonicalType).join(",")})`;

/**
 * graph-node's rule: an exact match including `indexed`, or else the single event of that
 * name whose signature matches once `indexed` is ignored.
 */
export function findEvent(abi: Abi, signature: string): AbiEvent | undefined {
  const events = abi.filter((item): item is AbiEvent => item.type === "event");
  const exact = events.find((e) => withIndexed(e) === signature);
  if (exact) return exact;
  const name = signature.slice(0, Math.max(0, signature.indexOf("(")));
  const named = events.filter((e) => e.name === name);
  return named.length === 1 && withoutIndexed(named[0]!) === signature ? named[0] : undefined;
}

export function eventTopic0(event: AbiEvent): string {
  return keccak256(toHex(withoutIndexed(event)));
}

export function createEventDecoder(event: AbiEvent): EventDecoder {
  const inputs = event.inputs as readonly AbiParameter[];
  const indexed = inputs.filter((i) => (i as { indexed?: boolean }).indexed);
  const plain = inputs.filter((i) => !(i as { indexed?: boolean }).indexed);
  return {
    topic0: eventTopic0(event),
    decode(topics, data) {
      if (topics.length !== indexed.length + 1) {
        throw new Error(`expected ${indexed.length + 1} topics, got ${topics.length}`);
      }
      const plainValues = plain.length > 0 ? decodeAbiParameters(plain, data as `0x${string}`) : [];
      let ti = 1;
      let pi = 0;
      return inputs.map((input) => {
        const name = input.name ?? "";
        if (!(input as { indexed?: boolean }).indexed) {
          return { name, value: toEthValue(input, plainValues[pi++]) };
        }
        const topic = topics[ti++]!;
        // graph-node hands hashed indexed values to mappings as the raw 32-byte topic
        if (isHashedWhenIndexed(input.type))
          return { name, value: { kind: "FixedBytes", value: hexToBytes(topic) } };
        const [value] = decodeAbiParameters([input], topic as `0x${string}`);
        return { name, value: toEthValue(input, value) };
      });
    },
  };
}
