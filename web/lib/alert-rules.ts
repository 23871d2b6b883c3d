import { formatPercent, NBSP } from "./percent.ts";

// Health alerts from a moderator's thresholds (kept in the browser). Each alert points at
// the event that crossed the line, so a moderator can check it before acting.

export interface AlertThresholds {
  /** alert when runway is under this many months */
  runwayMonths: number;
  /** alert when the native token's share of the treasury's value is over this percent */
  nativeSharePercent: number;
  /** alert when one outflow is larger than this percent of its stock */
  outflowPercent: number;
  /** alert on any role granted or revoked in the range */
  roleChanges: boolean;
  /** alert when the index lags the chain head by more than this many minutes */
  lagMinutes: number;
}

export const DEFAULT_THRESHOLDS: AlertThresholds = {
  runwayMonths: 6,
  nativeSharePercent: 80,
  outflowPercent: 10,
  roleChanges: true,
  lagMinutes: 10,
};

export type AlertLink =
  | { kind: "tx"; hash: string }
  | { kind: "route"; to: string }
  | { kind: "anchor"; id: string };

/** Role changes beyond this many are summed up in one alert (a deployment makes dozens). */
export const ROLE_ALERTS_SHOWN = 3;

export interface HealthAlert {
  id: string;
  rule: keyof AlertThresholds;
  message: string;
  link?: AlertLink;
}

export interface AlertFacts {
  runwayMonths: number | null;
  nativeShare: number | null;
  /** outflows already filtered by the subgraph to share-of-stock ≥ the threshold */
  largeOutflows: { id: string; stock: string; shareBps: number; txHash: string; text: string }[];
  roleEvents: { id: string; kind: string; text: string; txHash: string }[];
  lagSeconds: number | null;
}

export function evaluateAlerts(facts: AlertFacts, t: AlertThresholds): HealthAlert[] {
  const alerts: HealthAlert[] = [];
  if (facts.runwayMonths !== null && facts.runwayMonths < t.runwayMonths) {
    alerts.push({
      id: "runway",
      rule: "runwayMonths",
      message: `Runway is ${facts.runwayMonths.toFixed(1)} months, under ${t.runwayMonths}`,
      link: { kind: "route", to: "/treasury?stock=STABLE_RESERVE" },
    });
  }
  if (facts.nativeShare !== null && facts.nativeShare * 100 > t.nativeSharePercent) {
    alerts.push({
      id: "native-share",
      rule: "nativeSharePercent",
      message: `${formatPercent(facts.nativeShare, facts.nativeShare > 0.99 ? 2 : 1)} of the treasury is in the native token, over ${t.nativeSharePercent}${NBSP}%`,
      link: { kind: "route", to: "/treasury" },
    });
  }
  for (const flow of facts.largeOutflows) {
    if (flow.shareBps < t.outflowPercent * 100) continue;
    alerts.push({
      id: `outflow-${flow.id}`,
      rule: "outflowPercent",
      message: flow.text,
      link: { kind: "tx", hash: flow.txHash },
    });
  }
  if (t.roleChanges) {
    // Newest first, as the subgraph orders them.
    for (const event of facts.roleEvents.slice(0, ROLE_ALERTS_SHOWN)) {
      alerts.push({
        id: `role-${event.id}`,
        rule: "roleChanges",
        message: event.text,
        link: { kind: "tx", hash: event.txHash },
      });
    }
    const more = facts.roleEvents.length - ROLE_ALERTS_SHOWN;
    if (more > 0) {
      alerts.push({
        id: "role-more",
        rule: "roleChanges",
        message: `and ${more} more role change${more === 1 ? "" : "s"} in the range`,
        link: { kind: "anchor", id: "roles" },
      });
    }
  }
  if (facts.lagSeconds !== null && facts.lagSeconds > t.lagMinutes * 60) {
    alerts.push({
      id: "lag",
      rule: "lagMinutes",
      message: `The index is ${Math.round(facts.lagSeconds / 60)} min behind the chain head, over ${t.lagMinutes} min`,
    });
  }
  return alerts;
}

/** Reads thresholds saved by an older version too: unknown keys dropped, bad values defaulted. */
export function parseThresholds(raw: string | null): AlertThresholds {
  if (!raw) return DEFAULT_THRESHOLDS;
  try {
    const saved = JSON.parse(raw) as Partial<Record<keyof AlertThresholds, unknown>>;
    const num = (key: Exclude<keyof AlertThresholds, "roleChanges">) => {
      const value = saved[key];
      return typeof value === "number" && Number.isFinite(value) && value >= 0
        ? value
        : DEFAULT_THRESHOLDS[key];
    };
    return {
      runwayMonths: num("runwayMonths"),
      nativeSharePercent: num("nativeSharePercent"),
      outflowPercent: num("outflowPercent"),
      lagMinutes: num("lagMinutes"),
      roleChanges:
        typeof saved.roleChanges === "boolean" ? saved.roleChanges : DEFAULT_THRESHOLDS.roleChanges,
    };
  } catch {
    return DEFAULT_THRESHOLDS;
  }
}
