// The wallet as the views see it: nothing loaded until a wallet is wanted; then the
// runtime's state (account, chain, wallets found), the transactions being followed, and
// the connected account's votes for the proposals list.
import { useApolloClient } from "@apollo/client/react";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { useConfig } from "../../../lib/config-context.ts";
import { useAccountVotes } from "../api/account-votes-query.ts";
import { pendingTxs, subscribePendingTxs } from "./pending-tx.ts";
import { CONNECTED_FLAG, loadRuntime, wantsRuntime } from "./runtime-loader.ts";
import { subscribeTracked, type TrackedTx, track, trackedVersion, txStates } from "./tx-tracker.ts";
import type { WalletRuntime, WalletState } from "./wallet-types.ts";

const DISCONNECTED: WalletState = {
  status: "disconnected",
  address: null,
  chainId: null,
  connectorName: null,
  connectors: [],
};

export interface WalletContextValue {
  runtime: WalletRuntime | null;
  loading: boolean;
  loadError: string | null;
  load: () => Promise<WalletRuntime | null>;
  state: WalletState;
  /** the wallet chooser is open */
  choosing: boolean;
  setChoosing: (open: boolean) => void;
}

const WalletContext = createContext<WalletContextValue | null>(null);

export function useWallet(): WalletContextValue {
  const value = useContext(WalletContext);
  if (!value) throw new Error("useWallet outside WalletProvider");
  return value;
}

const noop = () => () => undefined;

export function WalletProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const client = useApolloClient();
  const [runtime, setRuntime] = useState<WalletRuntime | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const r = await loadRuntime(config);
      setRuntime(r);
      return r;
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      setLoading(false);
    }
  }, [config]);
  // the static demo has no chain: the wallet is never loaded there
  useEffect(() => {
    if (!config.demo && wantsRuntime(config)) void load();
  }, [config, load]);
  const state = useSyncExternalStore(
    runtime?.subscribe ?? noop,
    runtime?.getState ?? (() => DISCONNECTED),
  );
  // remembered so the next visit reconnects without a click
  useEffect(() => {
    try {
      if (state.status === "connected") localStorage.setItem(CONNECTED_FLAG, "1");
      else if (state.status === "disconnected" && runtime) localStorage.removeItem(CONNECTED_FLAG);
    } catch {
      // storage blocked
    }
  }, [state.status, runtime]);
  // follow every transaction this browser sent on this chain, until indexed
  const pending = useSyncExternalStore(subscribePendingTxs, pendingTxs);
  useEffect(() => {
    if (!runtime) {
      if (!config.demo && pending.some((t) => t.chainId === config.chainId)) void load();
      return;
    }
    for (const tx of pending) if (tx.chainId === config.chainId) track(tx, runtime, client);
  }, [pending, runtime, client, config.chainId, config.demo, load]);
  const value = useMemo(
    () => ({ runtime, loading, loadError, load, state, choosing, setChoosing }),
    [runtime, loading, loadError, load, state, choosing],
  );
  const DevUi = runtime?.DevWalletUi;
  return (
    <WalletContext.Provider value={value}>
      {children}
      {DevUi ? <DevUi /> : null}
    </WalletContext.Provider>
  );
}

/** The connected account (lowercase), or null. */
export function useWalletAccount(): string | null {
  const { state } = useWallet();
  return state.status === "connected" ? state.address : null;
}

/** proposal id → the connected account's choice; undefined without a wallet. */
export function useWalletVotes(): Map<string, string> | undefined {
  const account = useWalletAccount();
  const votes = useAccountVotes(account);
  return useMemo(() => {
    if (!account) return undefined;
    return new Map((votes.data?.votes ?? []).map((v) => [v.proposal.id, v.choice]));
  }, [account, votes.data]);
}

/** Transactions sent from this browser, newest first, with where they stand. */
export function useTrackedTxs(): TrackedTx[] {
  const v = useSyncExternalStore(subscribeTracked, trackedVersion);
  const p = useSyncExternalStore(subscribePendingTxs, pendingTxs);
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when either store changes
  return useMemo(() => txStates(), [v, p]);
}

/**
 * Loads the wallet and opens the chooser, unless loading already reconnected a wallet that
 * had authorised this site before.
 */
export async function connectOrChoose(
  load: () => Promise<WalletRuntime | null>,
  setChoosing: (open: boolean) => void,
) {
  const runtime = await load();
  if (runtime && runtime.getState().status !== "connected") setChoosing(true);
}
