import type { ReactNode } from "react";
import { Address } from "../../../components/address.tsx";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { sourceName } from "../../../lib/labels.ts";
import { describeParameter, formatParameter } from "../../../lib/parameters.ts";
import type { DecodedAction, DecodedArg } from "../api/actions-model.ts";

export interface ProposalActionsProps {
  actions: DecodedAction[];
  contracts: Record<string, string>;
  native?: AssetInfo;
  stable?: AssetInfo;
  explorerUrl?: string;
  executed: boolean;
}

/** What the proposal executes, one call after another, each decoded as far as it can be. */
export function ProposalActions(props: ProposalActionsProps) {
  const { actions, contracts, native, stable, explorerUrl, executed } = props;
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">What does it execute?</h2>
      <p className="subtitle">
        {actions.length} {actions.length === 1 ? "call" : "calls"} the timelock makes in order
        {executed ? " (executed)" : " if it passes"}
      </p>
      {actions.length === 0 ? (
        <p className="state-box">This proposal makes no call.</p>
      ) : (
        <ol className="action-list" style={{ marginTop: "0.7rem" }}>
          {actions.map((a) => (
            <li key={a.index}>
              <p style={{ margin: 0 }}>
                <strong>{a.index + 1}.</strong>{" "}
                <Address address={a.target} known={contracts} explorerUrl={explorerUrl} />{" "}
                {a.kind === "parameters" ? (
                  <code>setParameters</code>
                ) : a.kind === "call" ? (
                  <code>{a.signature}</code>
                ) : (
                  <span>unknown function {a.selector}</span>
                )}
                {a.value > 0n ? <span> · sends {formatExact(a.value, 18)} ETH</span> : null}
              </p>
              {a.kind === "parameters" ? (
                <ul>
                  {a.changes.map((c) => (
                    <li key={c.key}>
                      <strong title={c.key}>{describeParameter(c.key)}</strong>{" "}
                      <span className="muted">({c.key})</span>:{" "}
                      {c.old === null ? "unset" : formatParameter(c.key, c.old, native, stable)} →{" "}
                      <strong>{formatParameter(c.key, c.next, native, stable)}</strong>
                      {executed ? null : c.old === null ? null : (
                        <span className="muted"> (from its value now)</span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : a.kind === "call" ? (
                <dl className="action-args">
                  {a.args.map((arg) => (
                    <ArgRow
                      key={arg.name}
                      arg={arg}
                      contracts={contracts}
                      explorerUrl={explorerUrl}
                    />
                  ))}
                </dl>
              ) : (
                <p className="note">Not decoded: {a.reason}.</p>
              )}
              <details>
                <summary className="note">Raw calldata</summary>
                <p className="calldata">{a.calldata}</p>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ArgRow({
  arg,
  contracts,
  explorerUrl,
}: {
  arg: DecodedArg;
  contracts: Record<string, string>;
  explorerUrl?: string;
}) {
  return (
    <>
      <dt>
        {arg.name} <span className="mono">{arg.type}</span>
      </dt>
      <dd>{formatArg(arg, contracts, explorerUrl)}</dd>
    </>
  );
}

function formatArg(
  arg: DecodedArg,
  contracts: Record<string, string>,
  explorerUrl?: string,
): ReactNode {
  const { value } = arg;
  if (arg.enumMember) return `${sourceName(arg.enumMember)} (${String(value)})`;
  if (arg.type === "address" && typeof value === "string") {
    return <Address address={value} known={contracts} explorerUrl={explorerUrl} />;
  }
  if (typeof value === "bigint") {
    return arg.asset ? (
      <span title={`${value.toString()} base units`}>
        {formatExact(value, arg.asset.decimals)} {arg.asset.symbol}
      </span>
    ) : (
      value.toLocaleString("en-US")
    );
  }
  if (Array.isArray(value)) return <span className="mono">[{value.map(String).join(", ")}]</span>;
  return <span className="mono">{String(value)}</span>;
}
