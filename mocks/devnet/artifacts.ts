import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Abi, Hex } from "viem";

const artifactsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../contracts/artifacts");
const cache = new Map<string, ContractArtifact>();

export interface ContractArtifact {
  contractName: string;
  abi: Abi;
  bytecode: Hex;
}

/** Reads a build artifact written by contracts/scripts/build.ts. */
export function artifact(name: string): ContractArtifact {
  const cached = cache.get(name);
  if (cached) return cached;
  try {
    const loaded = JSON.parse(
      readFileSync(join(artifactsDir, `${name}.json`), "utf8"),
    ) as ContractArtifact;
    cache.set(name, loaded);
    return loaded;
  } catch {
    throw new Error(`artifact ${name} missing: run npm run build:contracts`);
  }
}

/** Every ABI together, to decode a revert from whichever contract raised it. */
let errorsAbi: Abi | undefined;

export function allErrorsAbi(): Abi {
  if (errorsAbi) return errorsAbi;
  const names = readdirSync(artifactsDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length));
  const seen = new Set<string>();
  errorsAbi = names
    .flatMap((n) => artifact(n).abi)
    .filter((item) => {
      if (item.type !== "error") return false;
      const key = `${item.name}(${item.inputs.map((i) => i.type).join(",")})`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return errorsAbi;
}
