import { useApolloClient } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useChainNow } from "../../../lib/indexing-status.ts";
import { pick, useUrlParams } from "../../../lib/url-state.ts";
import { useNow } from "../../../lib/use-now.ts";
import { PROPOSAL_STATES, type ProposalState } from "../api/proposal-model.ts";
import {
  matches,
  mergePages,
  type ProposalSort,
  SORTS,
  sortProposals,
  stateCounts,
} from "../api/proposals-model.ts";
import {
  NEWEST,
  PAGE_SIZE,
  PROPOSALS_QUERY,
  type ProposalRow,
  useProposals,
} from "../api/proposals-query.ts";
import { GovernanceHeader } from "../components/governance-header.tsx";
import { ProposalFilters } from "../components/proposal-filters.tsx";
import { ProposalList } from "../components/proposal-list.tsx";
import { useWalletVotes, WalletArea, WalletProvider } from "../wallet/wallet-area.tsx";
import "../governance.css";

/** `/governance`, and `/governance?proposal=<id>` (older links) sent on to the proposal. */
export function Route() {
  const [params] = useSearchParams();
  const legacy = params.get("proposal");
  if (legacy && /^\d+$/.test(legacy)) {
    return <Navigate to={`/governance/proposals/${legacy}`} replace />;
  }
  return (
    <WalletProvider>
      <ProposalsView />
    </WalletProvider>
  );
}

function ProposalsView() {
  const config = useConfig();
  const now = useChainNow(useNow());
  const native = assetOfKind(config, "native");
  const [params, update] = useUrlParams();
  const [, setSearchParams] = useSearchParams();
  const rawState = params.get("state") as ProposalState | null;
  const state = rawState && PROPOSAL_STATES.includes(rawState) ? rawState : null;
  const search = params.get("q") ?? "";
  const sort = pick<ProposalSort>(params.get("sort"), SORTS, "newest");
  const query = useProposals(NEWEST);
  const older = useOlderPages();
  const myVotes = useWalletVotes();

  const all = useMemo(
    () => mergePages([query.data?.proposals ?? [], ...older.pages]),
    [query.data, older.pages],
  );
  const counts = stateCounts(all);
  const shown = sortProposals(
    all.filter((p) => (state === null || p.state === state) && matches(p, search)),
    sort,
    now,
  );
  const total = query.data?.governance?.proposals;
  const lastPage = older.pages.at(-1) ?? query.data?.proposals ?? [];
  const mayHaveMore =
    lastPage.length >= PAGE_SIZE && (total === undefined || all.length < Number(total));

  return (
    <section className="page">
      <GovernanceHeader
        title="Governance"
        lead="What is up for a vote, what it changes, and whether your vote counted."
        wallet={<WalletArea />}
      />
      <p className="propose-entry">
        <Link to="/governance/propose" className="button-link">
          Propose a parameter change
        </Link>{" "}
        <span className="note">Guided: pick parameters, see old → new, then submit.</span>
      </p>
      <ProposalFilters
        state={state}
        counts={counts}
        total={all.length}
        search={search}
        sort={sort}
        onState={(s) => update({ state: s })}
        onSearch={(text) =>
          setSearchParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (text) next.set("q", text);
              else next.delete("q");
              return next;
            },
            { replace: true },
          )
        }
        onSort={(s) => update({ sort: s === "newest" ? null : s })}
      />
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 320 }}
          role="status"
          aria-label="Loading proposals"
        />
      ) : query.state === "error" ? (
        <div className="card state-box" role="alert">
          <p>Could not load the proposals: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : !native ? (
        <p className="card state-box">
          No native token is configured (VITE_NATIVE_ASSET), so votes cannot be shown in tokens.
        </p>
      ) : all.length === 0 ? (
        <p className="card state-box">
          {query.data?.governance?.active
            ? "No proposal has been made yet. Once a holder with enough voting power proposes a change, it appears here."
            : "Governance is not active yet: the governor takes over the parameters once enough of the supply is distributed, and proposals appear here from then on."}
        </p>
      ) : shown.length === 0 ? (
        <p className="card state-box">
          No proposal matches {state ? `the state “${state.toLowerCase()}”` : "these filters"}
          {search ? ` and “${search}”` : ""}.{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => update({ state: null, q: null })}
          >
            Show all proposals
          </button>
        </p>
      ) : (
        <ProposalList
          rows={shown}
          native={native}
          contracts={config.contracts}
          explorerUrl={config.explorerUrl}
          now={now}
          myVotes={myVotes}
        />
      )}
      {query.error && query.state === "ready" ? (
        <p className="refresh-failed" role="status">
          Refresh failed ({query.error}); showing the proposals received earlier.{" "}
          <button type="button" className="link-button" onClick={query.retry}>
            Retry
          </button>
        </p>
      ) : null}
      {mayHaveMore ? (
        <p>
          <button
            type="button"
            disabled={older.loading}
            onClick={() => older.load(lastPage.at(-1)?.createdAt ?? NEWEST)}
          >
            {older.loading ? "Loading older proposals…" : "Load older proposals"}
          </button>
          {older.error ? <span role="alert"> Could not load them: {older.error}</span> : null}
        </p>
      ) : null}
    </section>
  );
}

/** Pages before the first, by cursor (the oldest createdAt shown), fetched on request. */
function useOlderPages() {
  const client = useApolloClient();
  const [pages, setPages] = useState<ProposalRow[][]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = (before: string) => {
    setLoading(true);
    setError(null);
    client
      .query({ query: PROPOSALS_QUERY, variables: { before } })
      .then((result) => {
        if (result.data) setPages((current) => [...current, result.data!.proposals]);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLoading(false));
  };
  return { pages, loading, error, load };
}
