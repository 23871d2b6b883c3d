// The hosting nodes that serve a datum. The chain records which node hosts which datum only
// through availability sampling (AvailabilitySampled names node and datum), so these are
// the nodes ever sampled for it, with how they fared.
import { Address } from "../../../components/address.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatExact } from "../../../lib/amount.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import type { HostingNodeRow, Unit } from "../api/saturation-detail-model.ts";

export interface HostingNodesTableProps {
  rows: HostingNodeRow[];
  truncated: boolean;
  query: QueryState;
  unit: Unit;
  contracts: Record<string, string>;
  explorerUrl?: string;
  now: number;
}

export function HostingNodesTable(props: HostingNodesTableProps) {
  const { rows, truncated, query, unit, contracts, explorerUrl, now } = props;
  return (
    <section aria-labelledby="nodes-title" className="detail-section">
      <h3 id="nodes-title">Which hosting nodes serve it?</h3>
      <p className="subtitle">
        Nodes availability sampling checked for this datum, all time (AvailabilitySample,
        HostingNode){truncated ? "; the latest 1000 samples" : ""}
      </p>
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 120 }}
          role="status"
          aria-label="Loading the hosting nodes"
        />
      ) : rows.length === 0 ? (
        <p className="state-box">
          No node has been availability-sampled for this datum yet, so the chain does not say who
          hosts it.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Node</th>
                <th scope="col" className="num">
                  Region
                </th>
                <th scope="col" className="num">
                  Samples passed
                </th>
                <th scope="col" className="num">
                  Failed
                </th>
                <th scope="col" className="num">
                  Slashed for it ({unit.symbol})
                </th>
                <th scope="col">Last sampled</th>
                <th scope="col" className="num">
                  Hosted share (latest epoch)
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.node}>
                  <td>
                    <Address address={r.node} known={contracts} explorerUrl={explorerUrl} />
                  </td>
                  <td className="num">{r.region}</td>
                  <td className="num">{r.passed}</td>
                  <td className="num" title={`${r.failedSamples} failed samples over every datum`}>
                    {r.failed}
                  </td>
                  <td className="num">{formatExact(r.slashed, unit.decimals)}</td>
                  <td title={formatAbsolute(r.lastTimestamp)}>
                    {formatRelative(r.lastTimestamp, now)}
                  </td>
                  <td className="num" title={r.latestShare}>
                    {formatPercent(Number(r.latestShare), 2)}
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
