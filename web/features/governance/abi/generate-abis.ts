// The ABIs the governance views need, cut from the contracts' build artifacts into one small
// JSON committed beside this file: what the wallet calls and reads (governor, token), the
// state-changing functions of every contract a proposal may call (to decode its actions),
// and every custom error (to name a revert). Never the bytecode. `--check` (and the test
// beside this file) fail when it is stale: run `npx tsx web/features/governance/abi/generate-abis.ts`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Abi, AbiFunction } from "viem";
import { ARTIFACT_OF } from "../../../../mocks/devnet/seed/log-digest.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = resolve(HERE, "../../../../contracts/artifacts");
export const ABI_FILE = join(HERE, "contract-abis.json");

const GOVERNOR_FUNCTIONS = [
  "castVoteWithReason",
  "queue",
  "execute",
  "hasVoted",
  "state",
  "proposalSnapshot",
  "proposalDeadline",
  "proposalEta",
  "getVotes",
  "quorum",
  // the proposal builder: submit, and the power it needs
  "propose",
  "proposalThreshold",
];
const TOKEN_FUNCTIONS = [
  "balanceOf",
  "getVotes",
  "getPastVotes",
  "delegates",
  "delegate",
  "numCheckpoints",
  "checkpoints",
];

function abiOf(name: string): Abi {
  const path = join(ARTIFACTS, `${name}.json`);
  if (!existsSync(path)) throw new Error(`artifact ${name} missing: run npm run build:contracts`);
  return (JSON.parse(readFileSync(path, "utf8")) as { abi: Abi }).abi;
}

const functions = (abi: Abi, names: string[]) =>
  abi.filter((x): x is AbiFunction => x.type === "function" && names.includes(x.name));

const writes = (abi: Abi) =>
  abi.filter(
    (x): x is AbiFunction =>
      x.type === "function" &&
      (x.stateMutability === "nonpayable" || x.stateMutability === "payable"),
  );

export function generateAbis(): string {
  const artifacts = [...new Set(Object.values(ARTIFACT_OF))].sort();
  const seen = new Set<string>();
  const errors = artifacts
    .flatMap((name) => abiOf(name))
    .filter((x) => x.type === "error")
    .filter((x) => {
      const key = JSON.stringify(x);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const data = {
    governor: functions(abiOf("CommunityGovernor"), GOVERNOR_FUNCTIONS),
    token: functions(abiOf("CommunityToken"), TOKEN_FUNCTIONS),
    errors,
    /** deployment name (config.contracts) → artifact */
    artifactOf: ARTIFACT_OF,
    /** artifact → its state-changing functions */
    actions: Object.fromEntries(artifacts.map((name) => [name, writes(abiOf(name))])),
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

export function abisAreStale(): boolean {
  return !existsSync(ABI_FILE) || readFileSync(ABI_FILE, "utf8") !== generateAbis();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    if (abisAreStale()) {
      console.error(
        "contract-abis.json is stale: run npx tsx web/features/governance/abi/generate-abis.ts",
      );
      process.exit(1);
    }
  } else {
    writeFileSync(ABI_FILE, generateAbis());
    console.log(`written ${ABI_FILE}`);
  }
}
