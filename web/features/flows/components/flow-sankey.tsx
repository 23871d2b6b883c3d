// The Sankey of one asset's flows: link widths are the links' exact shares of what moved
// (bigint ratios), hover gives the exact amount and its share of the source, a click (or
// Enter on a focused link) lists the movements behind it.
import { type MouseEvent, useLayoutEffect, useRef, useState } from "react";
import { Sankey } from "recharts";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { nodeColour, nodeName } from "../api/flow-nodes.ts";
import type { SankeyLinkDatum, SankeyModel } from "../api/flows-model.ts";

export interface FlowSankeyProps {
  model: SankeyModel;
  asset: AssetInfo;
  height: number;
  selected: string | null;
  onSelect: (linkId: string) => void;
}

interface Hover {
  index: number;
  x: number;
  y: number;
}

interface NodeShape {
  x: number;
  y: number;
  width: number;
  height: number;
  index: number;
}

interface LinkShape {
  sourceX: number;
  sourceY: number;
  sourceControlX: number;
  targetX: number;
  targetY: number;
  targetControlX: number;
  linkWidth: number;
  index: number;
}

export function linkLabel(l: SankeyLinkDatum, asset: AssetInfo): string {
  return `${nodeName(l.link.from)} → ${nodeName(l.link.to)}: ${formatExact(l.link.amount, asset.decimals)} ${asset.symbol}, ${formatPercent(l.share)} of what ${nodeName(l.link.from).toLowerCase()} sent`;
}

export function FlowSankey({ model, asset, height, selected, onSelect }: FlowSankeyProps) {
  const [hover, setHover] = useState<Hover | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  // Room for the labels beside the outer columns: a fifth of the width each, at most 170 px.
  const side = Math.min(170, Math.round(width / 5));
  const at = (e: MouseEvent<SVGGraphicsElement>) => {
    const r = box.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };
  const data = {
    nodes: model.nodes.map((n) => ({ name: nodeName(n.node) })),
    links: model.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
  };
  const renderNode = (p: NodeShape) => {
    const n = model.nodes[p.index];
    if (!n) return <g />;
    const left = n.side === "source";
    const label = fitLabel(`${nodeName(n.node)} ${formatCompact(n.total, asset.decimals)}`, side);
    return (
      <g>
        <rect
          x={p.x}
          y={p.y}
          width={p.width}
          height={Math.max(p.height, 1)}
          fill={nodeColour(n.node)}
        />
        <text
          x={left ? p.x - 6 : p.x + p.width + 6}
          y={p.y + Math.max(p.height, 1) / 2}
          dy="0.35em"
          textAnchor={left ? "end" : "start"}
          fontSize={12}
          fill="var(--text)"
        >
          <title>{`${nodeName(n.node)}: ${formatExact(n.total, asset.decimals)} ${asset.symbol}`}</title>
          {label}
        </text>
      </g>
    );
  };
  const renderLink = (p: LinkShape) => {
    const l = model.links[p.index];
    if (!l) return <path />;
    const active = selected === l.link.id || hover?.index === p.index;
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be a <button>
      <path
        d={`M${p.sourceX},${p.sourceY} C${p.sourceControlX},${p.sourceY} ${p.targetControlX},${p.targetY} ${p.targetX},${p.targetY}`}
        fill="none"
        stroke={nodeColour(l.link.from)}
        strokeOpacity={active ? 0.75 : 0.35}
        strokeWidth={Math.max(p.linkWidth, 1)}
        tabIndex={0}
        role="button"
        aria-label={linkLabel(l, asset)}
        aria-pressed={selected === l.link.id}
        style={{ cursor: "pointer", outline: "none" }}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === " ") onSelect(l.link.id);
        }}
      />
    );
  };
  const hovered = hover ? model.links[hover.index] : undefined;
  return (
    <div ref={box} style={{ position: "relative", height }}>
      <Sankey
        width={width}
        height={height}
        data={data}
        node={renderNode as never}
        link={renderLink as never}
        nodePadding={16}
        nodeWidth={12}
        iterations={48}
        margin={{ top: 8, bottom: 8, left: side, right: side + 20 }}
        onMouseEnter={(item, type, e) => {
          if (type === "link") setHover({ index: item.index, ...at(e) });
        }}
        onMouseLeave={() => setHover(null)}
        onClick={(item, type) => {
          const l = type === "link" ? model.links[item.index] : undefined;
          if (l) onSelect(l.link.id);
        }}
      />
      {hovered && hover ? (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            position: "absolute",
            left: Math.min(hover.x + 12, (box.current?.clientWidth ?? 400) - 260),
            top: hover.y + 12,
            width: 248,
            pointerEvents: "none",
          }}
        >
          <p className="tooltip-title">
            {nodeName(hovered.link.from)} → {nodeName(hovered.link.to)}
          </p>
          <p style={{ margin: 0 }}>
            <strong>
              {formatExact(hovered.link.amount, asset.decimals)} {asset.symbol}
            </strong>
          </p>
          <p style={{ margin: 0 }}>
            {formatPercent(hovered.share)} of everything {nodeName(hovered.link.from).toLowerCase()}{" "}
            sent; {hovered.link.count.toLocaleString("en-US")} movements. Click to list them.
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** The box's width, followed as it resizes; without a layout engine (0), a default width. */
function useWidth(box: React.RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth > 0 ? el.clientWidth : DEFAULT_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
  return width;
}

const DEFAULT_WIDTH = 900;

/** A label cut to the room beside its column (about 7 px a character at 12 px). */
function fitLabel(text: string, room: number): string {
  const chars = Math.max(4, Math.floor(room / 7));
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}
