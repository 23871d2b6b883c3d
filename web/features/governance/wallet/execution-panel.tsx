// Queue or execute a decided proposal, for anyone, with the timelock's eta and the
// transaction's states. Part of the proposal's wallet side (vote-panel.tsx).

import { useConfig } from "../../../lib/config-context.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import type { ProposalData } from "../api/proposal-query.ts";
import { TxStatus } from "./tx-status.tsx";
import { useTxAction } from "./use-tx-action.ts";
import { useWalletAccount } from "./wallet-context.tsx";

export function ExecutionPanel({
  proposal,
  now,
  connected,
  onConnect,
}: {
  proposal: ProposalData;
  now: number;
  connected: boolean;
  onConnect: () => void;
}) {
  const config = useConfig();
  const me = useWalletAccount();
  const kind = proposal.state === "SUCCEEDED" ? "queue" : "execute";
  const action = useTxAction((tx) => tx.kind === kind && tx.proposalId === proposal.id);
  const eta = proposal.eta ? Number(proposal.eta) : null;
  const ready = kind === "queue" || (eta !== null && now >= eta);
  const call = {
    id: proposal.id,
    targets: proposal.targets,
    values: proposal.values,
    calldatas: proposal.calldatas,
    description: proposal.description,
  };
  return (
    <section className="card wallet-panel" aria-labelledby="execution-title">
      <h2 id="execution-title">{kind === "queue" ? "Queue it in the timelock" : "Execute it"}</h2>
      <p className="note">
        {kind === "queue"
          ? "It passed. Anyone may queue it; the timelock then holds it for its delay before it can run."
          : ready
            ? "The timelock's delay has passed: anyone may execute it now."
            : `It can be executed ${eta ? `${formatRelative(eta, now)} (${formatAbsolute(eta)})` : "after the timelock's delay"}.`}
      </p>
      {connected && me ? (
        <button
          type="button"
          className="primary"
          disabled={!ready || action.busy}
          onClick={() =>
            action.run((r) => (kind === "queue" ? r.queue(call) : r.execute(call)), {
              kind,
              proposalId: proposal.id,
            })
          }
        >
          {kind === "queue" ? "Queue" : "Execute"}
        </button>
      ) : (
        <p>
          <button type="button" onClick={onConnect}>
            Connect a wallet to {kind}
          </button>
        </p>
      )}
      <TxStatus
        view={action.view}
        what={kind === "queue" ? "Queueing" : "Execution"}
        explorerUrl={config.explorerUrl}
        onCheckAgain={action.checkAgain}
      />
    </section>
  );
}
