// One parameter: its value now, what the contract accepts, the changes to come and the
// changes so far, each linked to its proposal and its transaction.
import { Link } from "react-router";
import { TxLink } from "../../../components/address.tsx";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import {
  laterChanges,
  type ParameterChangePoint,
  type ParameterRow,
  unchangedSinceDeployment,
} from "../api/parameters-model.ts";

export interface ParameterFacts {
  name: string;
  description: string;
  value: string;
  raw: string;
  range: string;
  /** e.g. "Fee split: with … must sum to 100.00 %" */
  group: string | null;
}

export interface ParametersDetailProps {
  row: ParameterRow;
  facts: ParameterFacts;
  format: (value: bigint) => string;
  now: number;
  explorerUrl?: string;
}

const When = ({ t, now }: { t: number; now: number }) => (
  <time dateTime={new Date(t * 1000).toISOString()} title={formatAbsolute(t)}>
    {formatAbsolute(t)} ({formatRelative(t, now)})
  </time>
);

export function ParametersDetail({ row, facts, format, now, explorerUrl }: ParametersDetailProps) {
  const deployed = row.changes.find((c) => c.initial);
  const later = laterChanges(row).reverse();
  return (
    <div className="card param-detail">
      <h2>
        {facts.name} <code className="muted param-key">{row.key}</code>
      </h2>
      <p>{facts.description}</p>
      <dl className="param-facts">
        <div>
          <dt>Now</dt>
          <dd title={facts.raw}>
            <strong>{facts.value}</strong>
          </dd>
        </div>
        <div>
          <dt>The contract accepts</dt>
          <dd>{facts.range}</dd>
        </div>
        {facts.group ? (
          <div>
            <dt>Split</dt>
            <dd>{facts.group}</dd>
          </div>
        ) : null}
      </dl>
      {row.upcoming.length > 0 ? (
        <ul className="param-upcoming" aria-label="Queued changes">
          {row.upcoming.map((u) => (
            <li key={u.proposal.id}>
              <span className="badge badge-queued">Queued</span> {format(u.oldValue)} →{" "}
              <strong>{format(u.newValue)}</strong>, executable {u.eta <= now ? "since" : "from"}{" "}
              <When t={u.eta} now={now} /> by{" "}
              <Link to={`/governance/proposals/${u.proposal.id}`}>{u.proposal.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {!row.indexed ? (
        <p className="muted">
          The subgraph has not indexed this parameter: the contract has not emitted a change of it.
        </p>
      ) : unchangedSinceDeployment(row) && deployed ? (
        <p>
          Unchanged since deployment at <When t={deployed.t} now={now} /> (transaction{" "}
          <TxLink hash={deployed.txHash} explorerUrl={explorerUrl} />
          ).
        </p>
      ) : (
        <ol className="param-changes" aria-label="Changes">
          {later.map((c) => (
            <ChangeItem
              key={`${c.txHash}-${c.t}`}
              change={c}
              format={format}
              now={now}
              explorerUrl={explorerUrl}
            />
          ))}
          {deployed ? (
            <li>
              Deployed with <strong>{format(deployed.newValue)}</strong> at{" "}
              <When t={deployed.t} now={now} /> (transaction{" "}
              <TxLink hash={deployed.txHash} explorerUrl={explorerUrl} />)
            </li>
          ) : null}
        </ol>
      )}
      {row.truncated ? (
        <p className="muted">Only the latest {row.changes.length} changes are shown.</p>
      ) : null}
    </div>
  );
}

function ChangeItem(props: {
  change: ParameterChangePoint;
  format: (value: bigint) => string;
  now: number;
  explorerUrl?: string;
}) {
  const { change: c, format, now, explorerUrl } = props;
  return (
    <li>
      {format(c.oldValue)} → <strong>{format(c.newValue)}</strong> at <When t={c.t} now={now} />,{" "}
      {c.proposal ? (
        <>
          by <Link to={`/governance/proposals/${c.proposal.id}`}>{c.proposal.title}</Link>
        </>
      ) : (
        <>set by {c.changedBy} before governance</>
      )}{" "}
      (transaction <TxLink hash={c.txHash} explorerUrl={explorerUrl} />)
    </li>
  );
}
