// On-disk snapshot: a directory holding the host's store snapshot (`store`, in whatever
// format the host writes) and the follower's own state (`follower.json`). follower.json is
// written last and atomically, so a crash mid-save leaves the previous pair usable.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BlockPtr } from "../store/types.ts";
import type { CreatedDataSource, HostPort } from "./host-port.ts";

export interface FollowerState {
  version: 1;
  deployment: string;
  /** last block fully indexed (writes committed, or scanned with no triggers) */
  cursor: BlockPtr | null;
  /** recent block hashes for reorg detection after resume */
  history: BlockPtr[];
  /** for reading only: the host's store is the source of truth for template instances */
  dynamicDataSources: CreatedDataSource[];
  failed: string | null;
  /** caught up with the chain head at least once (graph-node's `synced`) */
  synced?: boolean;
}

export const storePath = (dir: string) => join(dir, "store");
const statePath = (dir: string) => join(dir, "follower.json");

export async function saveSnapshot(
  dir: string,
  host: HostPort,
  state: FollowerState,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await host.saveSnapshot(storePath(dir));
  const tmp = `${statePath(dir)}.tmp`;
  await writeFile(tmp, JSON.stringify(state, null, 1));
  await rename(tmp, statePath(dir));
}

/** null when no snapshot exists yet (first run) */
export async function loadSnapshot(dir: string, host: HostPort): Promise<FollowerState | null> {
  if (!existsSync(statePath(dir))) return null;
  const state = JSON.parse(await readFile(statePath(dir), "utf8")) as FollowerState;
  if (state.version !== 1) throw new Error(`snapshot ${dir}: unsupported version ${state.version}`);
  if (state.deployment !== host.deployment) {
    throw new Error(
      `snapshot ${dir} belongs to deployment ${state.deployment}, not ${host.deployment}`,
    );
  }
  await host.loadSnapshot(storePath(dir));
  return state;
}
