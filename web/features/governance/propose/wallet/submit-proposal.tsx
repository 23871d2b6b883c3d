// Sends propose(targets, values, calldatas, description) with the draft's one action, then
// follows it as a vote is followed: awaiting signature → pending → confirmed → indexed, and
// links to the new proposal. The calldata's code (viem) loads only here, on submit.
import { useState } from "react";
import { Link } from "react-router";
import type { ParameterKey } from "../../../../../economy/parameters.ts";
import { useConfig } from "../../../../lib/config-context.ts";
import { TxStatus } from "../../wallet/tx-status.tsx";
import type { useTxAction } from "../../wallet/use-tx-action.ts";

export interface SubmitProposalProps {
  action: ReturnType<typeof useTxAction>;
  changes: Partial<Record<ParameterKey, bigint>>;
  description: string;
  /** EconomyParameters' address, the action's target */
  target: string;
  /** every reason the draft cannot be sent yet; empty when it can */
  blockers: string[];
  /** nothing is drafted (as after the draft became a proposal) */
  pristine: boolean;
  /** the proposal was sent: its id, so the draft is cleared once that one is indexed */
  onSent: (proposalId: string) => void;
}

export function SubmitProposal(props: SubmitProposalProps) {
  const { action, changes, description, target, blockers, pristine, onSent } = props;
  const config = useConfig();
  const [loadError, setLoadError] = useState<string | null>(null);
  const submit = async () => {
    setLoadError(null);
    try {
      const { buildProposal } = await import("../api/proposal-call.ts");
      const call = buildProposal(changes, description, target);
      const sent = await action.run((r) => r.propose(call), {
        kind: "propose",
        proposalId: call.id,
      });
      if (sent) onSent(call.id);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  };
  const view = action.view;
  const created = view.phase === "indexed" ? view.tx.proposalId : undefined;
  // the draft was cleared because it became that proposal: no list of what a draft lacks
  const justCreated = created !== undefined && pristine;
  return (
    <div className="submit-proposal">
      {blockers.length > 0 && !justCreated ? (
        <div className="note">
          Not ready to submit:
          <ul className="blockers">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button
        type="button"
        className="primary"
        disabled={blockers.length > 0 || action.busy}
        onClick={submit}
      >
        Submit proposal
      </button>
      {loadError ? (
        <p className="tx-status error" role="alert">
          Could not prepare the proposal: {loadError}
        </p>
      ) : null}
      <TxStatus
        view={view}
        what="Your proposal"
        explorerUrl={config.explorerUrl}
        onCheckAgain={action.checkAgain}
      />
      {view.phase === "error" ? (
        <p className="note">Your draft is kept: fix what the error names and submit again.</p>
      ) : null}
      {created ? (
        <p className="power-ok">
          Proposal created.{" "}
          <Link to={`/governance/proposals/${created}`}>Open the new proposal</Link> or see it in{" "}
          <Link to="/governance">the proposals list</Link>.
        </p>
      ) : null}
    </div>
  );
}
