// Every GraphQL document the dashboard's features issue, with representative variables
// for a seeded history (day and window ranges are computed from the indexed head).

import { print } from "graphql";
import { INDEXING_STATUS_QUERY } from "../../web/app/status/status-query.ts";
import { EMISSION_KEYS } from "../../web/features/emissions/api/emission-params.ts";
import { EMISSIONS_QUERY } from "../../web/features/emissions/api/emissions-query.ts";
import { FLOW_DETAIL_QUERY } from "../../web/features/flows/api/flow-detail-query.ts";
import { FLOW_LINKS_QUERY } from "../../web/features/flows/api/flow-links-query.ts";
import { detailSpec, detailVariables } from "../../web/features/flows/api/link-detail.ts";
import { ACCOUNT_VOTES_QUERY } from "../../web/features/governance/api/account-votes-query.ts";
import { DELEGATE_QUERY } from "../../web/features/governance/api/delegate-query.ts";
import {
  DELEGATES_QUERY,
  delegatesAfter,
} from "../../web/features/governance/api/delegates-query.ts";
import { PROPOSAL_QUERY } from "../../web/features/governance/api/proposal-query.ts";
import { PROPOSAL_VOTES_PAGE_QUERY } from "../../web/features/governance/api/proposal-votes-query.ts";
import { NEWEST, PROPOSALS_QUERY } from "../../web/features/governance/api/proposals-query.ts";
import { TX_INDEXED_QUERY } from "../../web/features/governance/api/tx-indexed-query.ts";
import { OVERVIEW_QUERY } from "../../web/features/overview/api/overview-query.ts";
import { SATURATION_DETAIL_QUERY } from "../../web/features/saturation/api/saturation-detail-query.ts";
import { SATURATION_HEATMAP_QUERY } from "../../web/features/saturation/api/saturation-heatmap-query.ts";
import { ROYALTIES_VIEW_QUERY } from "../../web/features/staking/api/royalties-query.ts";
import { STAKING_VIEW_QUERY } from "../../web/features/staking/api/staking-query.ts";
import { PARAMETER_KEYS } from "../../web/features/staking/api/use-staking-page.ts";
import { TREASURY_FLOWS_QUERY } from "../../web/features/treasury/api/treasury-flows-query.ts";
import { TREASURY_HISTORY_QUERY } from "../../web/features/treasury/api/treasury-history-query.ts";

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
  /** the community token's address (lowercase), the asset of the treasury views */
  nativeAsset: string;
  /** a datum id (bytes32) for the saturation drill-down; a missing one still runs */
  datum?: string;
}

