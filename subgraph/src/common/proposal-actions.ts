import { BigInt, ByteArray, Bytes, crypto, ethereum } from "@graphprotocol/graph-ts";
import { ProposalAction } from "../../generated/schema";
import { keyName } from "../mappings/economy-parameters";

const SET_PARAMETERS = "setParameters(bytes32[],uint256[])";

function selectorOf(signature: string): Bytes {
  return Bytes.fromUint8Array(crypto.keccak256(ByteArray.fromUTF8(signature)).subarray(0, 4));
}

/** ethereum.decode reads a dynamic tuple behind a head offset, which calldata lacks. */
function asTupleData(args: Uint8Array): Bytes {
  const prefixed = new Uint8Array(32 + args.length);
  prefixed[31] = 32;
  prefixed.set(args, 32);
  return Bytes.fromUint8Array(prefixed);
}

/** Stores one call of a proposal, decoding EconomyParameters.setParameters calls. */
export function saveProposalAction(
  proposalId: string,
  index: i32,
  target: Bytes,
  value: BigInt,
  calldata: Bytes,
): void {
  const action = new ProposalAction(proposalId + "-" + index.toString());
  action.proposal = proposalId;
  action.index = index;
  action.target = target;
  action.value = value;
  action.calldata = calldata;
  action.functionName = "unknown";
  const keys: string[] = [];
  const values: BigInt[] = [];
  if (
    calldata.length >= 4 &&
    Bytes.fromUint8Array(calldata.subarray(0, 4)).equals(selectorOf(SET_PARAMETERS))
  ) {
    const decoded = ethereum.decode("(bytes32[],uint256[])", asTupleData(calldata.subarray(4)));
    if (decoded != null) {
      const tuple = decoded.toTuple();
      const rawKeys = tuple[0].toBytesArray();
      const rawValues = tuple[1].toBigIntArray();
      for (let i = 0; i < rawKeys.length; i++) keys.push(keyName(rawKeys[i]));
      for (let i = 0; i < rawValues.length; i++) values.push(rawValues[i]);
      action.functionName = "setParameters";
    }
  }
  action.parameterKeys = keys;
  action.parameterValues = values;
  action.save();
}
