// The emission curve: per-epoch totals by kind and source with the cumulative line.
export const EMISSION_CURVE_QUERY = /* GraphQL */ `
  query EmissionCurve {
    emissionEpoches(orderBy: epoch, first: 1000) {
      epoch
      total
      generation
      share
      hosting
      fromCompanyReserve
      fromCommunityTreasury
      fromInflation
      cumulative
    }
    emissionTotals(id: "emissions") {
      cumulative
      generation
      share
      hosting
    }
    supplyDays(orderBy: dayId, first: 1000) {
      dayId
      totalSupply
      circulating
      burned
    }
  }
`;
