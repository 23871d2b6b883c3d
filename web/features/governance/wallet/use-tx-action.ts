// One wallet action's life on screen: awaiting signature → pending (hash) → confirmed →
// indexed, or an error in words. What was sent survives a reload (pending-tx.ts); what the
// user typed lives with the component that owns it and is never cleared by a failure.
import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { useConfig } from "../../../lib/config-context.ts";
import { addPendingTx, type PendingTx } from "./pending-tx.ts";
import { retrack, type TrackedTx, track } from "./tx-tracker.ts";
import { useTrackedTxs, useWallet } from "./wallet-context.tsx";
import type { TxError, WalletRuntime } from "./wallet-types.ts";

export type TxView =
  | { phase: "idle" }
  | { phase: "signing" }
  | { phase: "pending" | "confirmed" | "indexed"; hash: string; tx: PendingTx }
  | { phase: "error"; error: TxError; hash?: string; tx?: PendingTx };

type Local = { phase: "idle" } | { phase: "signing" } | { phase: "error"; error: TxError };

export type TxMeta = Omit<PendingTx, "hash" | "chainId" | "account" | "submittedAt">;

export function useTxAction(match: (tx: PendingTx) => boolean) {
  const { runtime, state } = useWallet();
  const client = useApolloClient();
  const config = useConfig();
  const tracked = useTrackedTxs();
  const [local, setLocal] = useState<{ value: Local; at: number }>({
    value: { phase: "idle" },
    at: 0,
  });
  const latest: TrackedTx | undefined = tracked.find((t) => match(t.tx));

  const run = async (send: (r: WalletRuntime) => Promise<string>, meta: TxMeta) => {
    if (!runtime || !state.address) return false;
    setLocal({ value: { phase: "signing" }, at: Date.now() });
    try {
      const hash = await send(runtime);
      const tx: PendingTx = {
        ...meta,
        hash,
        chainId: config.chainId,
        account: state.address,
        submittedAt: Date.now(),
      };
      addPendingTx(tx);
      track(tx, runtime, client);
      setLocal({ value: { phase: "idle" }, at: Date.now() });
      return true;
    } catch (error) {
      setLocal({ value: { phase: "error", error: runtime.describeError(error) }, at: Date.now() });
      return false;
    }
  };

  let view: TxView = { phase: "idle" };
  if (local.value.phase === "signing") view = { phase: "signing" };
  else if (local.value.phase === "error" && (!latest || local.at >= latest.at)) {
    view = { phase: "error", error: local.value.error };
  } else if (latest) {
    view =
      latest.phase === "failed"
        ? {
            phase: "error",
            error: latest.error ?? { kind: "unknown", message: "The transaction failed." },
            hash: latest.tx.hash,
            tx: latest.tx,
          }
        : { phase: latest.phase, hash: latest.tx.hash, tx: latest.tx };
  }
  const busy = view.phase === "signing" || view.phase === "pending" || view.phase === "confirmed";
  const checkAgain =
    view.phase === "error" && view.tx && view.error.kind === "rpc" && runtime
      ? () => retrack(view.tx!, runtime, client)
      : undefined;
  const dismiss = () => setLocal({ value: { phase: "idle" }, at: Date.now() });
  return { view, run, busy, checkAgain, dismiss };
}
