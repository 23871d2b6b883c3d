// The view's answer first: what is staked, what stakers earned, what was slashed, and what
// NFT sales paid in royalties over the range.
import { Amount } from "../../../components/amount.tsx";
import type { QueryState } from "../../../components/chart/chart-card.tsx";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { APR_FORMULA } from "../api/staking-model.ts";

export interface StakingSummaryProps {
  asset: AssetInfo;
  /** null while the figures load */
  figures: {
    staked: bigint;
    openPositions: number;
    notified: bigint;
    claimed: bigint;
    earned: bigint;
    stakeSeconds: bigint;
    apr: number | null;
    slashed: bigint;
    slashCount: number;
  } | null;
  royalties: { royalty: bigint; sales: number } | null;
  rangeLabel: string;
  stakingQuery: QueryState;
  royaltiesQuery: QueryState;
}

function Stat({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card stat-card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Pending({ label, query }: { label: string; query: QueryState }) {
  if (query.state === "error") {
    return (
      <p className="stat-detail" role="alert">
        Could not load the {label}: {query.error}{" "}
        <button type="button" className="link-button" onClick={query.retry}>
          Retry
        </button>
      </p>
    );
  }
  return (
    <div
      className="skeleton"
      style={{ height: 56 }}
      role="status"
      aria-label={`Loading ${label}`}
    />
  );
}

export function StakingSummary(props: StakingSummaryProps) {
  const { asset, figures: f, royalties: r, rangeLabel, stakingQuery, royaltiesQuery } = props;
  const a = (value: bigint, exact = false) => (
    <Amount value={value} decimals={asset.decimals} symbol={asset.symbol} exact={exact} />
  );
  return (
    <div className="grid grid-stats">
      <Stat title="Staked">
        {f ? (
          <>
            <p className="stat-value">{a(f.staked)}</p>
            <p className="stat-detail">
              in {f.openPositions} open position{f.openPositions === 1 ? "" : "s"} at the end of the
              range
            </p>
          </>
        ) : (
          <Pending label="stake" query={stakingQuery} />
        )}
      </Stat>
      <Stat title="Stakers' fee rewards">
        {f ? (
          <>
            <p className="stat-value">{a(f.notified)}</p>
            <p className="stat-detail">
              in {rangeLabel}, APR {f.apr === null ? "–" : formatPercent(f.apr, 2)}; {a(f.claimed)}{" "}
              claimed
            </p>
            <details className="formula">
              <summary>How it is computed</summary>
              <p>{APR_FORMULA}, over every lock length.</p>
              <p>
                Earned {a(f.earned, true)} on{" "}
                {(Number(f.stakeSeconds / 10n ** BigInt(asset.decimals)) / 86_400).toFixed(2)}{" "}
                {asset.symbol}·days of stake.
              </p>
            </details>
          </>
        ) : (
          <Pending label="fee rewards" query={stakingQuery} />
        )}
      </Stat>
      <Stat title="Slashed">
        {f ? (
          <>
            <p className="stat-value">{a(f.slashed)}</p>
            <p className="stat-detail">
              in {f.slashCount} slash{f.slashCount === 1 ? "" : "es"} in {rangeLabel}
            </p>
          </>
        ) : (
          <Pending label="slashes" query={stakingQuery} />
        )}
      </Stat>
      <Stat title="Royalties paid">
        {r ? (
          <>
            <p className="stat-value">{a(r.royalty)}</p>
            <p className="stat-detail">
              on {r.sales} NFT sale{r.sales === 1 ? "" : "s"} in {rangeLabel}
            </p>
          </>
        ) : (
          <Pending label="royalties" query={royaltiesQuery} />
        )}
      </Stat>
    </div>
  );
}
