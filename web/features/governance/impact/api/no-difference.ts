// Why a preview shows no difference at its horizon, when it shows none: a reader who raised a
// fee and sees ±0 everywhere needs the reason, not a table of zeros.
import type { ImpactRow } from "../../../../../economy/impact.ts";
import type { ParameterKey } from "../../../../../economy/parameters.ts";
import type { ProjectionPoint } from "../../../../../economy/projection.ts";
import { formatCompact } from "../../../../lib/amount.ts";
import type { AssetInfo } from "../../../../lib/config.ts";

export function noDifferenceReason(
  rows: ImpactRow[],
  proposed: ProjectionPoint[],
  changes: Partial<Record<ParameterKey, bigint>>,
  horizon: number,
  native: AssetInfo,
): string | null {
  const atHorizon = rows.filter((r) => r.horizon === horizon);
  if (atHorizon.length === 0 || atHorizon.some((r) => r.difference !== 0n)) return null;
  const floor = changes.GENERATION_FEE;
  const fees = proposed.slice(0, horizon + 1).map((p) => p.baseFee);
  let lowest = fees[0] ?? 0n; // bigints: Math.min does not take them
  for (const f of fees) if (f < lowest) lowest = f;
  const tokens = (v: bigint) => `${formatCompact(v, native.decimals)} ${native.symbol}`;
  if (floor !== undefined && fees.length > 0 && lowest > floor) {
    return `No figure changes in ${horizon} days: GENERATION_FEE is the floor of the generation base fee, and the projected base fee stays above the proposed floor of ${tokens(floor)} (its lowest is ${tokens(lowest)}), so the floor is never reached under the measured activity.`;
  }
  return `No figure changes in ${horizon} days under the measured activity: what the proposal changes does not touch these stocks and incomes over this horizon.`;
}
