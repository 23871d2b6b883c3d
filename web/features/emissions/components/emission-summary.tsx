// The answer first: what was emitted against the schedule, the generation reward now, and
// where the projection ends; each derived figure with its formula one click away.
import { Amount } from "../../../components/amount.tsx";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatBps, formatPercent } from "../../../lib/percent.ts";
import type { EmissionParams } from "../api/emission-params.ts";
import type { Projection } from "../api/emission-projection.ts";
import type { EpochRow } from "../api/emission-schedule.ts";

export interface EmissionSummaryProps {
  rows: EpochRow[];
  emitted: bigint;
  scheduled: bigint;
  share: number | null;
  today: EmissionParams | null;
  rewardNow: bigint;
  epoch: number;
  projection: Projection | null;
  horizonLabel: string;
  native: AssetInfo;
}

// One height loading and loaded, so the chart below does not move when the figures arrive.
const CARD = { minHeight: "10rem" };

/** The three figures' cards while the answer is on its way, at their final size. */
export function EmissionSummarySkeleton({ horizonLabel }: { horizonLabel: string }) {
  return (
    <div className="grid grid-stats" role="status" aria-label="Loading the emission figures">
      {["Emitted so far", "Generation reward now", `Projected in ${horizonLabel}`].map((title) => (
        <section key={title} className="card stat-card" style={CARD}>
          <h2>{title}</h2>
          <div
            className="skeleton"
            style={{ height: "1.8rem", width: "60%", margin: "0.2rem 0" }}
          />
          <div className="skeleton" style={{ height: "0.9rem", width: "85%" }} />
        </section>
      ))}
    </div>
  );
}

export function EmissionSummary(props: EmissionSummaryProps) {
  const { emitted, scheduled, share, today, rewardNow, epoch, projection, horizonLabel, native } =
    props;
  const amount = (v: bigint, exact = false) => (
    <Amount value={v} decimals={native.decimals} symbol={native.symbol} exact={exact} />
  );
  const end = projection?.rows.at(-1);
  return (
    <div className="grid grid-stats">
      <section className="card stat-card" style={CARD} aria-labelledby="emitted-title">
        <h2 id="emitted-title">Emitted so far</h2>
        <p className="stat-value">{amount(emitted)}</p>
        <p className="stat-detail">
          {share === null
            ? "Nothing scheduled yet."
            : `${formatPercent(share, 2)} of the schedule for the same epochs`}
        </p>
        <details className="formula">
          <summary>How it is computed</summary>
          <p>
            Share of schedule = emitted ÷ scheduled = {amount(emitted, true)} ÷{" "}
            {amount(scheduled, true)}. Scheduled, per epoch: generations × the epoch's generation
            reward + works published × SHARE_REWARD + HOST_INFLATION_BPS × the supply at settlement
            ÷ 10,000 ÷ 365, with the parameters in force (economy/). Under 100 %: the reserves could
            not pay in full, or hosting's rounding.
          </p>
        </details>
      </section>
      <section className="card stat-card" style={CARD} aria-labelledby="reward-title">
        <h2 id="reward-title">Generation reward now</h2>
        <p className="stat-value">{today ? amount(rewardNow) : "–"}</p>
        <p className="stat-detail">
          {today
            ? `per image in epoch ${epoch}, falling ${formatBps(today.GEN_REWARD_DECAY_BPS)} an epoch`
            : "The emission parameters are not indexed yet."}
        </p>
        {today ? (
          <details className="formula">
            <summary>How it is computed</summary>
            <p>
              r = r₀ · (1 − decay)^epoch, rounded down at each step as the contract does: r₀ ={" "}
              {amount(today.GEN_REWARD_INITIAL, true)}, decay ={" "}
              {formatBps(today.GEN_REWARD_DECAY_BPS)} ({today.GEN_REWARD_DECAY_BPS.toString()} bps),
              epoch = {epoch}.
            </p>
          </details>
        ) : null}
      </section>
      <section className="card stat-card" style={CARD} aria-labelledby="projected-title">
        <h2 id="projected-title">Projected in {horizonLabel}</h2>
        <p className="stat-value">{end ? amount(end.cumulative) : "–"}</p>
        <p className="stat-detail">
          {end ? (
            <>
              +{amount(end.cumulative - emitted)} more; total supply {amount(end.totalSupply)}
            </>
          ) : (
            "No projection without the emission parameters."
          )}
        </p>
      </section>
    </div>
  );
}
