import type {
  ProposalVoteFragment,
  ProposalVotesPageQuery,
  ProposalVotesPageQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";

// The votes after the first 1000, by cursor (id_gt the last id seen), for the rare proposal
// with more voters than one page.
export const PROPOSAL_VOTES_PAGE_QUERY = graphql(`
  query ProposalVotesPage($proposal: String!, $after: ID!) {
    votes(
      subgraphError: allow
      where: { proposal: $proposal, id_gt: $after }
      orderBy: id
      first: 1000
    ) {
      ...ProposalVote
    }
  }
`);

export type VoteRow = ProposalVoteFragment;
export type { ProposalVotesPageQuery, ProposalVotesPageQueryVariables };
