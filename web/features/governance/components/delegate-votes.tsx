import { Link } from "react-router";
import { TxLink } from "../../../components/address.tsx";
import { formatCompact, formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { VOTE_COLOURS } from "../../../lib/palette.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import type { DelegateData } from "../api/delegate-query.ts";
import { CHOICE_LABELS, type Choice } from "../api/proposal-model.ts";
import { StateBadge } from "./state-badge.tsx";

export interface DelegateVotesProps {
  votes: DelegateData["votes"];
  native: AssetInfo;
  explorerUrl?: string;
  now: number;
  address: string;
}

/** The delegate's votes, newest first, with the reasons it gave. */
export function DelegateVotes({ votes, native, explorerUrl, now, address }: DelegateVotesProps) {
  const csv = () =>
    downloadCsv(
      `votes-${address}.csv`,
      toCsv(
        ["proposal", "title", "support", "weight", "reason", "time (UTC)", "transaction"],
        votes.map((v) => [
          v.proposal.id,
          v.proposal.title,
          CHOICE_LABELS[v.choice as Choice] ?? v.choice,
          formatExact(toBigInt(v.weight), native.decimals).replaceAll(",", ""),
          v.reason,
          new Date(Number(v.timestamp) * 1000).toISOString(),
          v.txHash,
        ]),
      ),
    );
  return (
    <section className="card" aria-labelledby="delegate-votes-title">
      <header className="card-head">
        <div>
          <h2 id="delegate-votes-title">How did it vote, and why?</h2>
          <p className="subtitle">
            {votes.length} {votes.length === 1 ? "vote" : "votes"} (Vote), weight in {native.symbol}
          </p>
        </div>
        <button type="button" onClick={csv} disabled={votes.length === 0}>
          CSV
        </button>
      </header>
      {votes.length === 0 ? (
        <p className="state-box">This address has not voted on any proposal.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Support</th>
                <th scope="col" className="num">
                  Weight
                </th>
                <th scope="col">Reason</th>
                <th scope="col">Time</th>
                <th scope="col">Transaction</th>
              </tr>
            </thead>
            <tbody>
              {votes.map((v) => (
                <tr key={v.id}>
                  <td style={{ whiteSpace: "normal", minWidth: "12rem" }}>
                    <StateBadge state={v.proposal.state} />
                    <Link to={`/governance/proposals/${v.proposal.id}`}>{v.proposal.title}</Link>
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
                    title={`${formatExact(toBigInt(v.weight), native.decimals)} ${native.symbol}`}
                  >
                    {formatCompact(toBigInt(v.weight), native.decimals)}
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
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
