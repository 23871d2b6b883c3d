// Delegating from the connected wallet: to an address, or to oneself (tokens vote only
// once delegated). Used on a delegate's page and where a vote needs power it lacks.
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { shortAddress } from "../../../components/address.tsx";
import { DemoNote } from "../../../components/demo-note.tsx";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { TxStatus } from "./tx-status.tsx";
import { useTxAction } from "./use-tx-action.ts";
import { connectOrChoose, useWallet, useWalletAccount } from "./wallet-context.tsx";
import type { AccountReport } from "./wallet-types.ts";

/** The connected account's balance, power and delegate, read again after each delegation. */
export function useAccountReport(refreshKey: unknown) {
  const { runtime } = useWallet();
  const me = useWalletAccount();
  const [report, setReport] = useState<{ data: AccountReport | null; error: string | null }>({
    data: null,
    error: null,
  });
  const read = useCallback(() => {
    if (!runtime || !me) return;
    runtime
      .account(me)
      .then((data) => setReport({ data, error: null }))
      .catch((e: unknown) => setReport({ data: null, error: runtime.describeError(e).message }));
  }, [runtime, me]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks for a new read
  useEffect(() => read(), [read, refreshKey]);
  return { ...report, retry: read };
}

/** One delegation's button and status, for where a single delegation is offered. */
export function DelegateButton({
  to,
  label,
  onDone,
}: {
  to: string;
  label: string;
  onDone?: () => void;
}) {
  const config = useConfig();
  const me = useWalletAccount();
  const action = useTxAction((tx) => tx.kind === "delegate" && tx.account === me);
  useEffect(() => {
    if (action.view.phase === "indexed") onDone?.();
  }, [action.view.phase, onDone]);
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={action.busy || !me}
        onClick={() => action.run((r) => r.delegate(to), { kind: "delegate", delegatee: to })}
      >
        {label}
      </button>
      <TxStatus
        view={action.view}
        what="Your delegation"
        explorerUrl={config.explorerUrl}
        onCheckAgain={action.checkAgain}
      />
    </>
  );
}

export function DelegateActions({ target }: { target: string }) {
  const config = useConfig();
  const native = assetOfKind(config, "native");
  const { load, setChoosing, runtime } = useWallet();
  const me = useWalletAccount();
  const [key, setKey] = useState(0);
  const report = useAccountReport(key);
  const action = useTxAction((tx) => tx.kind === "delegate" && tx.account === me);
  // once the delegation is indexed, read the account again
  const indexed = action.view.phase === "indexed";
  useEffect(() => {
    if (indexed) setKey((k) => k + 1);
  }, [indexed]);
  const delegateTo = (to: string) =>
    action.run((r) => r.delegate(to), { kind: "delegate", delegatee: to });
  if (config.demo) return <DemoNote what="a delegation" action="delegate" />;
  if (!runtime || !me) {
    return (
      <p className="note" style={{ marginTop: "0.8rem" }}>
        <button
          type="button"
          onClick={async () => {
            await connectOrChoose(load, setChoosing);
          }}
        >
          Connect a wallet to delegate
        </button>{" "}
        Delegating gives this address the votes of your tokens; you keep the tokens.
      </p>
    );
  }
  const d = report.data;
  const current = d?.delegate ?? null;
  return (
    <div className="wallet-panel" style={{ marginTop: "0.8rem" }}>
      {report.error ? (
        <p className="tx-status error" role="alert">
          Could not read your account: {report.error}{" "}
          <button type="button" className="link-button" onClick={report.retry}>
            Retry
          </button>
        </p>
      ) : d && native ? (
        <p className="note">
          You hold{" "}
          <span title={`${formatExact(d.balance, native.decimals)} ${native.symbol}`}>
            {formatCompact(d.balance, native.decimals)} {native.symbol}
          </span>
          ,{" "}
          {current === null ? (
            "delegated to nobody: they carry no votes"
          ) : current === me ? (
            "delegated to yourself"
          ) : (
            <>
              delegated to{" "}
              <Link to={`/governance/delegates/${current}`}>{shortAddress(current)}</Link>
            </>
          )}
          ; your voting power now is {formatCompact(d.current, native.decimals)} {native.symbol}.
        </p>
      ) : (
        <p className="note">Reading your delegation…</p>
      )}
      <div className="choices">
        {target !== me && current !== target ? (
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => delegateTo(target)}
          >
            Delegate to this address
          </button>
        ) : null}
        {current !== me ? (
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => delegateTo(me)}
          >
            Delegate to myself
          </button>
        ) : null}
      </div>
      <TxStatus
        view={action.view}
        what="Your delegation"
        explorerUrl={config.explorerUrl}
        onCheckAgain={action.checkAgain}
      />
    </div>
  );
}
