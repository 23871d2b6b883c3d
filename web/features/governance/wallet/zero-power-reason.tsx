// Why an account has no votes on a proposal, in words, with the remedy when there is one
// (delegate to yourself). Part of the vote panel (vote-panel.tsx).
import type { ReactNode } from "react";
import { Link } from "react-router";
import { shortAddress } from "../../../components/address.tsx";
import { formatAbsolute } from "../../../lib/relative-time.ts";
import { DelegateButton } from "./delegate-actions.tsx";
import type { PowerReport } from "./wallet-types.ts";

export function ZeroPowerReason({
  p,
  me,
  amount,
  pendingProposal,
  onDelegated,
}: {
  p: PowerReport;
  me: string;
  amount: (v: bigint) => ReactNode;
  pendingProposal: boolean;
  onDelegated: () => void;
}) {
  const snapshot = formatAbsolute(p.snapshot);
  const counts = pendingProposal
    ? "Delegating now counts for this proposal: its snapshot is still ahead."
    : `Delegating now counts for proposals whose snapshot comes later; this one's was ${snapshot}.`;
  if (p.balance === 0n && p.current === 0n) {
    return (
      <p className="note">
        <strong>Why zero:</strong> this account holds no tokens and nobody delegates to it, so it
        has no votes.
      </p>
    );
  }
  if (p.arrivedAfterSnapshot !== null) {
    return (
      <p className="note">
        <strong>Why zero:</strong> your voting power ({amount(p.current)} now) arrived on{" "}
        {formatAbsolute(p.arrivedAfterSnapshot)}, after this proposal's snapshot on {snapshot}. It
        counts from the next proposal.
      </p>
    );
  }
  if (p.delegate === null) {
    return (
      <div className="note">
        <p style={{ margin: 0 }}>
          <strong>Why zero:</strong> your {amount(p.balance)} are not delegated, so they carry no
          votes. Tokens vote once delegated, to yourself or to someone else. {counts}
        </p>
        <DelegateButton to={me} label="Delegate to myself" onDone={onDelegated} />
      </div>
    );
  }
  if (p.delegate !== me) {
    return (
      <div className="note">
        <p style={{ margin: 0 }}>
          <strong>Why zero:</strong> you delegated your {amount(p.balance)} to{" "}
          <Link to={`/governance/delegates/${p.delegate}`}>{shortAddress(p.delegate)}</Link>, who
          votes with them. {counts}
        </p>
        <DelegateButton to={me} label="Delegate to myself" onDone={onDelegated} />
      </div>
    );
  }
  return (
    <p className="note">
      <strong>Why zero:</strong> this account had no voting power at the snapshot ({snapshot}).
    </p>
  );
}
