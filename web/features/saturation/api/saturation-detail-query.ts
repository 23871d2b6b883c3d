import type {
  SaturationDetailQuery,
  SaturationDetailQueryVariables,
} from "../../../gql/graphql.ts";
import { graphql } from "../../../gql/index.ts";
import { useDashboardQuery } from "../../../lib/use-dashboard-query.ts";

// One datum's drill-down in one request: its per-window SaturationSample rows (a week is
// 672, within one page) or, for longer ranges, its SaturationDay rows; its paid downloads
// in the range; and the availability samples that name it, the only on-chain record of
// which hosting nodes serve it.
export const SATURATION_DETAIL_QUERY = graphql(`
  query SaturationDetail(
    $datum: ID!
    $datumBytes: Bytes!
    $fromWindow: BigInt!
    $toWindow: BigInt!
    $from: BigInt!
    $to: BigInt!
    $fromDay: Int!
    $toDay: Int!
    $byDay: Boolean!
  ) {
    datum(id: $datum, subgraphError: allow) {
      id
      index
      latestSaturation
      latestSurge
      latestWindow
      sampleCount
      downloadCount
      downloadRevenue
      samples(
        where: { window_gte: $fromWindow, window_lt: $toWindow }
        orderBy: window
        first: 1000
      ) @skip(if: $byDay) {
        window
        demand
        capacity
        saturationBps
        surgeBps
        price
      }
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
      downloads(
        where: { timestamp_gte: $from, timestamp_lt: $to }
        orderBy: timestamp
        first: 1000
      ) {
        id
        downloader
        price
        surgeBps
        timestamp
        txHash
      }
    }
    availabilitySamples(
      where: { datum: $datumBytes }
      orderBy: window
      orderDirection: desc
      first: 1000
      subgraphError: allow
    ) {
      window
      passed
      slashed
      timestamp
      node {
        id
        region
        failedSamples
        latestShare
      }
    }
  }
`);

export function useSaturationDetail(variables: SaturationDetailQueryVariables, skip: boolean) {
  return useDashboardQuery<SaturationDetailQuery, SaturationDetailQueryVariables>(
    SATURATION_DETAIL_QUERY,
    variables,
    { skip },
  );
}
