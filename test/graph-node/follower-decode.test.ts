// Pure pieces of the follower: ABI -> ethereum.Value mapping, graph-node's event lookup
// rule, and which blocks block handlers run on. No chain needed.
import { type Abi, encodeAbiParameters, encodeEventTopics, keccak256, toHex } from "viem";
import { describe, expect, it } from "vitest";
import {
  blockHandlerBlocks,
  DataSourceRegistry,
} from "../../mocks/graph-node/follower/data-sources.ts";
import { createEventDecoder, findEvent } from "../../mocks/graph-node/follower/event-decoder.ts";
import { bytesToHex } from "../../mocks/graph-node/follower/hex.ts";

const abi = [
  {
    type: "event",
    name: "Rich",
    inputs: [
      { name: "who", type: "address", indexed: true },
      { name: "label", type: "string", indexed: true },
      {
        name: "pair",
        type: "tuple",
        indexed: false,
        components: [
          { name: "a", type: "uint8" },
          { name: "b", type: "bytes" },
        ],
      },
      { name: "fixed", type: "int16[2]", indexed: false },
      { name: "tag", type: "bytes4", indexed: true },
    ],
  },
  { type: "event", name: "Plain", inputs: [{ name: "x", type: "uint256", indexed: false }] },
] as const satisfies Abi;

describe("event decoding", () => {
  it("maps every ABI kind and hands indexed dynamic values over as their topic hash", () => {
    const event = findEvent(
      abi,
      "Rich(indexed address,indexed string,(uint8,bytes),int16[2],indexed bytes4)",
    )!;
    const decoder = createEventDecoder(event);
    const who = "0x00000000000000000000000000000000000000aa";
    const topics = encodeEventTopics({
      abi,
      eventName: "Rich",
      args: { who, label: "hi", tag: "0x01020304" },
    });
    expect(decoder.topic0).toBe(topics[0]);
    const data = encodeAbiParameters(
      [event.inputs[2]!, event.inputs[3]!],
      [{ a: 7, b: "0xbeef" }, [-1, 2]],
    );
    const params = decoder.decode(topics as string[], data);
    expect(params.map((p) => p.name)).toEqual(["who", "label", "pair", "fixed", "tag"]);
    const [addr, label, pair, fixed, tag] = params.map((p) => p.value);
    expect(addr!.kind).toBe("Address");
    expect(bytesToHex(addr!.value as Uint8Array)).toBe(who);
    expect(label).toEqual({ kind: "FixedBytes", value: expect.any(Uint8Array) });
    expect(bytesToHex(label!.value as Uint8Array)).toBe(keccak256(toHex("hi")));
    expect(pair).toEqual({
      kind: "Tuple",
      value: [
        { kind: "Uint", value: 7n },
        { kind: "Bytes", value: new Uint8Array([0xbe, 0xef]) },
      ],
    });
    expect(fixed).toEqual({
      kind: "FixedArray",
      value: [
        { kind: "Int", value: -1n },
        { kind: "Int", value: 2n },
      ],
    });
    expect(tag).toEqual({ kind: "FixedBytes", value: new Uint8Array([1, 2, 3, 4]) });
  });

  it("rejects logs whose topic count does not fit (graph-node then skips the handler)", () => {
    const decoder = createEventDecoder(findEvent(abi, "Plain(uint256)")!);
    expect(() => decoder.decode([decoder.topic0, decoder.topic0], "0x")).toThrow(/topics/);
  });

  it("finds events like graph-node: exact with `indexed`, else the only one of that name", () => {
    expect(findEvent(abi, "Plain(uint256)")?.name).toBe("Plain");
    expect(findEvent(abi, "Rich(address,string,(uint8,bytes),int16[2],bytes4)")?.name).toBe("Rich");
    expect(findEvent(abi, "Plain(uint128)")).toBeUndefined();
  });
});

describe("block handler schedule", () => {
  const spec = (every?: number, kind: "polling" | "once" = "polling") => ({
    name: "D",
    address: null,
    startBlock: 10,
    abi: [] as Abi,
    eventHandlers: [],
    blockHandlers: [
      {
        handler: "h",
        ...(every || kind === "once"
          ? { filter: kind === "once" ? { kind } : { kind, every: every! } }
          : {}),
      },
    ],
  });

  it("polls every N blocks from the start block, runs `once` at it, plain ones every block", () => {
    const polling = new DataSourceRegistry([spec(4)], []).all();
    expect([...blockHandlerBlocks(polling, 1, 30)]).toEqual([10, 14, 18, 22, 26, 30]);
    expect([...blockHandlerBlocks(polling, 15, 21)]).toEqual([18]);
    const once = new DataSourceRegistry([spec(undefined, "once")], []).all();
    expect([...blockHandlerBlocks(once, 1, 30)]).toEqual([10]);
    const every = new DataSourceRegistry([spec()], []).all();
    expect([...blockHandlerBlocks(every, 8, 12)]).toEqual([10, 11, 12]);
  });
});
