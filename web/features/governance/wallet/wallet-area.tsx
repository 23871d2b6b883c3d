// The wallet corner of the governance views: connect (wallets found through EIP-6963, the
// dev wallet on the devnet), the connected account and chain, and the switch when the
// wallet is on another chain. Loading it costs nothing until someone clicks Connect.
import { useEffect, useRef, useState } from "react";
import { shortAddress } from "../../../components/address.tsx";
import { demoNoteText } from "../../../components/demo-note.tsx";
import { useConfig } from "../../../lib/config-context.ts";
import { connectOrChoose, useWallet } from "./wallet-context.tsx";

export { DelegateActions } from "./delegate-actions.tsx";
export { ProposalWalletPanel } from "./vote-panel.tsx";
export {
  useWalletAccount,
  useWalletVotes,
  WalletProvider,
} from "./wallet-context.tsx";

export function WalletArea() {
  const { runtime, state, loading, loadError, load, setChoosing } = useWallet();
  const [error, setError] = useState<string | null>(null);
  const { demo } = useConfig();
  if (demo) {
    // the full reason is where a vote or delegation would be; here, one line and its title
    return (
      <div className="wallet-menu">
        <span className="note" title={demoNoteText()}>
          Static demo: no wallet
        </span>
      </div>
    );
  }
  const open = async () => {
    setError(null);
    await connectOrChoose(load, setChoosing);
  };
  if (!runtime || state.status === "disconnected") {
    return (
      <div className="wallet-menu">
        <button type="button" className="primary" onClick={open} disabled={loading}>
          {loading ? "Loading wallet…" : "Connect wallet"}
        </button>
        {loadError ? (
          <span role="alert" className="note">
            {loadError}
          </span>
        ) : null}
        <WalletChooser />
      </div>
    );
  }
  const wrongChain = state.chainId !== null && state.chainId !== runtime.chain.id;
  return (
    <div className="wallet-menu">
      {state.status === "connected" && state.address ? (
        <span title={`${state.address} via ${state.connectorName ?? "wallet"}`}>
          <span className="status-dot good" aria-hidden="true" /> {shortAddress(state.address)}
        </span>
      ) : (
        <span className="note">
          {state.status === "reconnecting" ? "Reconnecting…" : "Connecting…"}
        </span>
      )}
      {wrongChain ? (
        <span className="banner-warn tx-status" role="alert">
          Your wallet is on chain {state.chainId}; votes here are on {runtime.chain.name} (
          {runtime.chain.id}).{" "}
          <button
            type="button"
            onClick={() =>
              runtime
                .switchChain()
                .then(() => setError(null))
                .catch((e: unknown) => setError(runtime.describeError(e).message))
            }
          >
            Switch to {runtime.chain.name}
          </button>
        </span>
      ) : null}
      <button
        type="button"
        onClick={() => runtime.disconnect().catch(() => undefined)}
        title="Forget this wallet on this site"
      >
        Disconnect
      </button>
      {error ? (
        <span role="alert" className="note">
          {error}
        </span>
      ) : null}
      <WalletChooser />
    </div>
  );
}

/** The wallets this browser offers, found through EIP-6963 (and the dev wallet on a devnet). */
function WalletChooser() {
  const { runtime, state, choosing, setChoosing } = useWallet();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (choosing && !d.open) {
      if (d.showModal) d.showModal();
      else d.setAttribute("open", "");
    }
    if (!choosing && d.open) {
      if (d.close) d.close();
      else d.removeAttribute("open");
    }
  }, [choosing]);
  const announced = state.connectors.filter((c) => c.kind !== "injected");
  // window.ethereum only when no wallet announced itself (it would be listed twice)
  const connectors = announced.some((c) => c.kind === "eip6963") ? announced : state.connectors;
  const close = () => {
    setChoosing(false);
    setError(null);
  };
  return (
    <dialog
      ref={dialog}
      className="wallet-dialog"
      aria-labelledby="wallet-chooser-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="wallet-chooser-title">Connect a wallet</h2>
      <p className="note">
        Voting power comes from the token's delegation at each proposal's snapshot; connecting only
        lets this page read it and ask your wallet to sign.
      </p>
      {connectors.length === 0 ? (
        <p>
          No wallet was found in this browser. Install a browser wallet (one that announces itself
          through EIP-6963, as most do), then reload.
        </p>
      ) : (
        <ul>
          {connectors.map((c) => (
            <li key={c.uid}>
              <button
                type="button"
                disabled={busy}
                onClick={async () => {
                  if (!runtime) return;
                  setBusy(true);
                  setError(null);
                  try {
                    await runtime.connect(c.uid);
                    close();
                  } catch (e) {
                    // a wallet that reconnected meanwhile is what was asked for
                    if ((e as Error).name === "ConnectorAlreadyConnectedError") close();
                    else setError(runtime.describeError(e).message);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {c.icon ? (
                  <img
                    src={c.icon}
                    alt=""
                    width={18}
                    height={18}
                    style={{ verticalAlign: "middle" }}
                  />
                ) : null}{" "}
                {c.kind === "injected" ? "Browser wallet" : c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p role="alert" className="tx-status error">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={close}>
        Close
      </button>
    </dialog>
  );
}
