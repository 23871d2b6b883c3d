import { Amount } from "../../../components/amount.tsx";
import type { AssetInfo } from "../../../lib/config.ts";
import {
  RUNWAY_FORMULA,
  RUNWAY_WINDOWS,
  type Runway,
  type RunwayWindow,
} from "../../../lib/runway.ts";

export interface RunwayCardProps {
  runway: (Runway & { balance: bigint; inflow: bigint; outflow: bigint }) | null;
  stable: AssetInfo | undefined;
  windowDays: RunwayWindow;
  onWindowChange: (days: RunwayWindow) => void;
}

export function RunwayCard({ runway, stable, windowDays, onWindowChange }: RunwayCardProps) {
  return (
    <section className="card stat-card" aria-labelledby="runway-title">
      <div className="card-head">
        <h2 id="runway-title">Runway</h2>
        <label className="note">
          trailing{" "}
          <select
            value={windowDays}
            onChange={(e) => onWindowChange(Number(e.target.value) as RunwayWindow)}
          >
            {RUNWAY_WINDOWS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
      </div>
      {!runway || !stable ? (
        <p className="stat-detail">
          No stable reserve balance has been indexed yet, so there is no runway to compute.
        </p>
      ) : (
        <>
          <p className="stat-value">
            {runway.months === null ? "Not shrinking" : `${runway.months.toFixed(1)} months`}
          </p>
          <p className="stat-detail">
            {runway.months === null ? (
              <>
                The stable reserve took in at least what it paid out over the last {windowDays}{" "}
                days.
              </>
            ) : (
              <>
                Net outflow{" "}
                <Amount
                  value={runway.monthlyNetOutflow}
                  decimals={stable.decimals}
                  symbol={stable.symbol}
                />{" "}
                per 30 days
              </>
            )}
          </p>
          <details className="formula">
            <summary>How it is computed</summary>
            <p>{RUNWAY_FORMULA}.</p>
            <p>
              Balance{" "}
              <Amount
                value={runway.balance}
                decimals={stable.decimals}
                symbol={stable.symbol}
                exact
              />
              ; in the last {windowDays} UTC days: in{" "}
              <Amount
                value={runway.inflow}
                decimals={stable.decimals}
                symbol={stable.symbol}
                exact
              />
              , out{" "}
              <Amount
                value={runway.outflow}
                decimals={stable.decimals}
                symbol={stable.symbol}
                exact
              />{" "}
              (StockDaySnapshot of the stable reserve).
            </p>
          </details>
        </>
      )}
    </section>
  );
}
