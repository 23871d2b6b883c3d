import { TxLink } from "../../../components/address.tsx";
import type { TxView } from "./use-tx-action.ts";

const STEPS = [
  { phase: "signing", label: "Awaiting signature" },
  { phase: "pending", label: "Pending" },
  { phase: "confirmed", label: "Confirmed" },
  { phase: "indexed", label: "Indexed" },
] as const;

const SAYS: Record<string, string> = {
  signing: "Confirm it in your wallet.",
  pending: "Sent; waiting for a block.",
  confirmed: "In a block; waiting for the subgraph to index it.",
  indexed: "Indexed: the figures on this page include it.",
};

export interface TxStatusProps {
  view: TxView;
  /** e.g. "Your vote" */
  what: string;
  explorerUrl?: string;
  onCheckAgain?: () => void;
}

/** Where a transaction stands, in words, with its hash once there is one. */
export function TxStatus({ view, what, explorerUrl, onCheckAgain }: TxStatusProps) {
  if (view.phase === "idle") return null;
  if (view.phase === "error") {
    return (
      <div className="tx-status error" role="alert">
        <strong>{what} did not go through.</strong> {view.error.message}
        {view.hash ? (
          <>
            {" "}
            Transaction <TxLink hash={view.hash} explorerUrl={explorerUrl} />.
          </>
        ) : null}
        {onCheckAgain ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={onCheckAgain}>
              Check again
            </button>
          </>
        ) : null}
      </div>
    );
  }
  const index = STEPS.findIndex((s) => s.phase === view.phase);
  return (
    <div className="tx-status" role="status">
      <strong>
        {what}: {STEPS[index]?.label.toLowerCase()}
      </strong>{" "}
      {SAYS[view.phase]}
      {"hash" in view ? (
        <>
          {" "}
          Transaction <TxLink hash={view.hash} explorerUrl={explorerUrl} />
        </>
      ) : null}
      <ol className="tx-steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li key={s.phase} className={i === index ? "current" : undefined}>
            {i < index ? "✓ " : i === index ? "● " : "○ "}
            {s.label}
          </li>
        ))}
      </ol>
    </div>
  );
}
