// The movements behind the selected link, largest first, each with its transaction.
import { Address, TxLink } from "../../../components/address.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { formatAbsolute } from "../../../lib/relative-time.ts";
import { nodeName } from "../api/flow-nodes.ts";
import type { LinkTotal } from "../api/flows-model.ts";
import type { DetailRow, DetailSpec } from "../api/link-detail.ts";

export interface LinkDetailCardProps {
  link: LinkTotal;
  spec: DetailSpec | null;
  rows: DetailRow[];
  limit: number;
  asset: AssetInfo;
  contracts: Record<string, string>;
  explorerUrl?: string;
  subtitle: string;
  query: QueryState;
  onClose: () => void;
}

export function LinkDetailCard(props: LinkDetailCardProps) {
  const { link, spec, rows, limit, asset, contracts, explorerUrl, subtitle, query, onClose } =
    props;
  const title = `What moved from ${nodeName(link.from).toLowerCase()} to ${nodeName(link.to).toLowerCase()}?`;
  const shown = rows.reduce((a, r) => a + r.amount, 0n);
  const csv = () =>
    downloadCsv(
      `flows-${link.id}.csv`,
      toCsv(
        ["time (UTC)", "movement", "party", `amount (${asset.symbol})`, "transaction"],
        rows.map((r) => [
          new Date(r.timestamp * 1000).toISOString(),
          r.what,
          r.party ?? "",
          formatExact(r.amount, asset.decimals).replaceAll(",", ""),
          r.txHash,
        ]),
      ),
    );
  return (
    <section className="card" aria-labelledby="link-detail-title">
      <header className="card-head">
        <div>
          <h2 id="link-detail-title">{title}</h2>
          <p className="subtitle">
            {formatExact(link.amount, asset.decimals)} {asset.symbol} in{" "}
            {link.count.toLocaleString("en-US")} movements, {subtitle}
            {spec ? ` (${spec.source})` : ""}
          </p>
        </div>
        <div className="card-actions">
          <button type="button" onClick={csv} disabled={rows.length === 0}>
            CSV
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      {!spec ? (
        <p className="state-box">
          No single kind of indexed event records this link, so its movements cannot be listed.
        </p>
      ) : query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 200 }}
          role="status"
          aria-label="Loading the movements"
        />
      ) : query.state === "error" ? (
        <div className="state-box" role="alert">
          <p>Could not load the movements: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : (
        <>
          {link.count > rows.length ? (
            <p className="note">
              The {rows.length} largest of {link.count.toLocaleString("en-US")} movements,{" "}
              {formatExact(shown, asset.decimals)} of {formatExact(link.amount, asset.decimals)}{" "}
              {asset.symbol}.
            </p>
          ) : null}
          <div className="table-scroll" style={{ maxHeight: 420, overflowY: "auto" }}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Movement</th>
                  <th scope="col">Party</th>
                  <th scope="col" className="num">
                    Amount ({asset.symbol})
                  </th>
                  <th scope="col">Transaction</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, limit).map((r) => (
                  <tr key={r.id}>
                    <td>{formatAbsolute(r.timestamp)}</td>
                    <td>{r.what}</td>
                    <td>
                      {r.party ? (
                        <Address address={r.party} known={contracts} explorerUrl={explorerUrl} />
                      ) : (
                        "–"
                      )}
                    </td>
                    <td className="num">{formatExact(r.amount, asset.decimals)}</td>
                    <td>
                      <TxLink hash={r.txHash} explorerUrl={explorerUrl} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
