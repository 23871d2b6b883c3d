// Which indexed movements make up a link of the value network, so a click on it can list
// them with their transactions: the subgraph draws each link from one kind of event.
import type { FlowDetailQuery, FlowDetailQueryVariables } from "../../../gql/graphql.ts";
import { toBigInt } from "../../../lib/amount.ts";
import { DAY } from "../../../lib/time-range.ts";
import { isStock } from "./flow-nodes.ts";

export type DetailKind =
  | "stockFlows"
  | "emissions"
  | "royalties"
  | "sales"
  | "fees"
  | "buybacks"
  | "slashes";

export interface DetailSpec {
  kind: DetailKind;
  /** what the rows are, in words */
  source: string;
  stock?: string;
  direction?: "IN" | "OUT";
  sources?: string[];
  emissionKind?: "GENERATION" | "SHARE" | "HOSTING";
  emissionSource?: "COMPANY_RESERVE" | "COMMUNITY_TREASURY" | "INFLATION";
  royaltyRole?: "CREATOR" | "DATASET_CONTRIBUTOR" | "FINE_TUNER";
}

const INFLOW_SOURCES: Record<string, string[]> = {
  FEE_PAYERS: ["FEE"],
  NFT_BUYERS: ["ROYALTY"],
  STAKING_VAULT: ["SLASH"],
  DONORS: ["DONATION"],
  GENESIS: ["INITIAL_ALLOCATION"],
  LIQUIDITY_PROVIDER: ["DIVERSIFICATION"],
  STAKERS: ["STAKE"],
};

const OUTFLOW_SOURCES: Record<string, string[]> = {
  GRANTEES: ["GRANT"],
  LIQUIDITY_PROVIDER: ["BUYBACK"],
  STAKERS: ["UNSTAKE", "REWARD_CLAIM"],
};

const EMISSION_KINDS: Record<string, DetailSpec["emissionKind"]> = {
  CREATORS: "GENERATION",
  SHARERS: "SHARE",
  HOSTS: "HOSTING",
};

const ROYALTY_ROLES: Record<string, DetailSpec["royaltyRole"]> = {
  CREATORS: "CREATOR",
  DATASET_CONTRIBUTORS: "DATASET_CONTRIBUTOR",
  FINE_TUNERS: "FINE_TUNER",
};

/** The events behind `from → to`, or null for a link no single kind of event records. */
export function detailSpec(from: string, to: string): DetailSpec | null {
  const emissionKind = EMISSION_KINDS[to];
  if (emissionKind && ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "INFLATION"].includes(from)) {
    return {
      kind: "emissions",
      source: "Emission",
      emissionKind,
      emissionSource: from as DetailSpec["emissionSource"],
    };
  }
  if (from === "NFT_BUYERS" && ROYALTY_ROLES[to]) {
    return { kind: "royalties", source: "RoyaltyPayment", royaltyRole: ROYALTY_ROLES[to] };
  }
  if (from === "NFT_BUYERS" && to === "NFT_SELLERS") return { kind: "sales", source: "NftSale" };
  if (from === "FEE_PAYERS" && to === "LIQUIDITY_PROVIDER") {
    return { kind: "fees", source: "FeeCollection (part diversified)" };
  }
  if (from === "LIQUIDITY_PROVIDER" && to === "BURNED")
    return { kind: "buybacks", source: "Buyback" };
  if (from === "STAKING_VAULT" && to === "BURNED")
    return { kind: "slashes", source: "Slash (part burned)" };
  if (isStock(to) && INFLOW_SOURCES[from]) {
    return {
      kind: "stockFlows",
      source: "StockFlow",
      stock: to,
      direction: "IN",
      sources: INFLOW_SOURCES[from],
    };
  }
  if (isStock(from) && OUTFLOW_SOURCES[to]) {
    return {
      kind: "stockFlows",
      source: "StockFlow",
      stock: from,
      direction: "OUT",
      sources: OUTFLOW_SOURCES[to],
    };
  }
  return null;
}

