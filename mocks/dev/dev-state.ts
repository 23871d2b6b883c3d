// The cache of `npm run dev`: the chain (anvil's state dump), the deployment and the
// indexed store live in .watershed/dev and are reused while the key (contracts, subgraph
// and seed settings) is unchanged, so a second start skips deploying, seeding and indexing.
// The key is written last on a clean stop and removed when a stop begins, so a cache is
// either complete and consistent (chain and store from the same stop) or rebuilt.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { STATE_DIR } from "../devnet/deployment.ts";
import { subgraphSourceHash } from "./build-subgraph.ts";

export interface DevStatePaths {
  dir: string;
  chainState: string;
  /** where anvil dumps on exit; compacted into chainState by a clean stop */
  chainDump: string;
  deployment: string;
  storeSnapshot: string;
  key: string;
}

export function devStatePaths(dir = resolve(STATE_DIR, "dev")): DevStatePaths {
  return {
    dir,
    chainState: join(dir, "anvil-state.json"),
    chainDump: join(dir, "anvil-state.dump.json"),
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

/**
 * Why the cache cannot be reused (null when it can). Clears the directory for a fresh run
 * unless the cache is complete.
 */
export function prepareDevState(paths: DevStatePaths, key: string, fresh: boolean): string | null {
  const reason = fresh
    ? "--fresh was given"
    : !existsSync(paths.key)
      ? existsSync(paths.dir) && readdirSync(paths.dir).length > 0
        ? "the last run did not stop cleanly (killed?) or did not finish building the cache"
        : "no cache yet"
      : readFileSync(paths.key, "utf8") !== key
        ? "contracts, subgraph or seed settings changed"
        : ![paths.chainState, paths.deployment, paths.storeSnapshot].every((p) => existsSync(p))
          ? "cache files are missing"
          : null;
  if (reason) {
    rmSync(paths.dir, { recursive: true, force: true });
    mkdirSync(paths.dir, { recursive: true });
  } else {
    // a dump left by a run that was killed belongs to no store snapshot
    rmSync(paths.chainDump, { force: true });
  }
  return reason;
}

/** Called when a stop begins: until sealed again, the files may be half written. */
export function unsealDevState(paths: DevStatePaths): void {
  rmSync(paths.key, { force: true });
}

/** Written last, once chain and store are both on disk: marks the cache complete. */
export function sealDevState(paths: DevStatePaths, key: string): void {
  writeFileSync(paths.key, key);
}
