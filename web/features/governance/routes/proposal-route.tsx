import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { Address, TxLink } from "../../../components/address.tsx";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useChainNow } from "../../../lib/indexing-status.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { useUrlParams } from "../../../lib/url-state.ts";
import { useNow } from "../../../lib/use-now.ts";
import { decodeActions } from "../api/actions-model.ts";
import {
  CHOICES,
  type Choice,
  cumulativeVotes,
  nextStep,
  talliesOf,
  timeline,
} from "../api/proposal-model.ts";
import { useProposal } from "../api/use-proposal.ts";
import { VOTE_SORTS, type VoteFilter, type VoteSort } from "../api/votes-model.ts";
import { GovernanceHeader } from "../components/governance-header.tsx";
import { ProposalActions } from "../components/proposal-actions.tsx";
import { ProposalDescription } from "../components/proposal-description.tsx";
import { ProposalTimeline } from "../components/proposal-timeline.tsx";
import { StateBadge, shortProposalId } from "../components/state-badge.tsx";
import { TallyCard } from "../components/tally-card.tsx";
import { VotesChart } from "../components/votes-chart.tsx";
import { VotesTable } from "../components/votes-table.tsx";
import { ProposalImpact } from "../impact/proposal-impact.tsx";
import {
  ProposalWalletPanel,
  useWalletAccount,
  WalletArea,
  WalletProvider,
} from "../wallet/wallet-area.tsx";
import "../governance.css";

/** `/governance/proposals/:id` */
export function Route() {
  return (
    <WalletProvider>
      <ProposalView />
    </WalletProvider>
  );
}

function ProposalView() {
  const { id = "" } = useParams();
  const config = useConfig();
  const now = useChainNow(useNow());
  const native = assetOfKind(config, "native");
  const stable = assetOfKind(config, "stable");
  const { query, votes } = useProposal(id);
  const [params, update] = useUrlParams();
  const me = useWalletAccount();
  const proposal = query.data?.proposal;
  const framework = query.data?.governanceFrameworks[0];
  const filter: VoteFilter = {
    support: CHOICES.includes(params.get("support") as Choice)
      ? (params.get("support") as Choice)
      : null,
    voter: params.get("voter") ?? "",
    sort: VOTE_SORTS.includes(params.get("vsort") as VoteSort)
      ? (params.get("vsort") as VoteSort)
      : "weight",
    descending: params.get("vdir") !== "asc",
  };
  const actions = useMemo(
    () =>
      proposal
        ? decodeActions(
            proposal.actions,
            config,
            proposal.parameterChanges,
            query.data?.parameters ?? [],
            proposal.state === "EXECUTED",
          )
        : [],
    [proposal, config, query.data?.parameters],
  );
  const points = useMemo(
    () =>
      proposal
        ? cumulativeVotes(
            votes,
            Number(proposal.voteStart),
            Math.min(now, Number(proposal.voteEnd)),
          )
        : [],
    [proposal, votes, now],
  );

  const header = (title: string) => (
    <GovernanceHeader
      title={title}
      lead={
        <Link to="/governance" className="note">
          ← All proposals
        </Link>
      }
      wallet={<WalletArea />}
    />
  );
  if (!/^\d+$/.test(id)) {
    return (
      <section className="page">
        {header("Proposal not found")}
        <p className="card state-box">“{id}” is not a proposal id: ids are decimal numbers.</p>
      </section>
    );
  }
  if (query.state === "loading") {
    return (
      <section className="page">
        {header("Proposal")}
        <div
          className="skeleton"
          style={{ height: 420 }}
          role="status"
          aria-label="Loading the proposal"
        />
      </section>
    );
  }
  if (query.state === "error" && !proposal) {
    return (
      <section className="page">
        {header("Proposal")}
        <div className="card state-box" role="alert">
          <p>Could not load the proposal: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      </section>
    );
  }
  if (!proposal) {
    return (
      <section className="page">
        {header("Proposal not found")}
        <p className="card state-box">
          No proposal {shortProposalId(id)} is indexed. It may be too new for the subgraph (see the
          indexed block above), or the link is wrong.
        </p>
      </section>
    );
  }
  if (!native) {
    return (
      <section className="page">
        {header(proposal.title)}
        <p className="card state-box">
          No native token is configured (VITE_NATIVE_ASSET), so votes cannot be shown in tokens.
        </p>
      </section>
    );
  }
  const tallies = talliesOf(proposal);
  const steps = timeline(proposal, now);
  const next = nextStep(proposal, now, framework ? Number(framework.timelockDelay) : null);
  return (
    <section className="page">
      {header(proposal.title || "(untitled proposal)")}
      <p className="proposal-meta">
        <StateBadge state={proposal.state} />
        <span title={proposal.id}>Proposal #{shortProposalId(proposal.id)}</span> · by{" "}
        <Address
          address={proposal.proposer.id}
          known={config.contracts}
          explorerUrl={config.explorerUrl}
        />{" "}
        ·{" "}
        <span title={formatAbsolute(Number(proposal.createdAt))}>
          {formatRelative(Number(proposal.createdAt), now)}
        </span>{" "}
        · <TxLink hash={proposal.createdTxHash} explorerUrl={config.explorerUrl} />
      </p>
      {query.error ? (
        <p className="refresh-failed" role="status">
          Refresh failed ({query.error}); showing what was received earlier.{" "}
          <button type="button" className="link-button" onClick={query.retry}>
            Retry
          </button>
        </p>
      ) : null}
      <div className="proposal-grid">
        <div className="proposal-side">
          <TallyCard tallies={tallies} voterCount={proposal.voterCount} native={native} />
          <ProposalActions
            actions={actions}
            contracts={config.contracts}
            native={native}
            stable={stable}
            explorerUrl={config.explorerUrl}
            executed={proposal.state === "EXECUTED"}
          />
          <section className="card" aria-labelledby="description-title">
            <h2 id="description-title">Description</h2>
            <p className="subtitle">As the proposer wrote it</p>
            <ProposalDescription text={proposal.description} />
          </section>
        </div>
        <div className="proposal-side">
          <ProposalWalletPanel proposal={proposal} votes={votes} now={now} />
          <ProposalTimeline steps={steps} next={next} now={now} explorerUrl={config.explorerUrl} />
        </div>
      </div>
      {/* after the page's first paint: the preview runs its own request and a worker */}
      <ProposalImpact proposal={proposal} actions={actions} native={native} />
      <VotesChart
        points={points}
        quorum={tallies.quorum}
        native={native}
        query={query}
        window={{ from: Number(proposal.voteStart), to: Number(proposal.voteEnd) }}
      />
      <VotesTable
        votes={votes}
        filter={filter}
        onFilter={(f) =>
          update({
            ...(f.support !== undefined ? { support: f.support } : {}),
            ...(f.voter !== undefined ? { voter: f.voter } : {}),
            ...(f.sort !== undefined ? { vsort: f.sort === "weight" ? null : f.sort } : {}),
            ...(f.descending !== undefined ? { vdir: f.descending ? null : "asc" } : {}),
          })
        }
        native={native}
        contracts={config.contracts}
        explorerUrl={config.explorerUrl}
        now={now}
        query={query}
        csvName={`votes-${shortProposalId(proposal.id).replace("…", "-")}.csv`}
        me={me}
      />
    </section>
  );
}
