// The Sankey in its chart card: question, unit and range, the legend of nodes (click to
// hide one and its links), the table of links and its CSV.
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { NODE_NOTES, nodeColour, nodeName } from "../api/flow-nodes.ts";
import { type LinkTotal, sankeyModel, sentBy, shareOfSource } from "../api/flows-model.ts";
import { FlowSankey } from "./flow-sankey.tsx";

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

const HEIGHT = 480;
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
          { text: `${share} %`, csv: share },
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
  const notes = nodes.filter((n) => NODE_NOTES[n]).map((n) => `${nodeName(n)}: ${NODE_NOTES[n]}`);
  return (
    <ChartCard
      title={`Where did ${asset.symbol} come from, and where did it go?`}
      subtitle={`${asset.symbol} moved between the network's agents and stocks, ${subtitle}. Link widths are exact shares of what moved.`}
      height={HEIGHT + 40}
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
        <p>
          A link's amount over the range = its running total at the range's last day − its running
          total before the first day (FlowLink, FlowEdge.cumulativeAmount). Share of the source =
          the link's amount ÷ everything its source sent over the range in {asset.symbol}, links to
          hidden nodes included. Widths are the link's amount ÷ everything drawn, computed on the
          bigint amounts.
        </p>
      }
      note={
        <>
          Payers are on the left, stocks in the middle, receivers on the right; click a name below
          the diagram to hide it and its links. {notes.join("; ")}
          {notes.length > 0 ? "." : ""}
        </>
      }
    >
      <FlowSankey
        model={model}
        asset={asset}
        height={HEIGHT}
        selected={selected}
        onSelect={onSelect}
      />
      <ul aria-label="Nodes: click to hide or show" style={LEGEND}>
        {nodes.map((n) => (
          <li key={n}>
            <button
              type="button"
              className="link-button"
              style={{ color: "var(--text)", textDecoration: "none", fontSize: 12 }}
              aria-pressed={!hidden.has(n)}
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
