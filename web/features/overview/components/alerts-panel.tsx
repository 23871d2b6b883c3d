// Health alerts and the thresholds behind them; thresholds are the moderator's, kept in
// this browser only.
import { Link } from "react-router";
import { TxLink } from "../../../components/address.tsx";
import type { AlertThresholds, HealthAlert } from "../../../lib/alert-rules.ts";

export interface AlertsPanelProps {
  alerts: HealthAlert[];
  thresholds: AlertThresholds;
  onThresholdsChange: (next: AlertThresholds) => void;
  explorerUrl?: string;
}

const NUMBER_FIELDS: {
  key: Exclude<keyof AlertThresholds, "roleChanges">;
  label: string;
  step: number;
}[] = [
  { key: "runwayMonths", label: "Runway under (months)", step: 1 },
  { key: "nativeSharePercent", label: "Native share over (%)", step: 5 },
  { key: "outflowPercent", label: "One outflow over (% of its stock)", step: 1 },
  { key: "lagMinutes", label: "Indexing lag over (minutes)", step: 1 },
];

export function AlertsPanel({
  alerts,
  thresholds,
  onThresholdsChange,
  explorerUrl,
}: AlertsPanelProps) {
  return (
    <section className="card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">
        {alerts.length === 0
          ? "No alert: every figure is within your thresholds"
          : alerts.length === 1
            ? "1 alert needs a look"
            : `${alerts.length} alerts need a look`}
      </h2>
      {alerts.length > 0 ? (
        <ul className="alert-list">
          {alerts.map((alert) => (
            <li key={alert.id}>
              {alert.message}
              {alert.link?.kind === "tx" ? (
                <>
                  {" "}
                  — transaction <TxLink hash={alert.link.hash} explorerUrl={explorerUrl} />
                </>
              ) : alert.link?.kind === "anchor" ? (
                <>
                  {" "}
                  — <a href={`#${alert.link.id}`}>see them all</a>
                </>
              ) : alert.link?.kind === "route" ? (
                <>
                  {" "}
                  — <Link to={alert.link.to}>see the evidence</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary>Thresholds (kept in this browser)</summary>
        <div className="thresholds">
          {NUMBER_FIELDS.map((field) => (
            <label key={field.key}>
              {field.label}
              <input
                type="number"
                min={0}
                step={field.step}
                value={thresholds[field.key]}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  if (Number.isFinite(value) && value >= 0)
                    onThresholdsChange({ ...thresholds, [field.key]: value });
                }}
              />
            </label>
          ))}
          <label>
            <span>
              <input
                type="checkbox"
                checked={thresholds.roleChanges}
                onChange={(e) =>
                  onThresholdsChange({ ...thresholds, roleChanges: e.target.checked })
                }
              />{" "}
              Alert on any role granted or revoked in the range
            </span>
          </label>
        </div>
      </details>
    </section>
  );
}
