// A parameter change's impact: the same steady activity run through the contract mirror twice,
// under the parameters in force and under the proposed ones, compared at a few horizons.
import { tokensForStable } from "./fee-split.ts";
import { IMPACT_HORIZONS, IMPACT_METRICS, type ImpactMetric } from "./impact-metrics.ts";
import { createState } from "./model/state.ts";
import { setParameters } from "./model/treasury.ts";
import type { ParameterKey, Parameters } from "./parameters.ts";
import {
  type Activity,
  type ProjectionPoint,
  type ProjectionStart,
  projectStocks,
} from "./projection.ts";

export { IMPACT_HORIZONS, IMPACT_METRICS, type ImpactMetric } from "./impact-metrics.ts";

/** Calls a proposal makes once, beside its parameter changes, applied before day 0. */
export interface OneOffs {
  /** stablecoin the stable reserve spends on a buyback (tokens bought are burned) */
  buybackStable: bigint;
  /** tokens the company reserve pays out */
  companyGrants: bigint;
  /** tokens the community treasury pays out */
  communityGrants: bigint;
}

export const NO_ONE_OFFS: OneOffs = { buybackStable: 0n, companyGrants: 0n, communityGrants: 0n };

/** Stocks at a horizon; emissions and income summed from day 0 to it. */
export function metricsAt(p: ProjectionPoint): Record<ImpactMetric, bigint> {
  const { stocks, income } = p;
  return {
    companyReserve: stocks.companyReserve,
    communityTreasury: stocks.communityTreasury,
    stableReserve: stocks.stableReserve,
    emissions: income.creatorRewards + income.hostInflation,
    stakerIncome: income.stakerFees,
    creatorIncome: income.creatorRewards + income.creatorRoyalties,
    hostIncome: income.hostInflation,
  };
}

/** The proposed parameters, refused with the contract's reason when setParameters would be. */
export function applyChanges(
  current: Parameters,
  changes: Partial<Record<ParameterKey, bigint>>,
): Parameters {
  const s = createState(
    {
      companyReserve: "c",
      communityTreasury: "t",
      stakingVault: "v",
      stableReserve: "s",
      liquidityProvider: "l",
    },
    { params: current },
  );
  setParameters(s, changes);
  return s.params;
}

/** The start after the proposal's one-off calls: grants leave to holders, buybacks burn. */
export function applyOneOffs(
  start: ProjectionStart,
  o: OneOffs,
  params: Parameters,
): ProjectionStart {
  const min = (a: bigint, b: bigint) => (a < b ? a : b);
  const company = min(o.companyGrants, start.companyReserve);
  const community = min(o.communityGrants, start.communityTreasury);
  const spent = min(o.buybackStable, start.stableReserve);
  const burned = min(spent > 0n ? tokensForStable(spent, params) : 0n, start.holders);
  return {
    ...start,
    companyReserve: start.companyReserve - company,
    communityTreasury: start.communityTreasury - community,
    stableReserve: start.stableReserve - spent,
    holders: start.holders + company + community - burned,
  };
}

export interface ImpactRow {
  horizon: number;
  metric: ImpactMetric;
  current: bigint;
  proposed: bigint;
  /** proposed − current */
  difference: bigint;
  /** difference / |current| in basis points; null when current is 0 */
  differenceBps: bigint | null;
}

export interface ImpactInput {
  current: Parameters;
  changes: Partial<Record<ParameterKey, bigint>>;
  activity: Activity;
  start: ProjectionStart;
  oneOffs?: OneOffs;
  horizons?: readonly number[];
}

export function compareAt(
  horizon: number,
  current: ProjectionPoint,
  proposed: ProjectionPoint,
): ImpactRow[] {
  const [a, b] = [metricsAt(current), metricsAt(proposed)];
  return IMPACT_METRICS.map((metric) => {
    const difference = b[metric] - a[metric];
    const base = a[metric] < 0n ? -a[metric] : a[metric];
    return {
      horizon,
      metric,
      current: a[metric],
      proposed: b[metric],
      difference,
      differenceBps: base === 0n ? null : (difference * 10_000n) / base,
    };
  });
}

/** The parameters and start the proposed projection runs from. */
export function proposedStart(input: ImpactInput): { params: Parameters; start: ProjectionStart } {
  const params = applyChanges(input.current, input.changes);
  return { params, start: applyOneOffs(input.start, input.oneOffs ?? NO_ONE_OFFS, params) };
}

/** Both projections to the longest horizon, compared at each. */
export function projectImpact(input: ImpactInput): {
  rows: ImpactRow[];
  current: ProjectionPoint[];
  proposed: ProjectionPoint[];
} {
  const horizons = input.horizons ?? IMPACT_HORIZONS;
  const days = Math.max(...horizons);
  const current = projectStocks(input.current, input.activity, days, input.start);
  const next = proposedStart(input);
  const proposed = projectStocks(next.params, input.activity, days, next.start);
  const rows = horizons.flatMap((h) => compareAt(h, current[h]!, proposed[h]!));
  return { rows, current, proposed };
}
