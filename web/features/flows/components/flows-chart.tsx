// The Sankey in its chart card: question, unit and range, the legend of nodes (click to
// hide one and its links), the table of links and its CSV. The diagram (recharts) loads
// after the card, in the height the card reserves, so the page's text does not wait for it.

import { lazy, Suspense } from "react";
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { NBSP } from "../../../lib/percent.ts";
import { NODE_NOTES, nodeColour, nodeName } from "../api/flow-nodes.ts";
import { type LinkTotal, sankeyModel, sentBy, shareOfSource } from "../api/flows-model.ts";

const FlowSankey = lazy(() => import("./flow-sankey.tsx").then((m) => ({ default: m.FlowSankey })));

export interface FlowsChartProps {
  links: LinkTotal[];
  asset: AssetInfo;
  hidden: ReadonlySet<string>;
  onToggle: (node: string) => void;
  selected: string | null;
  onSelect: (linkId: string) => void;
  subtitle: string;
  query: QueryState;
}

const HEIGHT = 460;
// Room under the diagram for up to three lines of the node legend, so nothing moves on load.
const LEGEND_ROOM = 84;
const LEGEND = {
  display: "flex",
  flexWrap: "wrap",
  gap: "0.25rem 0.9rem",
  listStyle: "none",
  padding: 0,
  margin: "0.4rem 0 0",
} as const;

export function linksTable(links: LinkTotal[], asset: AssetInfo): TableSpec {
  const sent = sentBy(links);
  return {
    source: "FlowLink (running totals of FlowEdge days)",
    columns: [
      { label: "From" },
      { label: "To" },
      { label: `Amount (${asset.symbol})`, numeric: true },
      { label: "Share of the source (%)", numeric: true },
      { label: "Movements", numeric: true },
    ],
    rows: [...links]
      .sort((a, b) => (a.amount < b.amount ? 1 : a.amount > b.amount ? -1 : 0))
      .map((l) => {
        const exact = formatExact(l.amount, asset.decimals);
        const share = (shareOfSource(l, sent) * 100).toFixed(2);
        return [
          nodeName(l.from),
          nodeName(l.to),
          { text: exact, csv: exact.replaceAll(",", "") },
          { text: `${share}${NBSP}%`, csv: share },
          String(l.count),
        ];
      }),
  };
}

export function FlowsChart(props: FlowsChartProps) {
  const { links, asset, hidden, onToggle, selected, onSelect, subtitle, query } = props;
  const model = sankeyModel(links, hidden);
  const nodes = [...new Set(links.flatMap((l) => [l.from, l.to]))].sort((a, b) =>
    nodeName(a).localeCompare(nodeName(b)),
  );
  const notes = Object.entries(NODE_NOTES).map(([n, note]) => `${nodeName(n)}: ${note}`);
  return (
    <ChartCard
      title={`Where did ${asset.symbol} come from, and where did it go?`}
      subtitle={`${asset.symbol} moved between the network's agents and stocks, ${subtitle}. Link widths are exact shares of what moved.`}
      height={HEIGHT + LEGEND_ROOM}
      query={query}
      empty={
        links.length === 0
          ? `No ${asset.symbol} moved between the network's agents and stocks in this range; fees, rewards, sales or stakes would draw links here.`
          : model.links.length === 0
            ? "Every node with links is hidden: click a name below to show it again."
            : null
      }
      table={linksTable(links, asset)}
      csvName={`flows-${asset.symbol}.csv`}
      formula={
        <>
          <p>
            A link's amount over the range = its running total at the range's last day − its running
            total before the first day (FlowLink, FlowEdge.cumulativeAmount). Share of the source =
            the link's amount ÷ everything its source sent over the range in {asset.symbol}, links
            to hidden nodes included. Widths are the link's amount ÷ everything drawn, computed on
            the bigint amounts.
          </p>
          <p>What some nodes stand for: {notes.join("; ")}.</p>
        </>
      }
      note={
        <>
          Payers are on the left, stocks in the middle, receivers on the right; click a name below
          the diagram to hide it and its links.
        </>
      }
    >
      <Suspense
        fallback={<div className="skeleton" style={{ height: HEIGHT }} aria-hidden="true" />}
      >
        <FlowSankey
          model={model}
          asset={asset}
          height={HEIGHT}
          selected={selected}
          onSelect={onSelect}
        />
      </Suspense>
      <ul aria-label="Nodes: click to hide or show" style={LEGEND}>
        {nodes.map((n) => (
          <li key={n}>
            <button
              type="button"
              className="link-button"
              style={{ color: "var(--text)", textDecoration: "none", fontSize: 12 }}
              aria-pressed={!hidden.has(n)}
              title={NODE_NOTES[n]}
              onClick={() => onToggle(n)}
            >
              <span className="swatch" style={{ background: nodeColour(n) }} aria-hidden="true" />
              <span className={hidden.has(n) ? "legend-off" : undefined}>{nodeName(n)}</span>
            </button>
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
