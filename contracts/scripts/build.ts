// Compiles contracts/src with solc-js (npm `solc`, no download), writes one artifact per
// contract to contracts/artifacts/ and the ABIs the subgraph indexes to subgraph/abis/.
// Skips work when the sources and compiler are unchanged since the last build.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const srcDir = join(root, "contracts/src");
const artifactsDir = join(root, "contracts/artifacts");
const abisDir = join(root, "subgraph/abis");
const require = createRequire(import.meta.url);

/** Contracts whose ABI the subgraph's manifest uses. */
export const SUBGRAPH_ABIS = [
  "CommunityToken",
  "CommunityGovernor",
  "WatershedTimelock",
  "EconomyParameters",
  "Treasury",
  "StableReserve",
  "FeeRouter",
  "EmissionSchedule",
  "StakingVault",
  "HostingRewards",
  "SaturationOracle",
  "DownloadMarket",
  "PortfolioNFT",
  "NftMarket",
];

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return path.endsWith(".sol") ? [path] : [];
  });
}

function findImport(path: string): { contents: string } | { error: string } {
  try {
    return { contents: readFileSync(require.resolve(path), "utf8") };
  } catch {
    return { error: `import not found: ${path}` };
  }
}

export interface Artifact {
  contractName: string;
  sourceName: string;
  abi: unknown[];
  bytecode: `0x${string}`;
}

export function buildContracts({ force = false } = {}): { compiled: boolean; ms: number } {
  const started = Date.now();
  const files = listSources(srcDir).sort();
  const sources: Record<string, { content: string }> = {};
  for (const file of files)
    sources[relative(srcDir, file)] = { content: readFileSync(file, "utf8") };
  const hash = createHash("sha256")
    .update(solc.version())
    .update(JSON.stringify(sources))
    .digest("hex");
  const stampFile = join(artifactsDir, ".build-hash");
  if (!force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) {
    return { compiled: false, ms: Date.now() - started };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === "error");
  if (errors.length > 0) {
    throw new Error(
      `solc failed:\n${errors.map((e: { formattedMessage: string }) => e.formattedMessage).join("\n")}`,
    );
  }
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(abisDir, { recursive: true });
  for (const [sourceName, contracts] of Object.entries<
    Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>
  >(output.contracts)) {
    for (const [contractName, c] of Object.entries(contracts)) {
      // Only our own deployable contracts: interfaces have no code, OpenZeppelin's come from npm.
      if (!c.evm.bytecode.object || sourceName.startsWith("@")) continue;
      const artifact: Artifact = {
        contractName,
        sourceName,
        abi: c.abi,
        bytecode: `0x${c.evm.bytecode.object}`,
      };
      writeFileSync(join(artifactsDir, `${contractName}.json`), JSON.stringify(artifact, null, 2));
      if (SUBGRAPH_ABIS.includes(contractName)) {
        writeFileSync(join(abisDir, `${contractName}.json`), `${JSON.stringify(c.abi, null, 2)}\n`);
      }
    }
  }
  writeFileSync(stampFile, hash);
  return { compiled: true, ms: Date.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { compiled, ms } = buildContracts({ force: process.argv.includes("--force") });
  console.log(compiled ? `contracts compiled in ${ms} ms` : "contracts up to date");
}
