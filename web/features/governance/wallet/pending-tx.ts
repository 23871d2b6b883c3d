// Transactions sent from this browser and not yet seen by the subgraph, kept in
// localStorage so a reload (or a second tab) picks them up and follows them to "indexed".
// Plain data only: this module loads with the views, before any wallet code.

export type TxKind = "vote" | "queue" | "execute" | "delegate" | "propose";

export interface PendingTx {
  hash: string;
  kind: TxKind;
  chainId: number;
  /** the sender, lowercase */
  account: string;
  /** the proposal voted on, queued, executed, or (for "propose") created */
  proposalId?: string;
  /** FOR / AGAINST / ABSTAIN, for a vote */
  choice?: string;
  reason?: string;
  /** lowercase, for a delegation */
  delegatee?: string;
  /** wall-clock ms */
  submittedAt: number;
  /** set once the receipt is in */
  blockNumber?: number;
}

const KEY = "watershed:pending-txs:v1";
const listeners = new Set<() => void>();
let cache: PendingTx[] | null = null;

function isPending(x: unknown): x is PendingTx {
  const t = x as PendingTx;
  return (
    typeof t === "object" &&
    t !== null &&
    typeof t.hash === "string" &&
    /^0x[0-9a-f]{64}$/i.test(t.hash) &&
    ["vote", "queue", "execute", "delegate", "propose"].includes(t.kind) &&
    typeof t.chainId === "number" &&
    typeof t.account === "string"
  );
}

function read(): PendingTx[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter(isPending) : [];
  } catch {
    return [];
  }
}

function write(next: PendingTx[]) {
  cache = next;
  try {
    if (next.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // storage blocked: followed for this page only
  }
  for (const l of listeners) l();
}

export function pendingTxs(): PendingTx[] {
  cache ??= read();
  return cache;
}

export function addPendingTx(tx: PendingTx) {
  write([...pendingTxs().filter((t) => t.hash !== tx.hash), tx]);
}

export function updatePendingTx(hash: string, change: Partial<PendingTx>) {
  write(pendingTxs().map((t) => (t.hash === hash ? { ...t, ...change } : t)));
}

export function removePendingTx(hash: string) {
  write(pendingTxs().filter((t) => t.hash !== hash));
}

export function subscribePendingTxs(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY) return;
    cache = read();
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** For tests: forget the in-memory copy so the next read comes from storage. */
export function resetPendingTxCache() {
  cache = null;
}
