// Pure derivations for the Flows view. Amounts stay bigint; the only numbers are the
// Sankey's geometry (each link's share of what the diagram moves, from a bigint ratio) and
// the shares shown as percentages.
import type { FlowLinksQuery } from "../../../gql/graphql.ts";
import { ratio, toBigInt } from "../../../lib/amount.ts";
import { isStock } from "./flow-nodes.ts";

export interface LinkTotal {
  /** FlowLink id: `{from}-{to}`, `{from}-{to}-{asset}` for the stablecoin */
  id: string;
  from: string;
  to: string;
  asset: string;
  amount: bigint;
  count: number;
}

/** Each link over the range: its running total at the last day minus the one before the first. */
export function linkTotals(data: FlowLinksQuery): LinkTotal[] {
  return data.flowLinks
    .map((l) => {
      const end = l.end[0];
      const start = l.start[0];
      return {
        id: l.id,
        from: l.from,
        to: l.to,
        asset: l.asset,
        amount: toBigInt(end?.cumulativeAmount ?? "0") - toBigInt(start?.cumulativeAmount ?? "0"),
        count: (end?.cumulativeCount ?? 0) - (start?.cumulativeCount ?? 0),
      };
    })
    .filter((l) => l.amount !== 0n);
}

export const ofAsset = (links: LinkTotal[], asset: string) =>
  links.filter((l) => l.asset === asset.toLowerCase());

/** What each node sent along all its links: the whole a link's "share of its source" is of. */
export function sentBy(links: LinkTotal[]): Map<string, bigint> {
  const sent = new Map<string, bigint>();
  for (const l of links) sent.set(l.from, (sent.get(l.from) ?? 0n) + l.amount);
  return sent;
}

/** amount ÷ everything its source sent in the range (same asset): 0..1. */
export function shareOfSource(link: LinkTotal, sent: Map<string, bigint>): number {
  return ratio(link.amount, sent.get(link.from) ?? 0n);
}

export interface StockChange {
  stock: string;
  asset: string;
  linksIn: bigint;
  linksOut: bigint;
  /** balance after the last flow before the range (StockDaySnapshot) */
  opening: bigint;
  /** balance after the last flow of the range */
  closing: bigint;
  /** linksIn − linksOut = closing − opening */
  reconciles: boolean;
}

/** Each stock and asset: the links in and out against its balance change over the range. */
export function stockChanges(data: FlowLinksQuery, links: LinkTotal[]): StockChange[] {
  return data.stockBalances
    .map((b) => {
      const mine = links.filter((l) => l.asset === b.asset);
      const linksIn = mine.filter((l) => l.to === b.stock.id).reduce((a, l) => a + l.amount, 0n);
      const linksOut = mine.filter((l) => l.from === b.stock.id).reduce((a, l) => a + l.amount, 0n);
      const opening = toBigInt(b.start[0]?.balance ?? "0");
      const closing = b.end[0] ? toBigInt(b.end[0].balance) : opening;
      return {
        stock: b.stock.id,
        asset: b.asset,
        linksIn,
        linksOut,
        opening,
        closing,
        reconciles: linksIn - linksOut === closing - opening,
      };
    })
    .filter((c) => c.linksIn !== 0n || c.linksOut !== 0n || c.opening !== 0n || c.closing !== 0n);
}

export interface SankeyNodeDatum {
  /** node id in the diagram: a stock, or `{agent}:out` / `{agent}:in` */
  key: string;
  /** the subgraph's node name */
  node: string;
  side: "source" | "stock" | "sink";
  /** max(links in, links out): what the node's bar stands for */
  total: bigint;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  /** the link's part of everything the diagram moves: geometry only */
  value: number;
  link: LinkTotal;
  /** amount ÷ what its source sent (0..1) */
  share: number;
}

export interface SankeyModel {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
}

/** Smallest drawn value: a link too small for a pixel still exists and can be hovered. */
const MIN_VALUE = 1e-9;

/**
 * The diagram: stocks in the middle, agents twice (paying on the left, receiving on the
 * right), so stakers staking and stakers unstaking never loop. A stock-to-stock link that
 * would close a loop goes to a receiving copy of its target instead.
 */
export function sankeyModel(
  links: LinkTotal[],
  hidden: ReadonlySet<string> = new Set(),
): SankeyModel {
  const visible = links.filter((l) => !hidden.has(l.from) && !hidden.has(l.to) && l.amount > 0n);
  const total = visible.reduce((a, l) => a + l.amount, 0n);
  const sent = sentBy(links);
  const keys: string[] = [];
  const index = new Map<string, number>();
  const nodeOf = (node: string, side: "source" | "sink") => {
    const key = isStock(node) ? node : `${node}:${side === "source" ? "out" : "in"}`;
    if (!index.has(key)) {
      index.set(key, keys.length);
      keys.push(key);
    }
    return key;
  };
  const edges = visible.map((l) => ({
    l,
    from: nodeOf(l.from, "source"),
    to: nodeOf(l.to, "sink"),
  }));
  // Loops can only run through stocks: cut each back edge by a receiving copy.
  const reaches = (start: string, goal: string, graph: typeof edges) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const at = stack.pop() as string;
      if (at === goal) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      for (const e of graph) if (e.from === at) stack.push(e.to);
    }
    return false;
  };
  const kept: typeof edges = [];
  for (const e of edges) {
    if (isStock(e.l.to) && reaches(e.to, e.from, kept)) {
      const copy = `${e.l.to}:in`;
      if (!index.has(copy)) {
        index.set(copy, keys.length);
        keys.push(copy);
      }
      kept.push({ ...e, to: copy });
    } else kept.push(e);
  }
  const inOf = new Map<string, bigint>();
  const outOf = new Map<string, bigint>();
  for (const e of kept) {
    outOf.set(e.from, (outOf.get(e.from) ?? 0n) + e.l.amount);
    inOf.set(e.to, (inOf.get(e.to) ?? 0n) + e.l.amount);
  }
  const nodes = keys.map((key): SankeyNodeDatum => {
    const node = key.split(":")[0] as string;
    const i = inOf.get(key) ?? 0n;
    const o = outOf.get(key) ?? 0n;
    const side = key.endsWith(":out") ? "source" : key.endsWith(":in") ? "sink" : "stock";
    return { key, node, side, total: i > o ? i : o };
  });
  return {
    nodes,
    links: kept.map((e) => ({
      source: index.get(e.from) as number,
      target: index.get(e.to) as number,
      value: Math.max(ratio(e.l.amount, total), MIN_VALUE),
      link: e.l,
      share: shareOfSource(e.l, sent),
    })),
  };
}
