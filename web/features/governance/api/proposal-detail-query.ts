// One proposal: decoded actions, the votes table (sortable, exportable), the parameter
// changes it made, and the governor settings for the timeline.
export const PROPOSAL_DETAIL_QUERY = /* GraphQL */ `
  query ProposalDetail($id: ID!, $votesOrderBy: Vote_orderBy!, $votesDirection: OrderDirection!, $votesSkip: Int!) {
    proposal(id: $id) {
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
      actions(orderBy: index) {
        index
        target
        functionName
        parameterKeys
        parameterValues
      }
      votes(orderBy: $votesOrderBy, orderDirection: $votesDirection, first: 1000, skip: $votesSkip) {
        voter {
          id
        }
        choice
        weight
        reason
        timestamp
        txHash
      }
      parameterChanges(orderBy: id) {
        parameter {
          id
        }
        oldValue
        newValue
      }
    }
    governanceFrameworks(first: 1) {
      votingDelay
      votingPeriod
      quorumNumerator
      quorumDenominator
      timelockDelay
    }
  }
`;