/** The detail request for a link over UTC days fromDay..toDay. */
export function detailVariables(
  spec: DetailSpec,
  asset: string,
  fromDay: number,
  toDay: number,
  first: number,
): FlowDetailQueryVariables {
  return {
    from: String(fromDay * DAY),
    to: String((toDay + 1) * DAY),
    first,
    asset,
    stock: spec.stock ?? "",
    direction: (spec.direction ?? "IN") as FlowDetailQueryVariables["direction"],
    sources: (spec.sources ?? []) as FlowDetailQueryVariables["sources"],
    emissionKind: (spec.emissionKind ?? "GENERATION") as FlowDetailQueryVariables["emissionKind"],
    emissionSource: (spec.emissionSource ??
      "INFLATION") as FlowDetailQueryVariables["emissionSource"],
    royaltyRole: (spec.royaltyRole ?? "CREATOR") as FlowDetailQueryVariables["royaltyRole"],
    stockFlows: spec.kind === "stockFlows",
    emissions: spec.kind === "emissions",
    royalties: spec.kind === "royalties",
    sales: spec.kind === "sales",
    fees: spec.kind === "fees",
    buybacks: spec.kind === "buybacks",
    slashes: spec.kind === "slashes",
  };
}

export interface DetailRow {
  id: string;
  /** what moved, in words (source of a stock flow, epoch of an emission, …) */
  what: string;
  /** the other party, when the event names one */
  party: string | null;
  amount: bigint;
  timestamp: number;
  txHash: string;
}

const words = (key: string) => key.charAt(0) + key.slice(1).toLowerCase().replaceAll("_", " ");

/** One list of rows, whatever kind of event the link is made of; each amount is the link's part. */
export function detailRows(data: FlowDetailQuery): DetailRow[] {
  const rows: DetailRow[] = [
    ...(data.stockFlows ?? []).map((f) => ({
      id: f.id,
      what: words(f.source),
      party: f.counterparty,
      amount: toBigInt(f.amount),
      timestamp: Number(f.timestamp),
      txHash: f.txHash,
    })),
    ...(data.emissions ?? []).map((e) => ({
      id: e.id,
      what: `Reward for epoch ${e.epoch}`,
      party: e.recipient,
      amount: toBigInt(e.amount),
      timestamp: Number(e.timestamp),
      txHash: e.txHash,
    })),
    ...(data.royaltyPayments ?? []).map((r) => ({
      id: r.id,
      what: "Royalty",
      party: r.payee,
      amount: toBigInt(r.amount),
      timestamp: Number(r.timestamp),
      txHash: r.sale.txHash,
    })),
    ...(data.nftSales ?? []).map((s) => ({
      id: s.id,
      what: "Sale, price less royalty",
      party: s.seller,
      amount: toBigInt(s.price) - toBigInt(s.royalty),
      timestamp: Number(s.timestamp),
      txHash: s.txHash,
    })),
    ...(data.feeCollections ?? []).map((f) => ({
      id: f.id,
      what: `${words(f.kind)} fee, part sold for stablecoin`,
      party: f.payer,
      amount: toBigInt(f.stablePart),
      timestamp: Number(f.timestamp),
      txHash: f.txHash,
    })),
    ...(data.buybacks ?? []).map((b) => ({
      id: b.id,
      what: "Tokens bought back and burned",
      party: null,
      amount: toBigInt(b.tokensBurned),
      timestamp: Number(b.timestamp),
      txHash: b.txHash,
    })),
    ...(data.slashes ?? []).map((s) => ({
      id: s.id,
      what: `Slash (${words(s.reason).toLowerCase()}), part burned`,
      party: s.owner,
      amount: toBigInt(s.burned),
      timestamp: Number(s.timestamp),
      txHash: s.txHash,
    })),
  ];
  return rows.sort((a, b) => (a.amount < b.amount ? 1 : a.amount > b.amount ? -1 : 0));
}
