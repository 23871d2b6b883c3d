// Every GraphQL document the dashboard's features issue, with representative variables
// for a seeded history (day and window ranges are computed from the indexed head).
import { EMISSION_CURVE_QUERY } from "../../web/features/emissions/api/emission-curve-query.ts";
import {
  FEE_DAYS_QUERY,
  VALUE_FLOWS_QUERY,
} from "../../web/features/flows/api/value-flows-query.ts";
import { PROPOSAL_DETAIL_QUERY } from "../../web/features/governance/api/proposal-detail-query.ts";
import { PROPOSALS_QUERY } from "../../web/features/governance/api/proposals-query.ts";
import {
  PARAMETERS_QUERY,
  VOTING_POWER_QUERY,
} from "../../web/features/governance/api/voting-power-query.ts";
import {
  HOT_DATA_QUERY,
  SATURATION_HEATMAP_QUERY,
} from "../../web/features/saturation/api/saturation-heatmap-query.ts";
import { STOCK_FLOWS_QUERY } from "../../web/features/treasury/api/stock-flows-query.ts";
import { TREASURY_OVERVIEW_QUERY } from "../../web/features/treasury/api/treasury-overview-query.ts";

export interface DashboardQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface HistoryAnchors {
  /** head block timestamp (unix seconds) */
  headTimestamp: number;
  /** a proposal id and an account that exist in the store */
  proposalId: string;
  account: string;
}

export function dashboardQueries(a: HistoryAnchors): DashboardQuery[] {
  const headDay = Math.floor(a.headTimestamp / 86_400);
  const headWindow = Math.floor(a.headTimestamp / 900);
  const lastDayWindows = { fromWindow: String(headWindow - 96), toWindow: String(headWindow + 1) };
  return [
    {
      name: "treasury overview (30 days)",
      query: TREASURY_OVERVIEW_QUERY,
      variables: { sinceDay: headDay - 30 },
    },
    {
      name: "stock flows page",
      query: STOCK_FLOWS_QUERY,
      variables: {
        stock: "COMMUNITY_TREASURY",
        sources: ["FEE", "ROYALTY", "SLASH"],
        first: 50,
        skip: 0,
      },
    },
    { name: "emission curve", query: EMISSION_CURVE_QUERY, variables: {} },
    {
      name: "saturation heatmap (last day)",
      query: SATURATION_HEATMAP_QUERY,
      variables: { ...lastDayWindows, skip: 0 },
    },
    {
      name: "saturation heatmap page 2",
      query: SATURATION_HEATMAP_QUERY,
      variables: { ...lastDayWindows, skip: 500 },
    },
    { name: "hot data", query: HOT_DATA_QUERY, variables: {} },
    {
      name: "value flows (30 days)",
      query: VALUE_FLOWS_QUERY,
      variables: { fromDay: headDay - 30, toDay: headDay, skip: 0 },
    },
    { name: "fee days", query: FEE_DAYS_QUERY, variables: { fromDay: headDay - 30 } },
    {
      name: "proposals",
      query: PROPOSALS_QUERY,
      variables: {
        states: [
          "PENDING",
          "ACTIVE",
          "CANCELED",
          "DEFEATED",
          "SUCCEEDED",
          "QUEUED",
          "EXPIRED",
          "EXECUTED",
        ],
        first: 50,
      },
    },
    {
      name: "active proposals",
      query: PROPOSALS_QUERY,
      variables: { states: ["ACTIVE", "PENDING"], first: 50 },
    },
    {
      name: "proposal detail",
      query: PROPOSAL_DETAIL_QUERY,
      variables: { id: a.proposalId, votesOrderBy: "weight", votesDirection: "desc", votesSkip: 0 },
    },
    { name: "voting power", query: VOTING_POWER_QUERY, variables: { account: a.account } },
    { name: "parameters", query: PARAMETERS_QUERY, variables: {} },
  ];
}
