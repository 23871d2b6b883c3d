// A wallet's voting power and delegation, to explain a zero before it votes.
export const VOTING_POWER_QUERY = /* GraphQL */ `
  query VotingPower($account: ID!) {
    account(id: $account) {
      id
      balance
      votingPower
      delegate {
        id
      }
      delegators(first: 100) {
        id
      }
      votes(orderBy: timestamp, orderDirection: desc, first: 20) {
        proposal {
          id
          title
        }
        choice
        weight
      }
    }
  }
`;

// The parameter table with each parameter's history.
export const PARAMETERS_QUERY = /* GraphQL */ `
  query Parameters {
    parameters(orderBy: id, first: 100) {
      id
      value
      updatedAt
      changeCount
      changes(orderBy: timestamp, orderDirection: desc, first: 10) {
        oldValue
        newValue
        timestamp
        proposal {
          id
          title
        }
      }
    }
  }
`;
