// What is set to change: every change a Queued proposal will make, soonest first, with the
// time it can execute; the answer a holder looks for before the history.
import { Link } from "react-router";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import type { ParameterRow } from "../api/parameters-model.ts";

export interface ParametersQueuedProps {
  rows: ParameterRow[];
  name: (key: string) => string;
  format: (key: string, value: bigint) => string;
  now: number;
}

export function ParametersQueued({ rows, name, format, now }: ParametersQueuedProps) {
  const upcoming = rows
    .flatMap((row) => row.upcoming.map((u) => ({ key: row.key, ...u })))
    .sort((a, b) => a.eta - b.eta);
  if (upcoming.length === 0) {
    return (
      <p className="param-queued-none">
        No change is queued. A proposal that passes is queued in the timelock; its changes show
        here, with the time they can be executed, until they are.
      </p>
    );
  }
  return (
    <ul className="param-upcoming" aria-label="Changes queued by proposals">
      {upcoming.map((u) => (
        <li key={`${u.key}-${u.proposal.id}`}>
          <span className="badge badge-queued">Queued</span>{" "}
          <Link to={{ search: `?key=${u.key}` }}>{name(u.key)}</Link>: {format(u.key, u.oldValue)} →{" "}
          <strong>{format(u.key, u.newValue)}</strong>, executable {u.eta <= now ? "since" : "from"}{" "}
          <time dateTime={new Date(u.eta * 1000).toISOString()}>
            {formatAbsolute(u.eta)} ({formatRelative(u.eta, now)})
          </time>
          , by <Link to={`/governance/proposals/${u.proposal.id}`}>{u.proposal.title}</Link>
        </li>
      ))}
    </ul>
  );
}
