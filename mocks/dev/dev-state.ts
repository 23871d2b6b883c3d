// The cache of `npm run dev`: the chain (anvil's state dump), the deployment and the
// indexed store live in .watershed/dev and are reused while the key (contracts, subgraph
// and seed settings) is unchanged, so a second start skips deploying, seeding and indexing.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { STATE_DIR } from "../devnet/deployment.ts";
import { subgraphSourceHash } from "./build-subgraph.ts";

export interface DevStatePaths {
  dir: string;
  chainState: string;
  deployment: string;
  storeSnapshot: string;
  key: string;
}

export function devStatePaths(dir = resolve(STATE_DIR, "dev")): DevStatePaths {
  return {
    dir,
    chainState: join(dir, "anvil-state.json"),
    deployment: join(dir, "deployment.json"),
    storeSnapshot: join(dir, "store"),
    key: join(dir, "cache-key"),
  };
}

export function cacheKey(settings: Record<string, unknown>): string {
  const contracts = resolve(STATE_DIR, "../contracts/artifacts/.build-hash");
  const contractsHash = existsSync(contracts) ? readFileSync(contracts, "utf8") : "none";
  return createHash("sha256")
    .update(contractsHash)
    .update(subgraphSourceHash())
    .update(JSON.stringify(settings))
    .digest("hex");
}

/** True when a complete cache for `key` exists; otherwise clears the directory for a fresh run. */
export function prepareDevState(paths: DevStatePaths, key: string, fresh: boolean): boolean {
  const complete =
    !fresh &&
    existsSync(paths.key) &&
    readFileSync(paths.key, "utf8") === key &&
    existsSync(paths.chainState) &&
    existsSync(paths.deployment) &&
    existsSync(paths.storeSnapshot);
  if (!complete) {
    rmSync(paths.dir, { recursive: true, force: true });
    mkdirSync(paths.dir, { recursive: true });
  }
  return complete;
}

/** Written last, once chain and store are both on disk: marks the cache complete. */
export function sealDevState(paths: DevStatePaths, key: string): void {
  writeFileSync(paths.key, key);
}
