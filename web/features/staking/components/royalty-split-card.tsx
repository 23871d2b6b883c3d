// The range's royalties by role against the governed split, and the royalty rate against
// the governed royalty: each share with its formula one click away.
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { royaltyRoleName } from "../../../lib/labels.ts";
import { colourOf, ROYALTY_ROLE_COLOURS } from "../../../lib/palette.ts";
import { formatBps, formatPercent } from "../../../lib/percent.ts";
import {
  ROLE_PARAMETER,
  ROLE_SHARE_FORMULA,
  ROYALTY_RATE_FORMULA,
  ROYALTY_ROLES,
  type RoyaltyTotals,
  roleShares,
  royaltyRate,
} from "../api/royalty-model.ts";

export interface RoyaltySplitCardProps {
  totals: RoyaltyTotals;
  /** governed values in force by ParameterKey (ROYALTY_BPS, ROYALTY_*_BPS) */
  governed: Map<string, bigint>;
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
}

export function RoyaltySplitCard(props: RoyaltySplitCardProps) {
  const { totals, governed, asset, subtitle, query } = props;
  if (query.state !== "ready") {
    return (
      <section className="card" aria-labelledby="royalty-split-title">
        <h2 id="royalty-split-title">How was each royalty split?</h2>
        {query.state === "error" ? (
          <div className="state-box" role="alert">
            <p>Could not load the royalties: {query.error}</p>
            <button type="button" onClick={query.retry}>
              Retry
            </button>
          </div>
        ) : (
          <div
            className="skeleton"
            style={{ height: 220 }}
            role="status"
            aria-label="Loading the royalty split"
          />
        )}
      </section>
    );
  }
  const shares = roleShares(totals);
  const rate = royaltyRate(totals);
  const fmt = (v: bigint) => formatExact(v, asset.decimals);
  const bps = (key: string) => {
    const v = governed.get(key);
    return v === undefined ? "not indexed" : formatBps(v);
  };
  return (
    <section className="card" aria-labelledby="royalty-split-title">
      <h2 id="royalty-split-title">How was each royalty split?</h2>
      <p className="subtitle">
        {totals.sales} sale{totals.sales === 1 ? "" : "s"} worth {fmt(totals.volume)} {asset.symbol}{" "}
        paid {fmt(totals.royalty)} {asset.symbol} in royalties, {subtitle}
      </p>
      <p className="stat-detail">
        Royalty rate {rate === null ? "– (no sale)" : formatPercent(rate, 2)}; governed{" "}
        {bps("ROYALTY_BPS")}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Received ({asset.symbol})
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col" className="num">
                Governed
              </th>
            </tr>
          </thead>
          <tbody>
            {ROYALTY_ROLES.map((role) => (
              <tr key={role}>
                <td>
                  <span
                    className="swatch"
                    style={{ background: colourOf(ROYALTY_ROLE_COLOURS, role) }}
                    aria-hidden="true"
                  />{" "}
                  {royaltyRoleName(role)}
                </td>
                <td className="num">{fmt(totals.byRole[role])}</td>
                <td className="num">
                  {totals.royalty === 0n ? "–" : formatPercent(shares[role], 2)}
                </td>
                <td className="num" title={ROLE_PARAMETER[role]}>
                  {bps(ROLE_PARAMETER[role])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="formula">
        <summary>How it is computed</summary>
        <p>{ROLE_SHARE_FORMULA}.</p>
        <p>{ROYALTY_RATE_FORMULA}.</p>
        <p>
          The governed shares are the parameters in force now (Parameter); the community treasury
          takes the rounding remainder, and dataset contributors split their part equally.
        </p>
      </details>
    </section>
  );
}
