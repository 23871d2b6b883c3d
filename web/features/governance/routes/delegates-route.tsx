import { useApolloClient } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { formatCompact, formatExact, ratio, toBigInt } from "../../../lib/amount.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useChainNow, useIndexingStatus } from "../../../lib/indexing-status.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { dayId } from "../../../lib/time-range.ts";
import { pick, useUrlParams } from "../../../lib/url-state.ts";
import { useNow } from "../../../lib/use-now.ts";
import { fullAddress, participation, powerChange } from "../api/delegates-model.ts";
import {
  DELEGATES_PAGE,
  DELEGATES_QUERY,
  type DelegateRow,
  delegatesAfter,
  useDelegates,
} from "../api/delegates-query.ts";
import {
  DELEGATE_SORTS,
  type DelegateSort,
  DelegatesTable,
  type DelegateView,
} from "../components/delegates-table.tsx";
import { GovernanceHeader } from "../components/governance-header.tsx";
import { useWalletAccount, WalletArea, WalletProvider } from "../wallet/wallet-area.tsx";
import "../governance.css";

/** `/governance/delegates` */
export function Route() {
  return (
    <WalletProvider>
      <DelegatesView />
    </WalletProvider>
  );
}

function DelegatesView() {
  const config = useConfig();
  const status = useIndexingStatus();
  const now = useChainNow(useNow());
  const native = assetOfKind(config, "native");
  const me = useWalletAccount();
  const [params, update] = useUrlParams();
  const [, setSearchParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const sort = pick<DelegateSort>(params.get("sort"), DELEGATE_SORTS, "power");
  const headDay = status.indexed ? dayId(status.indexed.timestamp) : null;
  const fromDay = (headDay ?? 0) - 6;
  const query = useDelegates(
    { where: delegatesAfter(null), first: DELEGATES_PAGE, fromDay },
    headDay === null,
  );
  const more = useMorePages(fromDay);
  const first = query.data?.accounts ?? [];
  const accounts = useMemo(() => [...first, ...more.pages.flat()], [first, more.pages]);
  const proposals = query.data?.proposals ?? [];
  const token = query.data?.token;
  const totalDelegated = token ? toBigInt(token.delegatedVotes) : 0n;
  const rows: DelegateView[] = useMemo(
    () =>
      accounts.map((a, i) => ({
        id: a.id,
        rank: i + 1,
        votingPower: toBigInt(a.votingPower),
        balance: toBigInt(a.balance),
        delegators: a.delegatorCount,
        selfDelegated: a.delegate?.id === a.id,
        participation: participation(a, proposals, now),
        change: powerChange(a.votingPower, a.votingPowerDays, fromDay),
      })),
    [accounts, proposals, now, fromDay],
  );
  const needle = search.trim().toLowerCase();
  const shown = sortDelegates(
    rows.filter((r) => r.id.includes(needle)),
    sort,
  );
  const lastPage = more.pages.at(-1) ?? first;
  const searchedAddress = fullAddress(search);
  const since = new Date(fromDay * 86_400_000).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

  return (
    <section className="page">
      <GovernanceHeader
        title="Delegates"
        lead="Who holds the voting power, and whether they use it."
        wallet={<WalletArea />}
      />
      {token && native ? (
        <p className="note">
          {formatCompact(totalDelegated, native.decimals)} {native.symbol} of voting power is
          delegated to {token.delegateCount} {token.delegateCount === 1 ? "delegate" : "delegates"}{" "}
          ({formatPercent(ratio(totalDelegated, toBigInt(token.totalSupply)))} of the supply of{" "}
          <span
            title={`${formatExact(toBigInt(token.totalSupply), native.decimals)} ${native.symbol}`}
          >
            {formatCompact(toBigInt(token.totalSupply), native.decimals)} {native.symbol}
          </span>
          ). Tokens count as votes only once delegated, to oneself or to someone else.
        </p>
      ) : null}
      <div className="filters">
        <label>
          Search{" "}
          <input
            type="search"
            value={search}
            placeholder="0x… address"
            onChange={(e) =>
              setSearchParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (e.target.value) next.set("q", e.target.value);
                  else next.delete("q");
                  return next;
                },
                { replace: true },
              )
            }
          />
        </label>
      </div>
      {headDay === null || query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 360 }}
          role="status"
          aria-label="Loading delegates"
        />
      ) : query.state === "error" ? (
        <div className="card state-box" role="alert">
          <p>Could not load the delegates: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : !native ? (
        <p className="card state-box">
          No native token is configured (VITE_NATIVE_ASSET), so voting power cannot be shown.
        </p>
      ) : rows.length === 0 ? (
        <p className="card state-box">
          Nobody holds voting power yet: holders get votes by delegating their tokens, to themselves
          or to someone else.
        </p>
      ) : shown.length === 0 ? (
        <p className="card state-box">
          No delegate with voting power matches “{search}”.{" "}
          {searchedAddress ? (
            <Link to={`/governance/delegates/${searchedAddress}`}>
              Open {searchedAddress} anyway
            </Link>
          ) : null}
        </p>
      ) : (
        <DelegatesTable
          rows={shown}
          totalDelegated={totalDelegated}
          native={native}
          contracts={config.contracts}
          sort={sort}
          onSort={(s) => update({ sort: s === "power" ? null : s })}
          changeWindow={`since ${since} 00:00 UTC`}
          me={me}
        />
      )}
      {lastPage.length >= DELEGATES_PAGE ? (
        <p>
          <button type="button" disabled={more.loading} onClick={() => more.load(lastPage.at(-1)!)}>
            {more.loading ? "Loading more delegates…" : "Show more delegates"}
          </button>
          {more.error ? <span role="alert"> Could not load them: {more.error}</span> : null}
        </p>
      ) : null}
    </section>
  );
}

function sortDelegates(rows: DelegateView[], sort: DelegateSort): DelegateView[] {
  const by: Record<DelegateSort, (a: DelegateView, b: DelegateView) => number> = {
    power: (a, b) => a.rank - b.rank,
    delegators: (a, b) => b.delegators - a.delegators,
    participation: (a, b) => (b.participation.fraction ?? -1) - (a.participation.fraction ?? -1),
    change: (a, b) =>
      b.change.delta > a.change.delta ? 1 : b.change.delta < a.change.delta ? -1 : 0,
  };
  return [...rows].sort((a, b) => by[sort](a, b) || a.rank - b.rank);
}

/** Later pages of the ranking, by cursor after the last row shown. */
function useMorePages(fromDay: number) {
  const client = useApolloClient();
  const [pages, setPages] = useState<DelegateRow[][]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = (last: DelegateRow) => {
    setLoading(true);
    setError(null);
    client
      .query({
        query: DELEGATES_QUERY,
        variables: { where: delegatesAfter(last), first: DELEGATES_PAGE, fromDay },
      })
      .then((result) => {
        if (result.data) setPages((current) => [...current, result.data!.accounts]);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLoading(false));
  };
  return { pages, loading, error, load };
}
