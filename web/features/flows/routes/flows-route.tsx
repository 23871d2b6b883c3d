import { useMemo } from "react";
import { RangePicker } from "../../../components/range-picker.tsx";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { headState, useIndexingStatus } from "../../../lib/indexing-status.ts";
import { alignWindow, DAY, dayId, resolveRange, unixToDate } from "../../../lib/time-range.ts";
import { useRangeParams, useUrlParams } from "../../../lib/url-state.ts";
import { useFlowDetail } from "../api/flow-detail-query.ts";
import { useFlowLinks } from "../api/flow-links-query.ts";
import { linkTotals, ofAsset, stockChanges } from "../api/flows-model.ts";
import { detailRows, detailSpec, detailVariables } from "../api/link-detail.ts";
import { FlowsChart } from "../components/flows-chart.tsx";
import { LinkDetailCard } from "../components/link-detail-card.tsx";
import { StockCheck } from "../components/stock-check.tsx";

/** Movements listed for a clicked link: the largest, in one request. */
const DETAIL_LIMIT = 100;

export function Route() {
  const config = useConfig();
  const status = useIndexingStatus();
  const range = useRangeParams({ range: "7d", granularity: "day" });
  const [params, update] = useUrlParams();
  const asset =
    config.assets.find((a) => a.symbol === params.get("asset")) ??
    assetOfKind(config, "native") ??
    config.assets[0];
  const head = status.indexed;
  const window = useMemo(
    () => (head ? alignWindow(resolveRange(range.spec, head.timestamp, 0), "day") : null),
    [head, range.spec],
  );
  const fromDay = dayId(window?.from ?? 0);
  const toDay = dayId((window?.to ?? DAY) - 1);
  const query = useFlowLinks({ fromDay, toDay }, !window);
  const all = useMemo(() => (query.data ? linkTotals(query.data) : []), [query.data]);
  const links = asset ? ofAsset(all, asset.address) : [];
  // "All" starts at the first day anything moved, not at 1970.
  const firstDay =
    query.data?.flowLinks.reduce((m, l) => Math.min(m, l.firstDayId), toDay) ?? fromDay;
  const subtitle = `UTC days ${unixToDate(Math.max(fromDay, firstDay) * DAY)} – ${unixToDate(toDay * DAY)}`;
  const hidden = new Set((params.get("hide") ?? "").split(",").filter(Boolean));
  const selected = links.find((l) => l.id === params.get("link")) ?? null;
  const spec = selected ? detailSpec(selected.from, selected.to) : null;
  const detail = useFlowDetail(
    detailVariables(
      spec ?? { kind: "stockFlows", source: "" },
      asset?.address ?? "",
      fromDay,
      toDay,
      DETAIL_LIMIT,
    ),
    !spec || !window || !asset,
  );

  if (!asset) {
    return (
      <section className="page">
        <h1>Flows</h1>
        <p className="card state-box">
          No asset is configured: set VITE_NATIVE_ASSET and VITE_STABLE_ASSET (see the README).
        </p>
      </section>
    );
  }
  const toggle = (node: string) => {
    const next = new Set(hidden);
    if (next.has(node)) next.delete(node);
    else next.add(node);
    update({ hide: [...next].sort().join(",") || null });
  };
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Flows</h1>
          <p className="lead">
            Where value comes from and where it goes: fees, rewards, royalties, stakes, buybacks,
            grants and slashes between the network's agents and its stocks.
          </p>
        </div>
        <RangePicker
          range={range}
          showGranularity={false}
          hourlyNote="Flows are kept per UTC day: a range covers whole days."
        />
      </div>
      <div className="range-picker">
        <fieldset className="segmented">
          <legend>Asset</legend>
          {config.assets.map((a) => (
            <label key={a.address}>
              <input
                type="radio"
                name="asset"
                value={a.symbol}
                checked={a.symbol === asset.symbol}
                onChange={() => update({ asset: a.symbol, link: null })}
              />
              <span>{a.symbol}</span>
            </label>
          ))}
        </fieldset>
        <p className="note">
          Assets of different decimals never share a link: each has its own diagram.
        </p>
      </div>
      <FlowsChart
        links={links}
        asset={asset}
        hidden={hidden}
        onToggle={toggle}
        selected={selected?.id ?? null}
        onSelect={(id) => update({ link: id })}
        subtitle={subtitle}
        query={window ? query : headState(status)}
      />
      {selected ? (
        <LinkDetailCard
          link={selected}
          spec={spec}
          rows={detail.data ? detailRows(detail.data) : []}
          limit={DETAIL_LIMIT}
          asset={asset}
          contracts={config.contracts}
          explorerUrl={config.explorerUrl}
          subtitle={subtitle}
          query={detail}
          onClose={() => update({ link: null })}
        />
      ) : null}
      {query.data ? (
        <StockCheck
          changes={stockChanges(query.data, links).filter((c) => c.asset === asset.address)}
          asset={asset}
          subtitle={subtitle}
        />
      ) : null}
    </section>
  );
}
