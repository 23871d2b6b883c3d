import { Amount } from "../../../../components/amount.tsx";
import type { AssetInfo } from "../../../../lib/config.ts";
import { formatBps } from "../../../../lib/percent.ts";
import { FORECAST_LABEL, FORECASTS, type Forecast } from "../api/activity-series.ts";
import { type Figure, type Measured, WINDOWS, type WindowDays } from "../api/measure-activity.ts";
import { Segmented } from "./segmented.tsx";

const utcDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function FigureValue({ f, native }: { f: Figure; native: AssetInfo }) {
  if (f.unit === "token")
    return <Amount value={f.value} decimals={native.decimals} symbol={native.symbol} />;
  if (f.unit === "bps") return <span title={`${f.value} bps`}>{formatBps(f.value)}</span>;
  if (f.unit === "days") return <>{f.value.toString()} d</>;
  if (f.perDays)
    return (
      <span title={`${f.value} in ${f.perDays} days`}>
        {(Number(f.value) / f.perDays).toFixed(1)} / day
      </span>
    );
  return <>{f.value.toString()}</>;
}

/** The activity the projection assumes: each figure with the entity it was measured from. */
export function ActivityPanel({
  measured,
  window,
  onWindow,
  forecast,
  onForecast,
  native,
  stable,
}: {
  measured: Measured;
  window: WindowDays;
  onWindow: (w: WindowDays) => void;
  forecast: Forecast;
  onForecast: (f: Forecast) => void;
  native: AssetInfo;
  stable: AssetInfo | undefined;
}) {
  const bb = measured.buybacks;
  return (
    <section className="card impact-activity" aria-labelledby="impact-activity-title">
      <h3 id="impact-activity-title">What activity does it assume?</h3>
      <p className="subtitle">
        Measured over {measured.toDay - measured.fromDay} complete UTC days,{" "}
        {utcDay(measured.fromDay)} to {utcDay(measured.toDay - 1)}, as of block{" "}
        {measured.block.number}
      </p>
      <Segmented
        legend="Trailing window"
        name="impact-window"
        options={WINDOWS}
        value={window}
        onChange={onWindow}
        label={(w) => `${w} d`}
      />
      <Segmented
        legend="Counts after the window"
        name="impact-forecast"
        options={FORECASTS}
        value={forecast}
        onChange={onForecast}
        label={(f) => FORECAST_LABEL[f]}
      />
      <div className="table-scroll">
        <table className="data-table" aria-label="Measured activity">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {measured.figures.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                <td>
                  <FigureValue f={f} native={native} />
                </td>
                <td className="note">{f.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Assumptions the data cannot give</h4>
      <ul className="note impact-assumptions">
        <li>
          Buybacks assumed 0: governance decides them ({bb.count} in the window
          {bb.count > 0 && stable ? (
            <>
              , <Amount value={bb.stableSpent} decimals={stable.decimals} symbol={stable.symbol} />
            </>
          ) : null}
          ); a proposal's own buyback and grants are applied once, at its start.
        </li>
        {measured.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </section>
  );
}
