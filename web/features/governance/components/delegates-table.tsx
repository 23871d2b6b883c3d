import { Link } from "react-router";
import { nameOf, shortAddress } from "../../../components/address.tsx";
import { formatCompact, formatExact, ratio } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { formatPercent, formatSignedPercent } from "../../../lib/percent.ts";
import type { Participation, PowerChange } from "../api/delegates-model.ts";
import { PARTICIPATION_FORMULA } from "../api/delegates-model.ts";

export interface DelegateView {
  id: string;
  rank: number;
  votingPower: bigint;
  balance: bigint;
  delegators: number;
  selfDelegated: boolean;
  participation: Participation;
  change: PowerChange;
}

export const DELEGATE_SORTS = ["power", "delegators", "participation", "change"] as const;
export type DelegateSort = (typeof DELEGATE_SORTS)[number];

export interface DelegatesTableProps {
  rows: DelegateView[];
  totalDelegated: bigint;
  native: AssetInfo;
  contracts: Record<string, string>;
  sort: DelegateSort;
  onSort: (sort: DelegateSort) => void;
  /** e.g. "since 12 Jan 00:00 UTC" */
  changeWindow: string;
  me?: string | null;
}

/** Delegates ranked by voting power, with what they do with it. */
export function DelegatesTable(props: DelegatesTableProps) {
  const { rows, totalDelegated, native, contracts, sort, onSort, changeWindow, me } = props;
  const d = native.decimals;
  const header = (key: DelegateSort | null, label: string, numeric = true) => (
    <th
      scope="col"
      className={numeric ? "num" : undefined}
      aria-sort={key === null ? undefined : sort === key ? "descending" : "none"}
    >
      {key === null ? (
        label
      ) : (
        <button type="button" onClick={() => onSort(key)}>
          {label}
          {sort === key ? " ↓" : ""}
        </button>
      )}
    </th>
  );
  const csv = () =>
    downloadCsv(
      "delegates.csv",
      toCsv(
        [
          "rank",
          "delegate",
          `voting power (${native.symbol})`,
          "share of delegated votes",
          "delegators",
          "votes cast",
          "proposals since first power",
          `change ${changeWindow} (${native.symbol})`,
        ],
        rows.map((r) => [
          r.rank,
          r.id,
          formatExact(r.votingPower, d).replaceAll(",", ""),
          ratio(r.votingPower, totalDelegated).toFixed(6),
          r.delegators,
          r.participation.votes,
          r.participation.eligible,
          formatExact(r.change.delta, d).replaceAll(",", ""),
        ]),
      ),
    );
  return (
    <section className="card" aria-labelledby="delegates-title">
      <header className="card-head">
        <div>
          <h2 id="delegates-title">Who holds the votes?</h2>
          <p className="subtitle">
            Delegates with voting power (Account, VotingPowerDay), in {native.symbol}; change{" "}
            {changeWindow}
          </p>
        </div>
        <button type="button" onClick={csv} disabled={rows.length === 0}>
          CSV
        </button>
      </header>
      <details className="formula">
        <summary>How is participation counted?</summary>
        <p>{PARTICIPATION_FORMULA}</p>
      </details>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {header(null, "#")}
              {header(null, "Delegate", false)}
              {header("power", "Voting power")}
              {header(null, "Share")}
              {header("delegators", "Delegators")}
              {header("participation", "Participation")}
              {header("change", "7 d change")}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const p = r.participation;
              return (
                <tr key={r.id} aria-current={me === r.id ? "true" : undefined}>
                  <td className="num">{r.rank}</td>
                  <td>
                    <Link to={`/governance/delegates/${r.id}`} title={r.id}>
                      {nameOf(r.id, contracts) ?? shortAddress(r.id)}
                    </Link>
                    {me === r.id ? <strong> (you)</strong> : null}
                  </td>
                  <td className="num" title={`${formatExact(r.votingPower, d)} ${native.symbol}`}>
                    {formatCompact(r.votingPower, d)}
                  </td>
                  <td className="num">{formatPercent(ratio(r.votingPower, totalDelegated))}</td>
                  <td
                    className="num"
                    title={r.selfDelegated ? "itself included: it delegates to itself" : undefined}
                  >
                    {r.delegators}
                  </td>
                  <td className="num" title={`${p.votes} votes of ${p.eligible} proposals`}>
                    {p.fraction === null
                      ? "no proposal yet"
                      : `${formatPercent(p.fraction, 0)} (${p.votes}/${p.eligible})`}
                  </td>
                  <td
                    className="num"
                    title={`${formatExact(r.change.before, d)} → ${formatExact(r.change.now, d)} ${native.symbol}`}
                  >
                    {r.change.delta === 0n
                      ? "unchanged"
                      : `${r.change.delta > 0n ? "+" : "−"}${formatCompact(r.change.delta < 0n ? -r.change.delta : r.change.delta, d)} (${formatSignedPercent(r.change.fraction)})`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
