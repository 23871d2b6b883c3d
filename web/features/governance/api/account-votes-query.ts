import type { AccountVotesQuery, AccountVotesQueryVariables } from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The connected wallet's votes, to mark the proposals it has not voted on. Only asked for
// while a wallet is connected.
export const ACCOUNT_VOTES_QUERY = graphql(`
  query AccountVotes($voter: String!) {
    votes(
      subgraphError: allow
      where: { voter: $voter }
      orderBy: timestamp
      orderDirection: desc
      first: 1000
    ) {
      id
      proposal {
        id
      }
      choice
    }
  }
`);

export function useAccountVotes(voter: string | null) {
  return useDashboardQuery<AccountVotesQuery, AccountVotesQueryVariables>(
    ACCOUNT_VOTES_QUERY,
    { voter: voter ?? "" },
    { skip: !voter },
  );
}