export function dashboardQueries(a: HistoryAnchors): DashboardQuery[] {
  const headDay = Math.floor(a.headTimestamp / 86_400);
  const headWindow = Math.floor(a.headTimestamp / 900);
  const headHour = Math.floor(a.headTimestamp / 3_600);
  const treasuryRange = {
    fromDay: headDay - 30,
    toDay: headDay,
    fromHour: headHour - 30 * 24,
    toHour: headHour,
  };
  const weekWindows = {
    fromWindow: String(headWindow - 7 * 96),
    toWindow: String(headWindow + 1),
    fromDay: 0,
    toDay: 0,
    byDay: false,
  };
  const monthDays = {
    fromWindow: "0",
    toWindow: "0",
    fromDay: headDay - 29,
    toDay: headDay,
    byDay: true,
  };
  const datum = a.datum ?? `0x${"00".repeat(32)}`;
  return [
    { name: "indexing status", query: print(INDEXING_STATUS_QUERY), variables: {} },
    {
      name: "overview (7 days)",
      query: print(OVERVIEW_QUERY),
      variables: {
        from: String(a.headTimestamp - 7 * 86_400),
        to: String(a.headTimestamp + 1),
        fromDay: headDay - 7,
        toDay: headDay,
        trailingFromDay: headDay - 89,
        outflowBps: 1000,
        fromHour: headHour - 7 * 24,
        toHour: headHour + 1,
      },
    },
    {
      name: "treasury history (30 days by day)",
      query: print(TREASURY_HISTORY_QUERY),
      variables: { ...treasuryRange, asset: a.nativeAsset, hourly: false },
    },
    {
      name: "treasury history (7 days by hour)",
      query: print(TREASURY_HISTORY_QUERY),
      variables: {
        ...treasuryRange,
        fromHour: headHour - 7 * 24,
        asset: a.nativeAsset,
        hourly: true,
      },
    },
    {
      name: "treasury flows (30 days by day)",
      query: print(TREASURY_FLOWS_QUERY),
      variables: {
        ...treasuryRange,
        asset: a.nativeAsset,
        hourly: false,
        stocks: ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "STABLE_RESERVE", "STAKING_VAULT"],
        from: String(a.headTimestamp - 30 * 86_400),
        to: String(a.headTimestamp + 1),
      },
    },
    {
      name: "emissions",
      query: print(EMISSIONS_QUERY),
      variables: { native: a.nativeAsset, keys: [...EMISSION_KEYS] },
    },
    {
      name: "saturation heatmap (7 d windows)",
      query: print(SATURATION_HEATMAP_QUERY),
      variables: weekWindows,
    },
    {
      name: "saturation heatmap (30 d days)",
      query: print(SATURATION_HEATMAP_QUERY),
      variables: monthDays,
    },
    {
      name: "saturation detail (7 d)",
      query: print(SATURATION_DETAIL_QUERY),
      variables: {
        ...weekWindows,
        datum,
        datumBytes: datum,
        from: String(a.headTimestamp - 7 * 86_400),
        to: String(a.headTimestamp + 1),
      },
    },
    {
      name: "flow links (30 days)",
      query: print(FLOW_LINKS_QUERY),
      variables: { fromDay: headDay - 30, toDay: headDay },
    },
    {
      name: "flow detail (fees to the company reserve, 30 days)",
      query: print(FLOW_DETAIL_QUERY),
      variables: detailVariables(
        detailSpec("FEE_PAYERS", "COMPANY_RESERVE")!,
        a.nativeAsset,
        headDay - 30,
        headDay,
        100,
      ),
    },
    {
      // the Staking view's default: the 30 whole UTC days ending with the head's day
      name: "staking (30 days)",
      query: print(STAKING_VIEW_QUERY),
      variables: {
        keys: PARAMETER_KEYS,
        fromDay: headDay - 29,
        toDay: headDay,
        from: String((headDay - 29) * 86_400),
        to: String((headDay + 1) * 86_400),
      },
    },
    {
      name: "royalties (30 days)",
      query: print(ROYALTIES_VIEW_QUERY),
      variables: { fromDay: headDay - 29, toDay: headDay, top: 10 },
    },
    { name: "proposals", query: print(PROPOSALS_QUERY), variables: { before: NEWEST } },
    {
      name: "proposals (older page)",
      query: print(PROPOSALS_QUERY),
      variables: { before: String(a.headTimestamp - 7 * 86_400) },
    },
    { name: "account votes", query: print(ACCOUNT_VOTES_QUERY), variables: { voter: a.account } },
    {
      name: "proposal detail",
      query: print(PROPOSAL_QUERY),
      variables: { id: a.proposalId, proposal: a.proposalId },
    },
    {
      name: "proposal votes (next page)",
      query: print(PROPOSAL_VOTES_PAGE_QUERY),
      variables: { proposal: a.proposalId, after: `${a.proposalId}-0x` },
    },
    {
      name: "delegates",
      query: print(DELEGATES_QUERY),
      variables: { where: delegatesAfter(null), first: 100, fromDay: headDay - 7 },
    },
    {
      name: "delegates (next page)",
      query: print(DELEGATES_QUERY),
      variables: {
        where: delegatesAfter({ votingPower: "1000000000000000000", id: a.account }),
        first: 100,
        fromDay: headDay - 7,
      },
    },
    { name: "delegate", query: print(DELEGATE_QUERY), variables: { id: a.account } },
    {
      name: "transaction indexed",
      query: print(TX_INDEXED_QUERY),
      variables: { voteId: `${a.proposalId}-${a.account}`, withVote: true },
    },
  ];
}
