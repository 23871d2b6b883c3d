// The one action a parameter proposal carries: EconomyParameters.setParameters(keys, values),
// keys as left-aligned ASCII bytes32 as the contract names them, and the proposal's id as
// the governor's hashProposal computes it (so the page can link to it before it is indexed).
// Imports viem: loaded on demand when a proposal is submitted, never with the first paint.
import { encodeAbiParameters, encodeFunctionData, type Hex, keccak256, stringToHex } from "viem";
import { PARAMETER_KEYS, type ParameterKey } from "../../../../../economy/parameters.ts";
import { actionAbis } from "../../abi/abis.ts";
import type { ProposalCall } from "../../wallet/wallet-types.ts";

export const parametersAbi = actionAbis.EconomyParameters!;

export const keyHex = (key: ParameterKey): Hex => stringToHex(key, { size: 32 });

/** setParameters' calldata, keys in PARAMETER_KEYS order so one draft always encodes alike. */
export function setParametersCalldata(changes: Partial<Record<ParameterKey, bigint>>): Hex {
  const keys = PARAMETER_KEYS.filter((k) => changes[k] !== undefined);
  return encodeFunctionData({
    abi: parametersAbi,
    functionName: "setParameters",
    args: [keys.map(keyHex), keys.map((k) => changes[k]!)],
  });
}

export function hashProposal(
  targets: Hex[],
  values: bigint[],
  calldatas: Hex[],
  description: string,
): bigint {
  const encoded = encodeAbiParameters(
    [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }],
    [targets, values, calldatas, keccak256(stringToHex(description))],
  );
  return BigInt(keccak256(encoded));
}

export function buildProposal(
  changes: Partial<Record<ParameterKey, bigint>>,
  description: string,
  parametersAddress: string,
): ProposalCall {
  const targets = [parametersAddress.toLowerCase() as Hex];
  const calldatas = [setParametersCalldata(changes)];
  const id = hashProposal(targets, [0n], calldatas, description);
  return { id: id.toString(), targets, values: ["0"], calldatas, description };
}
