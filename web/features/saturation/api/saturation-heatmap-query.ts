// The saturation heatmap: one cell per datum per 15-minute window over a time range. Cells
// carry only what is drawn (saturation colours the cell, surge labels it); the row is the
// datum in the sample's documented id `{datum}-{window}`, which spares a nested object per
// cell; a cell's demand and capacity are fetched when it is hovered. Pages of 500 cells keep
// each answer well inside the 20 ms budget (a day of 32 data is 7 pages).
export const SATURATION_HEATMAP_QUERY = /* GraphQL */ `
  query SaturationHeatmap($fromWindow: BigInt!, $toWindow: BigInt!, $skip: Int!) {
    saturationSamples(
      where: { window_gte: $fromWindow, window_lt: $toWindow }
      orderBy: window
      first: 500
      skip: $skip
    ) {
      id
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
