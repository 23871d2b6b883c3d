import type {
  GovernanceProposalsQuery,
  GovernanceProposalsQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// Every proposal, newest first, a page of up to 1000 ending at a creation time (the cursor:
// `before` is the oldest createdAt already shown; rows of that very second come again and
// are deduplicated by id). Filters, search and sort run on these rows in the browser.
export const PROPOSALS_QUERY = graphql(`
  query GovernanceProposals($before: BigInt!) {
    proposals(
      subgraphError: allow
      where: { createdAt_lte: $before }
      orderBy: createdAt
      orderDirection: desc
      first: 1000
    ) {
      id
      title
      state
      proposer {
        id
      }
      forVotes
      againstVotes
      abstainVotes
      quorumVotes
      voterCount
      voteStart
      voteEnd
      createdAt
      queuedAt
      eta
      executedAt
      canceledAt
    }
    governance(subgraphError: allow, id: "governance") {
      proposals
      active
    }
  }
`);

export type ProposalRow = GovernanceProposalsQuery["proposals"][number];

export const PAGE_SIZE = 1000;

/** Far beyond any block time: the first page starts at the newest proposal. */
export const NEWEST = "99999999999";

export function useProposals(before: string) {
  return useDashboardQuery<GovernanceProposalsQuery, GovernanceProposalsQueryVariables>(
    PROPOSALS_QUERY,
    { before },
  );
}
