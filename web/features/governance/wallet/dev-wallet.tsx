// The devnet's dev wallet: an EIP-1193 provider over anvil's own unlocked accounts. It asks
// anvil for its accounts (eth_accounts) and has anvil sign (eth_sendTransaction), so this
// code holds no key and no mnemonic. Like a real wallet it asks before anything is signed,
// and a rejection is the same 4001 error a wallet gives. Loaded only when the served
// configuration says devWallet (npm run dev, the e2e server): never from a VITE_* build.
import { useEffect, useRef, useSyncExternalStore } from "react";
import { type Abi, decodeFunctionData, type Hex } from "viem";
import { governorAbi, tokenAbi } from "../abi/abis.ts";

type Listener = (...args: unknown[]) => void;

interface TxRequest {
  to?: string;
  data?: string;
  value?: string;
}

type PromptInput =
  | { kind: "account"; accounts: string[] }
  | { kind: "transaction"; account: string; tx: TxRequest };
type Prompt = PromptInput & { id: number; resolve: (answer: unknown) => void };

const STORE_KEY = "watershed:dev-wallet-account";
export const DEV_WALLET_ID = "watershedDevWallet";

const rejected = () => Object.assign(new Error("User rejected the request."), { code: 4001 });

// One dev wallet per page: its open prompts, shown by DevWalletUi.
let prompts: Prompt[] = [];
let nextId = 1;
const uiListeners = new Set<() => void>();
const changed = () => {
  for (const l of uiListeners) l();
};
const subscribe = (l: () => void) => {
  uiListeners.add(l);
  return () => {
    uiListeners.delete(l);
  };
};
const getPrompts = () => prompts;

function ask<T>(prompt: PromptInput): Promise<T> {
  return new Promise<T>((resolve) => {
    prompts = [...prompts, { ...prompt, id: nextId++, resolve: resolve as (a: unknown) => void }];
    changed();
  });
}

function answer(id: number, value: unknown) {
  const prompt = prompts.find((p) => p.id === id);
  prompts = prompts.filter((p) => p.id !== id);
  changed();
  prompt?.resolve(value);
}

export function createDevWallet(rpcUrl: string, chainId: number) {
  let selected: string | null = null;
  try {
    selected = localStorage.getItem(STORE_KEY);
  } catch {
    // storage blocked: choose again
  }
  const events = new Map<string, Set<Listener>>();
  const emit = (event: string, ...args: unknown[]) => {
    for (const l of events.get(event) ?? []) l(...args);
  };
  const select = (account: string | null) => {
    selected = account;
    try {
      if (account) localStorage.setItem(STORE_KEY, account);
      else localStorage.removeItem(STORE_KEY);
    } catch {
      // storage blocked
    }
  };

  let rpcId = 0;
  async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
    const res = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcId, method, params }),
    });
    const body = (await res.json()) as {
      result?: unknown;
      error?: { code: number; message: string; data?: unknown };
    };
    if (body.error) throw Object.assign(new Error(body.error.message), body.error);
    return body.result;
  }

  const provider = {
    isWatershedDevWallet: true,
    async request({ method, params }: { method: string; params?: unknown[] }): Promise<unknown> {
      switch (method) {
        case "eth_requestAccounts": {
          if (!selected) {
            const accounts = ((await rpc("eth_accounts")) as string[]).map((a) => a.toLowerCase());
            const chosen = await ask<string | null>({ kind: "account", accounts });
            if (!chosen) throw rejected();
            select(chosen);
            emit("accountsChanged", [chosen]);
          }
          return [selected];
        }
        case "eth_accounts":
          return selected ? [selected] : [];
        case "eth_chainId":
          return `0x${chainId.toString(16)}`;
        case "wallet_switchEthereumChain": {
          const wanted = (params?.[0] as { chainId?: string } | undefined)?.chainId;
          if (wanted && Number(wanted) !== chainId) {
            throw Object.assign(new Error(`The dev wallet only knows chain ${chainId}.`), {
              code: 4902,
            });
          }
          return null;
        }
        case "wallet_requestPermissions":
          // not a permissions wallet: wagmi falls back to eth_requestAccounts
          throw Object.assign(new Error("Unsupported method"), { code: 4200 });
        case "wallet_revokePermissions":
          select(null);
          emit("accountsChanged", []);
          return null;
        case "eth_sendTransaction": {
          if (!selected) throw Object.assign(new Error("Not connected"), { code: 4100 });
          const tx = (params?.[0] ?? {}) as TxRequest;
          const ok = await ask<boolean>({ kind: "transaction", account: selected, tx });
          if (!ok) throw rejected();
          return rpc("eth_sendTransaction", [{ ...tx, from: selected }]);
        }
        default:
          return rpc(method, params);
      }
    },
    on(event: string, listener: Listener) {
      const set = events.get(event) ?? new Set();
      set.add(listener);
      events.set(event, set);
    },
    removeListener(event: string, listener: Listener) {
      events.get(event)?.delete(listener);
    },
  };

  return {
    target: {
      id: DEV_WALLET_ID,
      name: "Dev wallet (anvil test accounts)",
      provider: provider as never,
    },
  };
}

/** The dev wallet's prompts: which account to use, and whether to sign a transaction. */
export function DevWalletUi() {
  const current = useSyncExternalStore(subscribe, getPrompts)[0];
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // jsdom has no showModal: the open attribute does the same for tests
    if (current && !d.open) {
      if (d.showModal) d.showModal();
      else d.setAttribute("open", "");
    }
    if (!current && d.open) {
      if (d.close) d.close();
      else d.removeAttribute("open");
    }
  }, [current]);
  return (
    <dialog
      ref={dialog}
      className="wallet-dialog"
      aria-labelledby="dev-wallet-title"
      onCancel={(e) => {
        e.preventDefault();
        if (current) answer(current.id, current.kind === "account" ? null : false);
      }}
    >
      {current?.kind === "account" ? (
        <>
          <h2 id="dev-wallet-title">Dev wallet: choose an account</h2>
          <p className="note">
            anvil's unlocked test accounts on this devnet; 3 to 9 hold tokens and can vote on the
            seeded Active proposals. anvil signs for them: no key is in this page.
          </p>
          <ul>
            {current.accounts.map((a, i) => (
              <li key={a}>
                <button type="button" onClick={() => answer(current.id, a)}>
                  Account {i} · <span className="mono">{a}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => answer(current.id, null)}>
            Cancel
          </button>
        </>
      ) : current?.kind === "transaction" ? (
        <>
          <h2 id="dev-wallet-title">Dev wallet: sign this transaction?</h2>
          <p>
            From <span className="mono">{current.account}</span>
            <br />
            To <span className="mono">{current.tx.to}</span>
          </p>
          <p className="calldata">{describeCall(current.tx.data)}</p>
          <div style={{ display: "flex", gap: "0.5rem" }}>
            <button type="button" onClick={() => answer(current.id, false)}>
              Reject
            </button>
            <button type="button" className="primary" onClick={() => answer(current.id, true)}>
              Sign and send
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

function describeCall(data: string | undefined): string {
  if (!data) return "(no data)";
  try {
    const decoded = decodeFunctionData({
      abi: [...governorAbi, ...tokenAbi] as Abi,
      data: data as Hex,
    });
    const args = (decoded.args ?? []).map((a) =>
      typeof a === "string" && a.length > 60 ? `${a.slice(0, 60)}…` : String(a),
    );
    return `${decoded.functionName}(${args.join(", ")})`;
  } catch {
    return data.length > 74 ? `${data.slice(0, 74)}…` : data;
  }
}
