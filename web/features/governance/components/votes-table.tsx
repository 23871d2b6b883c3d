import { Link } from "react-router";
import { nameOf, shortAddress, TxLink } from "../../../components/address.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatCompact, formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { VOTE_COLOURS } from "../../../lib/palette.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { CHOICE_LABELS, CHOICES, type Choice } from "../api/proposal-model.ts";
import {
  filterVotes,
  VOTES_CSV_HEADER,
  type VoteFilter,
  type VoteSort,
  type VoteView,
  votesCsvRows,
} from "../api/votes-model.ts";

export interface VotesTableProps {
  votes: VoteView[];
  filter: VoteFilter;
  onFilter: (next: Partial<VoteFilter>) => void;
  native: AssetInfo;
  contracts: Record<string, string>;
  explorerUrl?: string;
  now: number;
  query: QueryState;
  csvName: string;
  /** the connected wallet's address, to point out its own vote */
  me?: string | null;
}

/** Every vote: who, how, with what weight and why; sortable, filterable, exportable. */
export function VotesTable(props: VotesTableProps) {
  const { votes, filter, onFilter, native, contracts, explorerUrl, now, query, csvName, me } =
    props;
  const rows = filterVotes(votes, filter);
  const sortButton = (key: VoteSort, label: string) => {
    const active = filter.sort === key;
    return (
      <th
        scope="col"
        className={key === "weight" ? "num" : undefined}
        aria-sort={active ? (filter.descending ? "descending" : "ascending") : "none"}
      >
        <button
          type="button"
          onClick={() => onFilter({ sort: key, descending: active ? !filter.descending : true })}
        >
          {label}
          {active ? (filter.descending ? " ↓" : " ↑") : ""}
        </button>
      </th>
    );
  };
  return (
    <section className="card" aria-labelledby="votes-title">
      <header className="card-head">
        <div>
          <h2 id="votes-title">Who voted, how and why?</h2>
          <p className="subtitle">
            {rows.length} of {votes.length} votes (Vote entities), weight in {native.symbol} at the
            snapshot
          </p>
        </div>
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() =>
            downloadCsv(csvName, toCsv(VOTES_CSV_HEADER, votesCsvRows(rows, native.decimals)))
          }
        >
          CSV
        </button>
      </header>
      <div className="filters" style={{ margin: "0.6rem 0" }}>
        <fieldset className="segmented">
          <legend>Support</legend>
          <label>
            <input
              type="radio"
              name="vote-support"
              checked={filter.support === null}
              onChange={() => onFilter({ support: null })}
            />
            <span>All</span>
          </label>
          {CHOICES.map((c) => (
            <label key={c}>
              <input
                type="radio"
                name="vote-support"
                checked={filter.support === c}
                onChange={() => onFilter({ support: c })}
              />
              <span>{CHOICE_LABELS[c]}</span>
            </label>
          ))}
        </fieldset>
        <label>
          Voter{" "}
          <input
            type="search"
            value={filter.voter}
            placeholder="0x… address"
            onChange={(e) => onFilter({ voter: e.target.value })}
          />
        </label>
      </div>
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 200 }}
          role="status"
          aria-label="Loading votes"
        />
      ) : votes.length === 0 ? (
        <p className="state-box">No vote has been cast on this proposal yet.</p>
      ) : rows.length === 0 ? (
        <p className="state-box">No vote matches these filters.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Voter</th>
                <th scope="col">Support</th>
                {sortButton("weight", `Weight (${native.symbol})`)}
                <th scope="col">Reason</th>
                {sortButton("time", "Time")}
                <th scope="col">Transaction</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => {
                const weight = toBigInt(v.weight);
                return (
                  <tr key={v.id} aria-current={me && v.voter.id === me ? "true" : undefined}>
                    <td>
                      <Link to={`/governance/delegates/${v.voter.id}`} title={v.voter.id}>
                        {nameOf(v.voter.id, contracts) ?? shortAddress(v.voter.id)}
                      </Link>
                      {me && v.voter.id === me ? <strong> (you)</strong> : null}
                    </td>
                    <td>
                      <span
                        className="swatch"
                        style={{ background: VOTE_COLOURS[v.choice as Choice] }}
                        aria-hidden="true"
                      />
                      {CHOICE_LABELS[v.choice as Choice] ?? v.choice}
                    </td>
                    <td
                      className="num"
                      title={`${formatExact(weight, native.decimals)} ${native.symbol}`}
                    >
                      {formatCompact(weight, native.decimals)}
                    </td>
                    <td style={{ whiteSpace: "normal", minWidth: "12rem" }}>
                      {v.reason || <span className="muted">—</span>}
                    </td>
                    <td title={formatAbsolute(Number(v.timestamp))}>
                      {formatRelative(Number(v.timestamp), now)}
                    </td>
                    <td>
                      <TxLink hash={v.txHash} explorerUrl={explorerUrl} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
