// The latest executed parameter changes and the proposals behind them.
import { Link } from "react-router";
import { TxLink } from "../../../components/address.tsx";
import { toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { describeParameter, formatParameter } from "../../../lib/parameters.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";

export interface ParameterChangeRow {
  id: string;
  parameter: { id: string };
  oldValue: string;
  newValue: string;
  timestamp: string;
  txHash: string;
  proposal?: { id: string; title: string } | null;
}

export interface GovernanceActionsProps {
  changes: ParameterChangeRow[];
  native?: AssetInfo;
  stable?: AssetInfo;
  explorerUrl?: string;
  now: number;
}

export function GovernanceActions({
  changes,
  native,
  stable,
  explorerUrl,
  now,
}: GovernanceActionsProps) {
  return (
    <section className="card" aria-labelledby="gov-actions-title">
      <h2 id="gov-actions-title">Latest parameter changes</h2>
      <p className="subtitle">
        Executed changes to the economy's governed parameters (ParameterChange)
      </p>
      {changes.length === 0 ? (
        <p className="state-box">No parameter has changed since the economy was deployed.</p>
      ) : (
        <ul className="change-list">
          {changes.map((c) => {
            const key = c.parameter.id;
            return (
              <li key={c.id}>
                <strong title={key}>{describeParameter(key)}</strong>:{" "}
                {formatParameter(key, toBigInt(c.oldValue), native, stable)} →{" "}
                {formatParameter(key, toBigInt(c.newValue), native, stable)}
                <br />
                <span className="muted">
                  <span title={formatAbsolute(Number(c.timestamp))}>
                    {formatRelative(Number(c.timestamp), now)}
                  </span>
                  ,{" "}
                  {c.proposal ? (
                    <>
                      by proposal{" "}
                      <Link to={`/governance?proposal=${c.proposal.id}`}>{c.proposal.title}</Link>
                    </>
                  ) : (
                    "set before governance took over"
                  )}{" "}
                  · <TxLink hash={c.txHash} explorerUrl={explorerUrl} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
