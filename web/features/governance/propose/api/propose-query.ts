import type { GovernanceProposeQuery } from "../../../../gql/graphql.ts";
import { graphql } from "../../../../gql/index.ts";
import { toBigInt } from "../../../../lib/amount.ts";
import { useDashboardQuery } from "../../../../lib/use-dashboard-query.ts";

// The builder's one request: every governed parameter's current value (the diff's "old"),
// whether the timelock owns them yet, and the governor's threshold as last indexed (shown
// before a wallet connects; the wallet then reads the contract's own).
export const PROPOSE_QUERY = graphql(`
  query GovernancePropose {
    parameters(subgraphError: allow, first: 1000, orderBy: id) {
      id
      value
      updatedAt
    }
    governance(subgraphError: allow, id: "governance") {
      active
    }
    governanceFrameworks(subgraphError: allow, first: 1) {
      id
      proposalThreshold
    }
  }
`);

export function useProposeData() {
  return useDashboardQuery<GovernanceProposeQuery, Record<string, never>>(PROPOSE_QUERY, {});
}

/** key → current value, from the indexed Parameter entities. */
export function currentValues(data: GovernanceProposeQuery | undefined): Record<string, bigint> {
  return Object.fromEntries((data?.parameters ?? []).map((p) => [p.id, toBigInt(p.value)]));
}
