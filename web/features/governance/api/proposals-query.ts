// The proposal list: state, tallies against quorum, timeline.
export const PROPOSALS_QUERY = /* GraphQL */ `
  query Proposals($states: [ProposalState!], $first: Int!) {
    proposals(where: { state_in: $states }, orderBy: createdAt, orderDirection: desc, first: $first) {
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
    governance(id: "governance") {
      proposals
      proposalsExecuted
      proposalsDefeated
      proposalsCanceled
      delegatedVotes
      currentDelegates
      active
    }
  }
`;
