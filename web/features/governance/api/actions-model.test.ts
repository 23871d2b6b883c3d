import { encodeFunctionData, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import type { AppConfig } from "../../../lib/config.ts";
import { actionAbis } from "../abi/abis.ts";
import { decodeActions } from "./actions-model.ts";

const config: AppConfig = {
  subgraphUrl: "http://x",
  chainId: 31337,
  contracts: {
    EconomyParameters: "0x00000000000000000000000000000000000000e1",
    CommunityTreasury: "0x00000000000000000000000000000000000000e2",
    CommunityToken: "0x00000000000000000000000000000000000000e3",
  },
  assets: [
    {
      address: "0x00000000000000000000000000000000000000e3",
      symbol: "WSHD",
      decimals: 18,
      kind: "native",
    },
    {
      address: "0x00000000000000000000000000000000000000e4",
      symbol: "USDC",
      decimals: 6,
      kind: "stable",
    },
  ],
  source: "devnet",
};

const action = (index: number, target: string, calldata: string, extra = {}) => ({
  index,
  target,
  value: "0",
  calldata,
  functionName: "unknown",
  parameterKeys: [],
  parameterValues: [],
  ...extra,
});

describe("decoded actions", () => {
  const setParams = encodeFunctionData({
    abi: actionAbis.EconomyParameters!,
    functionName: "setParameters",
    args: [[stringToHex("MINT_FEE", { size: 32 })], [10n ** 18n]],
  });
  const withdraw = encodeFunctionData({
    abi: actionAbis.Treasury!,
    functionName: "withdraw",
    args: [
      config.assets[0]!.address,
      "0x00000000000000000000000000000000000000f0",
      25n * 10n ** 17n,
      3,
    ],
  });
  const actions = [
    action(1, config.contracts.CommunityTreasury!, withdraw),
    action(0, config.contracts.EconomyParameters!, setParams, {
      functionName: "setParameters",
      parameterKeys: ["MINT_FEE"],
      parameterValues: ["1000000000000000000"],
    }),
    action(2, "0x00000000000000000000000000000000000000ff", "0xdeadbeef00"),
    action(3, config.contracts.CommunityTreasury!, "0x12345678"),
  ];

  it("names a parameter with old → new: the value now before execution, the recorded one after", () => {
    const now = [{ id: "MINT_FEE", value: "2000000000000000000" }];
    const recorded = [{ parameter: { id: "MINT_FEE" }, oldValue: "3000000000000000000" }];
    const before = decodeActions(actions, config, recorded, now, false)[0]!;
    expect(before).toMatchObject({
      kind: "parameters",
      targetName: "EconomyParameters",
      changes: [{ key: "MINT_FEE", old: 2n * 10n ** 18n, next: 10n ** 18n }],
    });
    const after = decodeActions(actions, config, recorded, now, true)[0]!;
    expect(after).toMatchObject({ changes: [{ old: 3n * 10n ** 18n }] });
  });

  it("decodes any other call of a known contract: function, arguments, asset and enum names", () => {
    const call = decodeActions(actions, config, [], [], false)[1]!;
    expect(call).toMatchObject({
      kind: "call",
      targetName: "CommunityTreasury",
      signature: "withdraw(asset, to, amount, flow)",
    });
    if (call.kind !== "call") throw new Error("not decoded");
    expect(call.args.map((a) => [a.name, a.asset?.symbol, a.enumMember])).toEqual([
      ["asset", undefined, undefined],
      ["to", undefined, undefined],
      ["amount", "WSHD", undefined],
      ["flow", undefined, "GRANT"],
    ]);
  });

  it("falls back to the raw calldata for an unknown target or selector", () => {
    const [, , unknownTarget, unknownSelector] = decodeActions(actions, config, [], [], false);
    expect(unknownTarget).toMatchObject({ kind: "raw", selector: "0xdeadbeef" });
    expect(unknownSelector).toMatchObject({ kind: "raw", selector: "0x12345678" });
  });
});
