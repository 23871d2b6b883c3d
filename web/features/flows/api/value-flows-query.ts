// Value flows for a Sankey over a date range: the per-day edges, summed client-side.
export const VALUE_FLOWS_QUERY = /* GraphQL */ `
  query ValueFlows($fromDay: Int!, $toDay: Int!, $skip: Int!) {
    flowEdges(
      where: { dayId_gte: $fromDay, dayId_lte: $toDay }
      orderBy: id
      first: 1000
      skip: $skip
    ) {
      from
      to
      asset
      dayId
      amount
      count
    }
  }
`;

// Fees by kind per day, for the fee revenue chart next to the Sankey.
export const FEE_DAYS_QUERY = /* GraphQL */ `
  query FeeDays($fromDay: Int!) {
    feeDays(where: { dayId_gte: $fromDay }, orderBy: dayId, first: 1000) {
      kind
      dayId
      count
      amount
      companyPart
      communityPart
      stakerPart
      stablePart
    }
    baseFeeUpdates(orderBy: epoch, orderDirection: desc, first: 60) {
      epoch
      oldFee
      newFee
      utilisation
    }
  }
`;
