import type {
  GovernanceProposalQuery,
  GovernanceProposalQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// One proposal in one request: its text, tallies, timeline and calls; the first 1000 of its
// votes by id (later pages by id_gt, see proposal-votes-query.ts); the parameters' current
// values (a pending setParameters call changes them from these); and the governor's
// settings for the timeline.
export const PROPOSAL_QUERY = graphql(`
  query GovernanceProposal($id: ID!, $proposal: String!) {
    proposal(subgraphError: allow, id: $id) {
      id
      title
      description
      state
      proposer {
        id
      }
      forVotes
      againstVotes
      abstainVotes
      totalVotes
      voterCount
      quorumVotes
      voteStart
      voteEnd
      createdAt
      createdTxHash
      queuedAt
      eta
      executedAt
      executedTxHash
      canceledAt
      targets
      values
      calldatas
      actions(orderBy: index, first: 100) {
        id
        index
        target
        value
        calldata
        functionName
        parameterKeys
        parameterValues
      }
      parameterChanges(orderBy: id, first: 100) {
        id
        parameter {
          id
        }
        oldValue
        newValue
        blockNumber
      }
    }
    votes(subgraphError: allow, where: { proposal: $proposal }, orderBy: id, first: 1000) {
      ...ProposalVote
    }
    parameters(subgraphError: allow, orderBy: id, first: 100) {
      id
      value
    }
    governanceFrameworks(subgraphError: allow, first: 1) {
      id
      votingDelay
      votingPeriod
      quorumNumerator
      quorumDenominator
      timelockDelay
    }
  }
`);

export const PROPOSAL_VOTE_FRAGMENT = graphql(`
  fragment ProposalVote on Vote {
    id
    voter {
      id
    }
    choice
    weight
    reason
    timestamp
    txHash
  }
`);

export type ProposalData = NonNullable<GovernanceProposalQuery["proposal"]>;

export function useProposalQuery(id: string) {
  return useDashboardQuery<GovernanceProposalQuery, GovernanceProposalQueryVariables>(
    PROPOSAL_QUERY,
    { id, proposal: id },
  );
}
