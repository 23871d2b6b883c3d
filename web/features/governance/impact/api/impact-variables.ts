// The impact query's variables: which block the preview reads (the head, or the block before
// an execution) and, for an executed proposal, the 7 days after it that the backtest reads.
import type { AssetInfo } from "../../../../lib/config.ts";
import type { ImpactVariables } from "./impact-query.ts";

export const BACKTEST_DAYS = 7;

export interface ImpactTarget {
  /** the block the execution happened in; null for a draft or a proposal not yet executed */
  executedBlock: number | null;
  /** the execution's timestamp (unix seconds); null when not executed */
  executedAt: number | null;
}

export const stockId = (kind: string, asset: AssetInfo | undefined) =>
  `${kind}-${asset?.address.toLowerCase() ?? "0x"}`;

export function impactVariables(
  target: ImpactTarget,
  native: AssetInfo | undefined,
  stable: AssetInfo | undefined,
): ImpactVariables {
  const company = stockId("COMPANY_RESERVE", native);
  const community = stockId("COMMUNITY_TREASURY", native);
  const stableId = stockId("STABLE_RESERVE", stable);
  const executed = target.executedBlock !== null && target.executedAt !== null;
  const until = executed ? target.executedAt! + BACKTEST_DAYS * 86_400 : 0;
  return {
    block: executed ? { number: target.executedBlock! - 1 } : { number_gte: 0 },
    stockIds: [company, community, stableId],
    stockKeys: [company, community, stableId],
    hourFrom: executed ? Math.floor(target.executedAt! / 3600) : 0,
    // whole hours: the balance at the end of the last hour before the 7 days end
    hourEnd: executed ? Math.floor(until / 3600) : 0,
    after: String(executed ? target.executedAt : 0),
    // whole UTC days after the execution's own, for the activity the backtest compares
    dayFrom: executed ? Math.floor(target.executedAt! / 86_400) + 1 : 0,
    dayTo: executed ? Math.floor(until / 86_400) + 1 : 0,
    until: String(until),
  };
}
