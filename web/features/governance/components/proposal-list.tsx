import { Link } from "react-router";
import { Address } from "../../../components/address.tsx";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatAbsolute, formatDuration, formatRelative } from "../../../lib/relative-time.ts";
import { CHOICE_LABELS, quorumProgress, talliesOf } from "../api/proposal-model.ts";
import type { ProposalRow } from "../api/proposals-query.ts";
import { QuorumBar } from "./quorum-bar.tsx";
import { StateBadge, shortProposalId } from "./state-badge.tsx";

export interface ProposalListProps {
  rows: ProposalRow[];
  native: AssetInfo;
  contracts: Record<string, string>;
  explorerUrl?: string;
  /** the chain's clock (the indexed head), unix seconds */
  now: number;
  /** proposal id → the connected wallet's choice; undefined without a wallet */
  myVotes?: Map<string, string>;
}

export function ProposalList({
  rows,
  native,
  contracts,
  explorerUrl,
  now,
  myVotes,
}: ProposalListProps) {
  return (
    <ol className="proposal-list" aria-label="Proposals">
      {rows.map((p) => {
        const open = p.state === "ACTIVE";
        const mine = myVotes?.get(p.id);
        const t = talliesOf(p);
        return (
          <li key={p.id} className="card proposal-row">
            <div>
              <h2>
                <StateBadge state={p.state} />
                <Link to={`/governance/proposals/${p.id}`}>{p.title || "(untitled)"}</Link>
              </h2>
              <p className="proposal-meta">
                <span title={p.id}>#{shortProposalId(p.id)}</span> · by{" "}
                <Address address={p.proposer.id} known={contracts} explorerUrl={explorerUrl} /> ·{" "}
                <span title={formatAbsolute(Number(p.createdAt))}>
                  created {formatRelative(Number(p.createdAt), now)}
                </span>
                {myVotes && open && !mine ? (
                  <span className="badge badge-todo" style={{ marginLeft: "0.4rem" }}>
                    You have not voted
                  </span>
                ) : null}
                {mine ? (
                  <span className="badge" style={{ marginLeft: "0.4rem" }}>
                    You voted {CHOICE_LABELS[mine as keyof typeof CHOICE_LABELS] ?? mine}
                  </span>
                ) : null}
              </p>
            </div>
            <div>
              {open ? (
                <>
                  <QuorumBar
                    progress={quorumProgress(t)}
                    decimals={native.decimals}
                    symbol={native.symbol}
                  />
                  <p className="quorum-caption" title={formatAbsolute(Number(p.voteEnd))}>
                    {Number(p.voteEnd) > now
                      ? `${formatDuration(Number(p.voteEnd) - now)} left to vote`
                      : "Voting has closed; the state follows with the next block"}
                  </p>
                </>
              ) : p.state === "PENDING" ? (
                <p className="quorum-caption" title={formatAbsolute(Number(p.voteStart))}>
                  Voting opens {formatRelative(Number(p.voteStart), now)}
                </p>
              ) : (
                <p
                  className="quorum-caption"
                  title={`For ${formatExact(t.forVotes, native.decimals)} · Against ${formatExact(t.againstVotes, native.decimals)} · Abstain ${formatExact(t.abstainVotes, native.decimals)} ${native.symbol}`}
                >
                  For {formatCompact(t.forVotes, native.decimals)} · Against{" "}
                  {formatCompact(t.againstVotes, native.decimals)} · Abstain{" "}
                  {formatCompact(t.abstainVotes, native.decimals)} {native.symbol} · {p.voterCount}{" "}
                  {p.voterCount === 1 ? "voter" : "voters"}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
