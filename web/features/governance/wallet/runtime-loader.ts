// Loads the wallet runtime once per page and configuration, on demand: the wallet's code
// (wagmi, viem, connectors) is a separate chunk the first paint never downloads.
import type { AppConfig } from "../../../lib/config.ts";
import { pendingTxs } from "./pending-tx.ts";
import type { WalletRuntime } from "./wallet-types.ts";

let loaded: { config: AppConfig; runtime: Promise<WalletRuntime> } | null = null;

export const CONNECTED_FLAG = "watershed:wallet-connected";

export function loadRuntime(config: AppConfig): Promise<WalletRuntime> {
  if (loaded?.config !== config) {
    const runtime = import("./runtime.ts").then((m) => m.createWalletRuntime(config));
    loaded = { config, runtime };
    // a failed load may be retried
    runtime.catch(() => {
      if (loaded?.runtime === runtime) loaded = null;
    });
  }
  return loaded.runtime;
}

/** A wallet was connected here before, or a transaction still waits: load at once. */
export function wantsRuntime(config: AppConfig): boolean {
  let remembered = false;
  try {
    remembered = localStorage.getItem(CONNECTED_FLAG) === "1";
  } catch {
    // storage blocked
  }
  return remembered || pendingTxs().some((t) => t.chainId === config.chainId);
}

/** For tests: the next load starts a fresh runtime. */
export function forgetRuntime() {
  loaded = null;
}
