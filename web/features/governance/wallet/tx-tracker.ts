// Follows each sent transaction to the end a holder cares about: pending (hash known) →
// confirmed (in a block) → indexed (the subgraph serves that block, and for a vote the vote
// itself), then has the views refetch so tallies and tables change without a reload.
// Pending ones live in localStorage (pending-tx.ts), so this resumes after a reload.
import type { ApolloClient } from "@apollo/client";
import { TX_INDEXED_QUERY } from "../api/tx-indexed-query.ts";
import { type PendingTx, pendingTxs, removePendingTx, updatePendingTx } from "./pending-tx.ts";
import type { TxError, WalletRuntime } from "./wallet-types.ts";

export type TrackedPhase = "pending" | "confirmed" | "indexed" | "failed";

export interface TrackedTx {
  tx: PendingTx;
  phase: TrackedPhase;
  error?: TxError;
  /** wall-clock ms of the last phase change */
  at: number;
}

const POLL_MS = 400;
const tracked = new Map<string, TrackedTx>();
const listeners = new Set<() => void>();
let version = 0;

function set(hash: string, next: TrackedTx) {
  tracked.set(hash, next);
  version++;
  for (const l of listeners) l();
}

export function subscribeTracked(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const trackedVersion = () => version;

/** What the views show for a transaction: tracked here, or still only in storage. */
export function txStates(): TrackedTx[] {
  const fromStorage = pendingTxs()
    .filter((t) => !tracked.has(t.hash))
    .map((tx) => ({
      tx,
      phase: (tx.blockNumber ? "confirmed" : "pending") as TrackedPhase,
      at: tx.submittedAt,
    }));
  return [...tracked.values(), ...fromStorage].sort((a, b) => b.tx.submittedAt - a.tx.submittedAt);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts following `tx` once per page; later calls for the same hash do nothing. */
export function track(tx: PendingTx, runtime: WalletRuntime, client: ApolloClient): void {
  if (tracked.has(tx.hash)) return;
  set(tx.hash, { tx, phase: tx.blockNumber ? "confirmed" : "pending", at: Date.now() });
  void follow(tx, runtime, client);
}

async function follow(tx: PendingTx, runtime: WalletRuntime, client: ApolloClient) {
  let blockNumber = tx.blockNumber;
  try {
    if (!blockNumber) {
      const receipt = await runtime.waitForReceipt(tx.hash);
      if (receipt.reverted) {
        removePendingTx(tx.hash);
        set(tx.hash, {
          tx,
          phase: "failed",
          error: receipt.error ?? { kind: "revert", message: "The transaction reverted." },
          at: Date.now(),
        });
        return;
      }
      blockNumber = receipt.blockNumber;
      updatePendingTx(tx.hash, { blockNumber });
      set(tx.hash, { tx: { ...tx, blockNumber }, phase: "confirmed", at: Date.now() });
    }
    const voteId = tx.kind === "vote" ? `${tx.proposalId}-${tx.account}` : "";
    for (;;) {
      const result = await client
        .query({
          query: TX_INDEXED_QUERY,
          variables: { voteId, withVote: tx.kind === "vote" },
          // never cached: a poll must not replace the shell's _meta with fewer fields
          fetchPolicy: "no-cache",
        })
        .catch(() => null);
      const indexedBlock = result?.data?._meta?.block.number ?? 0;
      const voteSeen = tx.kind !== "vote" || Boolean(result?.data?.vote);
      if (indexedBlock >= blockNumber && voteSeen) break;
      await sleep(POLL_MS);
    }
    await client.refetchQueries({ include: "active" }).catch(() => undefined);
    removePendingTx(tx.hash);
    set(tx.hash, { tx: { ...tx, blockNumber }, phase: "indexed", at: Date.now() });
  } catch (error) {
    // the receipt never came (RPC down, dropped): keep it pending in storage for a retry
    set(tx.hash, {
      tx,
      phase: "failed",
      error: runtime.describeError(error),
      at: Date.now(),
    });
  }
}

/** Follows a transaction again after its receipt could not be read (the RPC was down). */
export function retrack(tx: PendingTx, runtime: WalletRuntime, client: ApolloClient): void {
  tracked.delete(tx.hash);
  track(tx, runtime, client);
}

/** For tests: forget what this page followed. */
export function resetTracker() {
  tracked.clear();
  version++;
}
