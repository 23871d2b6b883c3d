// The flows table of one stock, newest first, filterable by source (filters live in the URL).
export const STOCK_FLOWS_QUERY = /* GraphQL */ `
  query StockFlows($stock: String!, $sources: [FlowSource!], $first: Int!, $skip: Int!) {
    stockFlows(
      where: { stock: $stock, source_in: $sources }
      orderBy: timestamp
      orderDirection: desc
      first: $first
      skip: $skip
    ) {
      id
      asset
      direction
      source
      counterparty
      amount
      balanceAfter
      timestamp
      txHash
    }
  }
`;
