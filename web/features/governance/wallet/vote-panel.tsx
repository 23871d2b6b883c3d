// The holder's side of a proposal: their voting power at the snapshot (and why it is zero
// when it is), their vote if they cast one, the vote form, and queue / execute once the
// vote is decided. Every wallet step shows its state; a failure keeps what was typed.
import { useCallback, useEffect, useState } from "react";
import { TxLink } from "../../../components/address.tsx";
import { DemoNote } from "../../../components/demo-note.tsx";
import { formatCompact, formatExact, toBigInt } from "../../../lib/amount.ts";
import { type AssetInfo, assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { useStoredState } from "../../../lib/use-stored-state.ts";
import { CHOICE_LABELS, CHOICES, type Choice, SUPPORT_OF } from "../api/proposal-model.ts";
import type { ProposalData } from "../api/proposal-query.ts";
import type { VoteRow } from "../api/proposal-votes-query.ts";
import { ExecutionPanel } from "./execution-panel.tsx";
import { TxStatus } from "./tx-status.tsx";
import { useTxAction } from "./use-tx-action.ts";
import { connectOrChoose, useWallet, useWalletAccount } from "./wallet-context.tsx";
import type { PowerReport } from "./wallet-types.ts";
import { ZeroPowerReason } from "./zero-power-reason.tsx";

export interface ProposalWalletPanelProps {
  proposal: ProposalData;
  votes: VoteRow[];
  /** the chain's clock (indexed head), unix seconds */
  now: number;
}

interface Draft {
  choice: Choice | null;
  reason: string;
}

const parseDraft = (raw: string | null): Draft => {
  try {
    const d = JSON.parse(raw ?? "null") as Partial<Draft> | null;
    return {
      choice: CHOICES.includes(d?.choice as Choice) ? (d?.choice as Choice) : null,
      reason: typeof d?.reason === "string" ? d.reason : "",
    };
  } catch {
    return { choice: null, reason: "" };
  }
};

export function ProposalWalletPanel({ proposal, votes, now }: ProposalWalletPanelProps) {
  const config = useConfig();
  const native = assetOfKind(config, "native");
  const { runtime, state, load, setChoosing, loading } = useWallet();
  const me = useWalletAccount();
  if (!native) return null;
  if (config.demo) {
    return (
      <section className="card wallet-panel" aria-labelledby="your-vote-title">
        <h2 id="your-vote-title">Your vote</h2>
        <DemoNote />
      </section>
    );
  }
  const connect = async () => {
    await connectOrChoose(load, setChoosing);
  };
  const wrongChain = runtime && state.chainId !== null && state.chainId !== runtime.chain.id;
  return (
    <>
      <section className="card wallet-panel" aria-labelledby="your-vote-title">
        <h2 id="your-vote-title">Your vote</h2>
        {!runtime || !me ? (
          <>
            <SentFromHere proposalId={proposal.id} />
            <p className="note">
              Connect a wallet to see your voting power at this proposal's snapshot and to vote.
            </p>
            <p>
              <button type="button" className="primary" onClick={connect} disabled={loading}>
                {loading ? "Loading wallet…" : "Connect wallet"}
              </button>
            </p>
          </>
        ) : wrongChain ? (
          <p className="tx-status banner-warn" role="alert">
            Your wallet is on chain {state.chainId}; this proposal is on {runtime.chain.name} (
            {runtime.chain.id}). Switch networks (above) to vote.
          </p>
        ) : (
          <VoteForm proposal={proposal} votes={votes} now={now} me={me} native={native} />
        )}
      </section>
      {proposal.state === "SUCCEEDED" || proposal.state === "QUEUED" ? (
        <ExecutionPanel
          proposal={proposal}
          now={now}
          connected={Boolean(runtime && me && !wrongChain)}
          onConnect={connect}
        />
      ) : null}
    </>
  );
}

/** A vote sent from this browser is followed to "indexed" even before a wallet reconnects. */
function SentFromHere({ proposalId }: { proposalId: string }) {
  const config = useConfig();
  const action = useTxAction((tx) => tx.kind === "vote" && tx.proposalId === proposalId);
  return (
    <TxStatus
      view={action.view}
      what="The vote sent from this browser"
      explorerUrl={config.explorerUrl}
      onCheckAgain={action.checkAgain}
    />
  );
}

function VoteForm({
  proposal,
  votes,
  now,
  me,
  native,
}: {
  proposal: ProposalData;
  votes: VoteRow[];
  now: number;
  me: string;
  native: AssetInfo;
}) {
  const config = useConfig();
  const { runtime } = useWallet();
  const [draft, setDraft] = useStoredState(`watershed:vote-draft:${proposal.id}`, parseDraft);
  const action = useTxAction(
    (tx) => tx.kind === "vote" && tx.proposalId === proposal.id && tx.account === me,
  );
  const [power, setPower] = useState<{ data: PowerReport | null; error: string | null }>({
    data: null,
    error: null,
  });
  const [readKey, setReadKey] = useState(0);
  const reread = useCallback(() => setReadKey((k) => k + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: readKey asks for a new read
  useEffect(() => {
    if (!runtime) return;
    let alive = true;
    setPower((p) => ({ data: p.data, error: null }));
    runtime
      .powerAt(proposal, me)
      .then((data) => alive && setPower({ data, error: null }))
      .catch(
        (e: unknown) => alive && setPower({ data: null, error: runtime.describeError(e).message }),
      );
    return () => {
      alive = false;
    };
  }, [runtime, proposal.id, proposal.voteStart, me, readKey]);
  // an "already voted" refusal means the chain knows a vote this page has not read yet
  const refusedAsVoted =
    action.view.phase === "error" && action.view.error.errorName === "GovernorAlreadyCastVote";
  useEffect(() => {
    if (refusedAsVoted) reread();
  }, [refusedAsVoted, reread]);
  // once indexed, the vote is in the table: the draft has done its job
  useEffect(() => {
    if (action.view.phase === "indexed") setDraft({ choice: null, reason: "" });
  }, [action.view.phase, setDraft]);

  const d = native.decimals;
  const amount = (v: bigint) => (
    <span title={`${formatExact(v, d)} ${native.symbol}`}>
      {formatCompact(v, d)} {native.symbol}
    </span>
  );
  const mine = votes.find((v) => v.voter.id === me);
  const status = (
    <TxStatus
      view={action.view}
      what="Your vote"
      explorerUrl={config.explorerUrl}
      onCheckAgain={action.checkAgain}
    />
  );
  if (mine) {
    return (
      <>
        <p>
          You voted <strong>{CHOICE_LABELS[mine.choice as Choice] ?? mine.choice}</strong> with{" "}
          {amount(toBigInt(mine.weight))}{" "}
          <span title={formatAbsolute(Number(mine.timestamp))}>
            {formatRelative(Number(mine.timestamp), now)}
          </span>{" "}
          · <TxLink hash={mine.txHash} explorerUrl={config.explorerUrl} />
        </p>
        {mine.reason ? <blockquote style={{ margin: 0 }}>“{mine.reason}”</blockquote> : null}
        {status}
      </>
    );
  }
  if (power.error) {
    return (
      <>
        <p className="tx-status error" role="alert">
          Could not read your voting power: {power.error}{" "}
          <button type="button" className="link-button" onClick={reread}>
            Retry
          </button>
        </p>
        {status}
      </>
    );
  }
  const p = power.data;
  if (!p) {
    return (
      <div
        className="skeleton"
        style={{ height: 120 }}
        role="status"
        aria-label="Reading your voting power"
      />
    );
  }
  if (p.hasVoted) {
    return (
      <>
        <p role="status">
          This account has already voted on this proposal; the subgraph has not indexed the vote
          yet, and it will appear here and in the table when it has.
        </p>
        {status}
      </>
    );
  }
  const snapshotDate = formatAbsolute(p.snapshot);
  const open = proposal.state === "ACTIVE" && now <= Number(proposal.voteEnd);
  const pendingProposal = proposal.state === "PENDING";
  const zero = p.atSnapshot === 0n || (pendingProposal && p.current === 0n);
  const why = zero ? (
    <ZeroPowerReason
      p={p}
      me={me}
      amount={amount}
      pendingProposal={pendingProposal}
      onDelegated={reread}
    />
  ) : null;
  if (!open) {
    return (
      <>
        <p role="status">
          {pendingProposal ? (
            <>
              Voting opens {formatRelative(Number(proposal.voteStart), now)} (
              {formatAbsolute(Number(proposal.voteStart))}); the power you hold then counts. Now:{" "}
              {amount(p.current)}.
            </>
          ) : (
            <>
              Voting {Number(proposal.voteEnd) < now ? "closed" : "is not open"}: this proposal is{" "}
              {proposal.state.toLowerCase()}
              {p.atSnapshot !== null ? (
                <>. Your power at its snapshot was {amount(p.atSnapshot)}</>
              ) : null}
              .
            </>
          )}
        </p>
        {why}
        {status}
      </>
    );
  }
  const weight = p.atSnapshot ?? 0n;
  return (
    <>
      <p>
        Your voting power for this proposal: <strong>{amount(weight)}</strong>{" "}
        <span className="muted">(at its snapshot, {snapshotDate})</span>
      </p>
      {why}
      {weight > 0n ? (
        <form
          className="wallet-panel"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.choice) return;
            const choice = draft.choice;
            void action.run((r) => r.castVote(proposal.id, SUPPORT_OF[choice], draft.reason), {
              kind: "vote",
              proposalId: proposal.id,
              choice,
              reason: draft.reason,
            });
          }}
        >
          <fieldset className="choices" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="visually-hidden">Your choice</legend>
            {CHOICES.map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={draft.choice === c}
                onClick={() => setDraft({ ...draft, choice: c })}
              >
                {CHOICE_LABELS[c]}
              </button>
            ))}
          </fieldset>
          <label>
            Reason (optional, public and permanent)
            <textarea
              className="reason-input"
              value={draft.reason}
              maxLength={2000}
              onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
            />
          </label>
          <button type="submit" className="primary" disabled={!draft.choice || action.busy}>
            {draft.choice
              ? `Vote ${CHOICE_LABELS[draft.choice]} with ${formatCompact(weight, d)} ${native.symbol}`
              : "Choose For, Against or Abstain"}
          </button>
        </form>
      ) : null}
      {status}
    </>
  );
}
