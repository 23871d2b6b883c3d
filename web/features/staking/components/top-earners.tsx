// The largest royalty earners of one role since indexing began (RoyaltyEarner).
import { Address } from "../../../components/address.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { downloadCsv, toCsv } from "../../../lib/csv.ts";
import { royaltyRoleName } from "../../../lib/labels.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { type Earner, ROYALTY_ROLES, type RoyaltyRole } from "../api/royalty-model.ts";

export interface TopEarnersProps {
  role: RoyaltyRole;
  onRole: (role: RoyaltyRole) => void;
  earners: Earner[];
  asset: AssetInfo;
  contracts: Record<string, string>;
  explorerUrl?: string;
  now: number;
  query: QueryState;
}

export function TopEarners(props: TopEarnersProps) {
  const { role, onRole, earners, asset, contracts, explorerUrl, now, query } = props;
  const fmt = (wire: string) => formatExact(toBigInt(wire), asset.decimals);
  const csv = () =>
    downloadCsv(
      `top-royalty-earners-${role.toLowerCase()}.csv`,
      toCsv(
        ["rank", "payee", `received (${asset.symbol})`, "payments", "last paid (UTC)"],
        earners.map((e, i) => [
          i + 1,
          e.payee,
          fmt(e.amount).replaceAll(",", ""),
          e.paymentCount,
          new Date(Number(e.lastPaidAt) * 1000).toISOString(),
        ]),
      ),
    );
  return (
    <section className="card" aria-labelledby="top-earners-title">
      <header className="card-head">
        <div>
          <h2 id="top-earners-title">Who earned the most royalties?</h2>
          <p className="subtitle">
            {asset.symbol} received per payee since indexing began (not limited to the range)
          </p>
        </div>
        <div className="card-actions">
          <button type="button" onClick={csv} disabled={earners.length === 0}>
            CSV
          </button>
        </div>
      </header>
      <fieldset className="segmented">
        <legend>Role</legend>
        {ROYALTY_ROLES.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="royalty-role"
              value={r}
              checked={r === role}
              onChange={() => onRole(r)}
            />
            <span>{royaltyRoleName(r)}</span>
          </label>
        ))}
      </fieldset>
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 160 }}
          role="status"
          aria-label="Loading top earners"
        />
      ) : query.state === "error" ? (
        <div className="state-box" role="alert">
          <p>Could not load the royalty earners: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : earners.length === 0 ? (
        <p className="state-box">
          No royalty has been paid to {royaltyRoleName(role).toLowerCase()} yet: it takes a sale of
          a portfolio NFT.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="muted">{royaltyRoleName(role)}, from RoyaltyEarner</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Payee</th>
                <th scope="col" className="num">
                  Received ({asset.symbol})
                </th>
                <th scope="col" className="num">
                  Payments
                </th>
                <th scope="col">Last paid</th>
              </tr>
            </thead>
            <tbody>
              {earners.map((e, i) => (
                <tr key={e.id}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <Address address={e.payee} known={contracts} explorerUrl={explorerUrl} />
                  </td>
                  <td className="num">{fmt(e.amount)}</td>
                  <td className="num">{e.paymentCount}</td>
                  <td title={formatAbsolute(Number(e.lastPaidAt))}>
                    {formatRelative(Number(e.lastPaidAt), now)}
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
