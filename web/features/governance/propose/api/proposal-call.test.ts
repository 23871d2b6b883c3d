import {
  decodeFunctionData,
  encodeFunctionData,
  type Hex,
  hexToString,
  keccak256,
  stringToHex,
} from "viem";
import { describe, expect, it } from "vitest";
import { TOKEN } from "../../../../../economy/parameters.ts";
import { proposalId as seedProposalId } from "../../../../../mocks/devnet/seed/governance.ts";
import { governorAbi } from "../../abi/abis.ts";
import { proposalIdOf } from "../../wallet/testing/fake-chain.ts";
import { buildProposal, keyHex, parametersAbi, setParametersCalldata } from "./proposal-call.ts";

const descriptionHash = (text: string) => keccak256(stringToHex(text));
const PARAMS = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

describe("the proposal's one action", () => {
  it("setParameters decodes back to the keys as left-aligned ASCII bytes32 and the values", () => {
    // given out of PARAMETER_KEYS order: encoded in it
    const data = setParametersCalldata({
      MAX_LOCK_DURATION: 86_400n * 180n,
      GENERATION_FEE: TOKEN,
    });
    const decoded = decodeFunctionData({ abi: parametersAbi, data });
    expect(decoded.functionName).toBe("setParameters");
    const [keys, values] = decoded.args as [Hex[], bigint[]];
    expect(keys).toEqual([keyHex("GENERATION_FEE"), keyHex("MAX_LOCK_DURATION")]);
    expect(keys[0]).toBe(`0x${Buffer.from("GENERATION_FEE").toString("hex").padEnd(64, "0")}`);
    expect(keys.map((k) => hexToString(k, { size: 32 }))).toEqual([
      "GENERATION_FEE",
      "MAX_LOCK_DURATION",
    ]);
    expect(values).toEqual([TOKEN, 86_400n * 180n]);
  });

  it("propose(targets, values, calldatas, description) decodes back through the governor's ABI", () => {
    const call = buildProposal({ GENERATION_FEE: 6n * 10n ** 17n }, "# Fee\n\nWhy.", PARAMS);
    const data = encodeFunctionData({
      abi: governorAbi,
      functionName: "propose",
      args: [call.targets, call.values.map(BigInt), call.calldatas, call.description],
    });
    const decoded = decodeFunctionData({ abi: governorAbi, data });
    expect(decoded.functionName).toBe("propose");
    const [targets, values, calldatas, description] = decoded.args as [
      Hex[],
      bigint[],
      Hex[],
      string,
    ];
    expect(targets.map((t) => t.toLowerCase())).toEqual([PARAMS]);
    expect(values).toEqual([0n]);
    expect(description).toBe("# Fee\n\nWhy.");
    const inner = decodeFunctionData({ abi: parametersAbi, data: calldatas[0]! });
    expect(inner.args).toEqual([[keyHex("GENERATION_FEE")], [6n * 10n ** 17n]]);
  });

  it("its id is the governor's hashProposal, as the seeding and the fake chain compute it", () => {
    const call = buildProposal({ SLASH_BPS: 900n }, "# Slash less", PARAMS);
    const targets = call.targets as Hex[];
    const calldatas = call.calldatas as Hex[];
    expect(call.id).toBe(proposalIdOf(targets, [0n], calldatas, "# Slash less").toString());
    expect(call.id).toBe(
      seedProposalId(targets, calldatas, descriptionHash("# Slash less")).toString(),
    );
    // another description is another proposal
    expect(buildProposal({ SLASH_BPS: 900n }, "# Slash less ", PARAMS).id).not.toBe(call.id);
  });
});
