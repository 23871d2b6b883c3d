// Everything the Emissions view shows, derived in one place from its one answer and the
// indexed head: the epochs with their schedule, today's parameters and activity level, and
// the projection to the chosen horizon.
import { rewardPerGeneration } from "../../../../economy/emission.ts";
import type { Parameters } from "../../../../economy/parameters.ts";
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { toBigInt } from "../../../lib/amount.ts";
import { DAY } from "../../../lib/time-range.ts";
import {
  type EmissionParams,
  emissionMarks,
  type ParamChange,
  paramHistory,
  paramsAt,
} from "./emission-params.ts";
import {
  type ActivityLevel,
  HORIZONS,
  type Horizon,
  type Projection,
  project,
  trailingActivity,
} from "./emission-projection.ts";
import {
  type CumulativeRow,
  cumulativeRows,
  type EpochRow,
  epochRows,
} from "./emission-schedule.ts";

export interface EmissionsView {
  genesis: number;
  /** the epoch in progress at the head */
  epoch: number;
  rows: EpochRow[];
  cumulative: CumulativeRow[];
  /** emitted by epochs older than the rows (only when the history exceeds one page) */
  before: bigint;
  marks: ParamChange[];
  /** parameters in force at the head; null when one of them was never indexed */
  today: EmissionParams | null;
  rewardNow: bigint;
  level: ActivityLevel;
  projection: Projection | null;
  reserves: { company: bigint; community: bigint };
  totalSupply: bigint;
}

const stockBalance = (data: EmissionsQuery, stock: string) =>
  toBigInt(data.stockBalances.find((b) => b.stock.id === stock)?.balance ?? "0");

/** Null when the history cannot be placed in time: no genesis and no parameter indexed. */
export function emissionsView(
  data: EmissionsQuery,
  head: number,
  horizon: Horizon,
): EmissionsView | null {
  const history = paramHistory(data.parameterChanges);
  const genesisText = data.emissionTotals?.genesis ?? history[0]?.timestamp;
  if (genesisText === undefined || genesisText === null) return null;
  const genesis = Number(genesisText);
  const epoch = Math.max(0, Math.floor((head - genesis) / DAY));
  const rows = epochRows(data, history, genesis);
  const oldest = data.emissionEpoches.at(-1);
  const before =
    data.emissionEpoches.length >= 1000 && oldest
      ? toBigInt(oldest.cumulative) - toBigInt(oldest.total)
      : 0n;
  const today = paramsAt(history, head);
  const level = trailingActivity(rows, epoch);
  const settled = rows.filter((r) => r.hostingSettled).map((r) => r.epoch);
  const lastSettled = settled.length > 0 ? Math.max(...settled) : (rows[0]?.epoch ?? epoch) - 1;
  const reserves = {
    company: stockBalance(data, "COMPANY_RESERVE"),
    community: stockBalance(data, "COMMUNITY_TREASURY"),
  };
  const totalSupply = toBigInt(data.supplyDays[0]?.totalSupply ?? "0");
  const cumulative = cumulativeRows(rows, head, before);
  const emitted = cumulative.at(-1)?.actual.total ?? before;
  const projection = today
    ? project(
        today,
        level,
        {
          epoch,
          genesis,
          cumulative: emitted,
          totalSupply,
          companyReserve: reserves.company,
          communityTreasury: reserves.community,
          unsettledHosting: Math.max(0, epoch - lastSettled),
        },
        HORIZONS[horizon],
      )
    : null;
  return {
    genesis,
    epoch,
    rows,
    cumulative,
    before,
    marks: emissionMarks(history, genesis),
    today,
    rewardNow: today ? rewardPerGeneration(today as unknown as Parameters, BigInt(epoch)) : 0n,
    level,
    projection,
    reserves,
    totalSupply,
  };
}
