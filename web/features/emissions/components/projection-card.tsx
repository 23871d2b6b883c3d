// The projection's assumptions, written beside it, and the horizon to project to.
import { Amount } from "../../../components/amount.tsx";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatParameter } from "../../../lib/parameters.ts";
import { DAY } from "../../../lib/time-range.ts";
import { EMISSION_KEYS, type EmissionParams } from "../api/emission-params.ts";
import {
  type ActivityLevel,
  HORIZON_LABELS,
  type Horizon,
  type Projection,
  TRAILING_EPOCHS,
} from "../api/emission-projection.ts";

export interface ProjectionCardProps {
  horizon: Horizon;
  onHorizon: (h: Horizon) => void;
  level: ActivityLevel;
  today: EmissionParams | null;
  projection: Projection | null;
  reserves: { company: bigint; community: bigint };
  genesis: number;
  epoch: number;
  native: AssetInfo;
}

const day = (t: number) => `${new Date(t * 1000).toISOString().slice(0, 10)}`;

/** A mean per epoch with two decimals, from bigint totals. */
export function perEpoch(total: bigint, epochs: number): string {
  if (epochs === 0) return "0";
  const hundredths = (total * 100n) / BigInt(epochs);
  return `${(hundredths / 100n).toLocaleString("en-US")}.${(hundredths % 100n).toString().padStart(2, "0")}`;
}

export function ProjectionCard(props: ProjectionCardProps) {
  const { horizon, onHorizon, level, today, projection, reserves, genesis, epoch, native } = props;
  const n = level.epochs.length;
  const first = level.epochs[0];
  const last = level.epochs.at(-1);
  const amount = (v: bigint) => (
    <Amount value={v} decimals={native.decimals} symbol={native.symbol} exact />
  );
  return (
    <section className="card" aria-labelledby="projection-title">
      <header className="card-head">
        <div>
          <h2 id="projection-title">What does the projection assume?</h2>
          <p className="subtitle">
            The dashed continuation: epochs {epoch + 1} to {epoch + (projection?.rows.length ?? 0)},
            to {day(genesis + (epoch + 1 + (projection?.rows.length ?? 0)) * DAY)} UTC
          </p>
        </div>
        <fieldset className="segmented">
          <legend>Horizon</legend>
          {(Object.keys(HORIZON_LABELS) as Horizon[]).map((h) => (
            <label key={h}>
              <input
                type="radio"
                name="horizon"
                value={h}
                checked={h === horizon}
                onChange={() => onHorizon(h)}
              />
              <span>{HORIZON_LABELS[h]}</span>
            </label>
          ))}
        </fieldset>
      </header>
      <ul>
        <li>
          Activity: the mean of the last {n} complete epoch{n === 1 ? "" : "s"}
          {first !== undefined && last !== undefined
            ? ` (${first}–${last}, ${day(genesis + first * DAY)} – ${day(genesis + (last + 1) * DAY - 1)} UTC)`
            : ""}
          {n < TRAILING_EPOCHS ? `, all the history has of the ${TRAILING_EPOCHS} wanted` : ""}:{" "}
          {perEpoch(level.generations, n)} generations and {perEpoch(level.shares, n)} works
          published per epoch, every epoch alike.
        </li>
        <li>
          Parameters: today's, unchanged to the horizon —{" "}
          {today
            ? EMISSION_KEYS.map((k) => `${k} ${formatParameter(k, today[k], native)}`).join(", ")
            : "not all indexed yet, so nothing is projected"}
          .
        </li>
        <li>
          Reserves: generation and share rewards come out of the company reserve (
          {amount(reserves.company)}) and then the community treasury ({amount(reserves.community)}
          ), which receive nothing more (their fee income is left out, so this errs low).{" "}
          {projection?.reservesShortAt != null
            ? `They run short in epoch ${projection.reservesShortAt} (${day(genesis + projection.reservesShortAt * DAY)} UTC); rewards are paid only as far as they reach.`
            : "They last beyond the horizon."}
        </li>
        <li>
          Hosting: the inflation rate of a supply that grows by what it mints, each epoch settled
          the next, the one in progress first; burns (slashes, buybacks) are not projected.
        </li>
      </ul>
    </section>
  );
}
