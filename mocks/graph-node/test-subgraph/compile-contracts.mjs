// Compiles contracts/*.sol with solc-js (offline, bundled compiler) into abis/ (committed,
// graph codegen reads them) and artifacts/ (bytecode, gitignored for tests that deploy to anvil).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const here = dirname(fileURLToPath(import.meta.url));
const contractsDir = join(here, "contracts");
const sources = {};
for (const file of readdirSync(contractsDir).filter((f) => f.endsWith(".sol"))) {
  sources[file] = { content: readFileSync(join(contractsDir, file), "utf8") };
}
const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};
const findImports = (path) => {
  const file = join(contractsDir, path.replace(/^\.\//, ""));
  return { contents: readFileSync(file, "utf8") };
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors ?? []).filter((e) => e.severity === "error");
if (errors.length > 0) {
  throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
}
mkdirSync(join(here, "abis"), { recursive: true });
mkdirSync(join(here, "artifacts"), { recursive: true });
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (!file.startsWith(`${name}.`)) continue; // imported dependencies are emitted once
    writeFileSync(join(here, "abis", `${name}.json`), `${JSON.stringify(c.abi, null, 2)}\n`);
    writeFileSync(
      join(here, "artifacts", `${name}.json`),
      JSON.stringify({ abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` }),
    );
  }
}
