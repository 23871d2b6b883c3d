import { Bytes } from "@graphprotocol/graph-ts";

// Roles of the economy's contracts (contracts/src) and of OpenZeppelin's TimelockController,
// each hash keccak256 of its name (DEFAULT_ADMIN_ROLE is zero). Written out rather than
// hashed at run time: a mapping's top-level code runs again for every trigger.
const NAMES: string[] = [
  "DEFAULT_ADMIN_ROLE",
  "DEPOSITOR_ROLE",
  "SPENDER_ROLE",
  "MINTER_ROLE",
  "NOTIFIER_ROLE",
  "SLASHER_ROLE",
  "REWARDER_ROLE",
  "OPERATOR_ROLE",
  "COLLECTOR_ROLE",
  "REPORTER_ROLE",
  "PROPOSER_ROLE",
  "EXECUTOR_ROLE",
  "CANCELLER_ROLE",
];
const HASHES: string[] = [
  "0x0000000000000000000000000000000000000000000000000000000000000000",
  "0x8f4f2da22e8ac8f11e15f9fc141cddbb5deea8800186560abb6e68c5496619a9",
  "0x7434c6f201a551bfd17336985361933e0c4935b520dac8a49d937b325f7d5c0a",
  "0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6",
  "0x4a2f7af891dbd2031c784532aea681e8646ac41c5bc81e1c46986d1f8e1d1f8e",
  "0x12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39",
  "0xbeec13769b5f410b0584f69811bfd923818456d5edcf426b0e31cf90eed7a3f6",
  "0x97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929",
  "0x14cf45180c3fcf249a5a305e9657ea05c14fd4f4e1800ee0216a8213091711d2",
  "0x3204c940063673962b481a0395619b3dbbd137589c419e993978c1c71bcf68ec",
  "0xb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1",
  "0xd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63",
  "0xfd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783",
];

export const DEFAULT_ADMIN_ROLE = HASHES[0];

/** The role's known name, or its hash in hex when it is not one of ours. */
export function roleName(hash: Bytes): string {
  const hex = hash.toHexString();
  const i = HASHES.indexOf(hex);
  return i < 0 ? hex : NAMES[i];
}
