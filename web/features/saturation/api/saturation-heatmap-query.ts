import type {
  SaturationHeatmapQuery,
  SaturationHeatmapQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// The heatmap in one request. Up to a week, a column per 15-minute window: SaturationWindow
// holds every datum's sample of its window as parallel lists (672 rows for a week, where
// SaturationSample pages of 500 took 135 requests for 100 data). Longer ranges draw a
// column per UTC day from each datum's SaturationDay. The data come with their index (the
// key of the window lists) and their lifetime downloads; the parameters state the formulas.
export const SATURATION_HEATMAP_QUERY = graphql(`
  query SaturationHeatmap(
    $fromWindow: BigInt!
    $toWindow: BigInt!
    $fromDay: Int!
    $toDay: Int!
    $byDay: Boolean!
  ) {
    datums(orderBy: index, first: 1000, subgraphError: allow) {
      id
      index
      latestSaturation
      latestSurge
      latestWindow
      downloadCount
      downloadRevenue
      days(where: { dayId_gte: $fromDay, dayId_lte: $toDay }, orderBy: dayId, first: 1000)
        @include(if: $byDay) {
        dayId
        samples
        saturatedWindows
        peakSaturationBps
        peakSurgeBps
        demand
        capacity
      }
    }
    saturationWindows(
      where: { window_gte: $fromWindow, window_lt: $toWindow }
      orderBy: window
      first: 1000
      subgraphError: allow
    ) @skip(if: $byDay) {
      window
      datumIndexes
      demand
      capacity
      surgeBps
      basePrices
      basePriceFrom
    }
    parameters(
      where: { id_in: ["DOWNLOAD_BASE_PRICE", "SURGE_SLOPE_BPS", "SURGE_CAP_BPS"] }
      subgraphError: allow
    ) {
      id
      value
    }
  }
`);

export function useSaturationHeatmap(variables: SaturationHeatmapQueryVariables, skip: boolean) {
  return useDashboardQuery<SaturationHeatmapQuery, SaturationHeatmapQueryVariables>(
    SATURATION_HEATMAP_QUERY,
    variables,
    { skip },
  );
}
