// Treasury health: each stock's balance per asset now and its daily balance history.
export const TREASURY_OVERVIEW_QUERY = /* GraphQL */ `
  query TreasuryOverview($sinceDay: Int!) {
    stocks(orderBy: id, first: 10) {
      id
      kind
      address
      balances(orderBy: id, first: 5) {
        id
        asset
        balance
        inflowTotal
        outflowTotal
        days(where: { dayId_gte: $sinceDay }, orderBy: dayId, first: 400) {
          dayId
          balance
          inflow
          outflow
        }
      }
    }
    token(id: "token") {
      totalSupply
      burned
      minted
      stockHoldings
    }
    _meta {
      block {
        number
        timestamp
      }
      hasIndexingErrors
    }
  }
`;
