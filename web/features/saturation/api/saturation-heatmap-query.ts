// The saturation heatmap: one cell per datum per 15-minute window over a time range. Cells
// carry only what is drawn (saturation colours the cell, surge labels it); a cell's demand
// and capacity are fetched when it is hovered, keeping each page of 1000 cells light.
export const SATURATION_HEATMAP_QUERY = /* GraphQL */ `
  query SaturationHeatmap($fromWindow: BigInt!, $toWindow: BigInt!, $skip: Int!) {
    saturationSamples(
      where: { window_gte: $fromWindow, window_lt: $toWindow }
      orderBy: window
      first: 1000
      skip: $skip
    ) {
      datum {
        id
      }
      window
      saturation
      surge
    }
  }
`;

// The data ranked by their latest saturation: the heatmap's rows.
export const HOT_DATA_QUERY = /* GraphQL */ `
  query HotData {
    datums(orderBy: latestSaturation, orderDirection: desc, first: 100) {
      id
      latestSaturation
      latestSurge
      latestWindow
      downloadCount
      downloadRevenue
    }
  }
`;
