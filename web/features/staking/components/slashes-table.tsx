// Every slash of the range with its reason, the hosting node it hit and its transaction.
import { Address, TxLink } from "../../../components/address.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import type { StakingViewQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { slashReasonName } from "../../../lib/labels.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { lockLabel } from "../api/staking-model.ts";

type SlashRow = StakingViewQuery["slashes"][number];

export interface SlashesTableProps {
  rows: SlashRow[];
  asset: AssetInfo;
  contracts: Record<string, string>;
  explorerUrl?: string;
  subtitle: string;
  now: number;
  query: QueryState;
}

const HEADER = [
  "time (UTC)",
  "reason",
  "node",
  "region",
  "owner",
  "position",
  "lock",
  "amount",
  "burned",
  "to treasury",
  "transaction",
];
const lockOf = (r: SlashRow) => lockLabel(Math.floor(Number(r.position.lockDuration) / 86_400));

export function SlashesTable({
  rows,
  asset,
  contracts,
  explorerUrl,
  subtitle,
  now,
  query,
}: SlashesTableProps) {
  const fmt = (wire: string) => formatExact(toBigInt(wire), asset.decimals);
  const csv = () =>
    downloadCsv(
      "slashes.csv",
      toCsv(
        HEADER,
        rows.map((r) => {
          const node = r.position.hostingNodes[0];
          return [
            new Date(Number(r.timestamp) * 1000).toISOString(),
            r.reason,
            node?.id ?? "",
            node?.region ?? "",
            r.owner,
            r.position.id,
            lockOf(r),
            fmt(r.amount).replaceAll(",", ""),
            fmt(r.burned).replaceAll(",", ""),
            fmt(r.toTreasury).replaceAll(",", ""),
            r.txHash,
          ];
        }),
      ),
    );
  return (
    <section className="card" aria-labelledby="slashes-title">
      <header className="card-head">
        <div>
          <h2 id="slashes-title">Who was slashed, and why?</h2>
          <p className="subtitle">
            {asset.symbol}, newest first, {subtitle}
            {rows.length >= 1000 ? " (the latest 1000)" : ""}
          </p>
        </div>
        <div className="card-actions">
          <button type="button" onClick={csv} disabled={rows.length === 0}>
            CSV
          </button>
        </div>
      </header>
      <p className="note">
        A slash takes part of a stake, part burned and part sent to the community treasury; a
        hosting node is slashed when it fails an availability sample.
      </p>
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 120 }}
          role="status"
          aria-label="Loading slashes"
        />
      ) : query.state === "error" ? (
        <div className="state-box" role="alert">
          <p>Could not load the slashes: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : rows.length === 0 ? (
        <p className="state-box">No stake was slashed in this range.</p>
      ) : (
        <div className="table-scroll" style={{ maxHeight: 420, overflowY: "auto" }}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Reason</th>
                <th scope="col">Node</th>
                <th scope="col">Owner</th>
                <th scope="col">Position</th>
                <th scope="col" className="num">
                  Amount ({asset.symbol})
                </th>
                <th scope="col">Transaction</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const node = r.position.hostingNodes[0];
                return (
                  <tr key={r.id}>
                    <td title={formatAbsolute(Number(r.timestamp))}>
                      {formatRelative(Number(r.timestamp), now)}
                    </td>
                    <td>{slashReasonName(r.reason)}</td>
                    <td>
                      {node ? (
                        <>
                          <Address address={node.id} known={contracts} explorerUrl={explorerUrl} />{" "}
                          <span className="muted">region {node.region}</span>
                        </>
                      ) : (
                        <span className="muted">not a hosting node</span>
                      )}
                    </td>
                    <td>
                      <Address address={r.owner} known={contracts} explorerUrl={explorerUrl} />
                    </td>
                    <td>
                      #{r.position.id}, lock {lockOf(r)}
                    </td>
                    <td
                      className="num"
                      title={`burned ${fmt(r.burned)}, to the community treasury ${fmt(r.toTreasury)} ${asset.symbol}`}
                    >
                      {fmt(r.amount)}
                    </td>
                    <td>
                      <TxLink hash={r.txHash} explorerUrl={explorerUrl} />
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
