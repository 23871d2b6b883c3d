import { useCallback, useMemo } from "react";
import { RangePicker } from "../../../components/range-picker.tsx";
import { formatExact, toBigInt } from "../../../lib/amount.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { headState, useChainNow, useIndexingStatus } from "../../../lib/indexing-status.ts";
import { parameterUnit } from "../../../lib/parameters.ts";
import { describeWindow, resolveRange } from "../../../lib/time-range.ts";
import { pick, useRangeParams, useUrlParams } from "../../../lib/url-state.ts";
import { type BucketRange, bucketRange, heatmapVariables } from "../api/saturation-buckets.ts";
import { useSaturationDetail } from "../api/saturation-detail-query.ts";
import { surgeText } from "../api/saturation-format.ts";
import { buildGrid } from "../api/saturation-grid.ts";
import { useSaturationHeatmap } from "../api/saturation-heatmap-query.ts";
import { HOT_SORTS, type HotSort } from "../api/saturation-hot.ts";
import { DatumDetail } from "../components/datum-detail.tsx";
import { HeatmapCard } from "../components/heatmap-card.tsx";
import { HotDataTable } from "../components/hot-data-table.tsx";
import "../components/saturation.css";

const DATUM_ID = /^0x[0-9a-f]{64}$/;

export function Route() {
  const config = useConfig();
  const status = useIndexingStatus();
  const now = useChainNow(Math.floor(Date.now() / 1000));
  const range = useRangeParams({ range: "7d", granularity: "hour" });
  const [params, update] = useUrlParams();
  const rawDatum = params.get("datum")?.toLowerCase() ?? null;
  const selected = rawDatum && DATUM_ID.test(rawDatum) ? rawDatum : null;
  const sort = pick(params.get("sort"), HOT_SORTS, "peak");
  const descending = params.get("dir") !== "asc";
  const native = assetOfKind(config, "native");
  const unit = native ?? { symbol: "base units", decimals: 0 };
  const head = status.indexed;
  const window = useMemo(
    () => (head ? resolveRange(range.spec, head.timestamp, 0) : null),
    [head, range.spec],
  );
  const requested = useMemo(() => (window ? bucketRange(window) : null), [window]);
  const heatmap = useSaturationHeatmap(
    heatmapVariables(requested ?? { bucketing: "window", first: 0, count: 0, seconds: 900 }),
    !requested,
  );
  // "All" starts at the first day any datum was sampled, not in 1970.
  const buckets = useMemo(
    () => trimAll(requested, heatmap.data, range.spec.key === "all"),
    [requested, heatmap.data, range.spec.key],
  );
  const grid = useMemo(
    () => (buckets && heatmap.data ? buildGrid(heatmap.data, buckets) : null),
    [buckets, heatmap.data],
  );
  const detail = useSaturationDetail(
    {
      datum: selected ?? "",
      datumBytes: selected ?? "0x",
      ...heatmapVariables(buckets ?? { bucketing: "window", first: 0, count: 0, seconds: 900 }),
      from: String(buckets ? buckets.first * buckets.seconds : 0),
      to: String(buckets ? (buckets.first + buckets.count) * buckets.seconds : 0),
    },
    !selected || !buckets,
  );
  const subtitle = buckets
    ? describeWindow({
        from: buckets.first * buckets.seconds,
        to: (buckets.first + buckets.count) * buckets.seconds,
      })
    : "";
  const select = useCallback((datum: string) => update({ datum }), [update]);
  const headQuery = headState(status);
  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Saturation</h1>
          <p className="lead">
            Which data are in demand beyond their upload capacity, and what surge pricing charged
            for them. Saturation is a datum's download demand divided by the upload capacity of the
            nodes hosting it in a 15-minute window; above 1 the download price surges.
          </p>
        </div>
        <RangePicker
          range={range}
          showGranularity={false}
          hourlyNote={
            requested?.bucketing === "day"
              ? "15-minute windows cover up to 7 days; this range is drawn by UTC day."
              : undefined
          }
        />
      </div>
      <HeatmapCard
        grid={grid}
        query={requested ? heatmap : headQuery}
        subtitle={subtitle}
        selected={selected}
        onSelect={select}
        price={unit}
        formula={formulaText(heatmap.data?.parameters ?? [], native)}
      />
      {selected && buckets ? (
        <DatumDetail
          datum={selected}
          data={detail.data}
          query={detail}
          range={buckets}
          unit={unit}
          subtitle={subtitle}
          contracts={config.contracts}
          explorerUrl={config.explorerUrl}
          now={now}
          onClose={() => update({ datum: null })}
        />
      ) : null}
      <HotDataTable
        data={grid?.sampled ?? []}
        drawn={grid?.rows.length ?? 0}
        sort={sort}
        descending={descending}
        onSort={(next: HotSort, desc: boolean) => update({ sort: next, dir: desc ? null : "asc" })}
        selected={selected}
        onSelect={select}
        unit={unit}
        subtitle={subtitle}
        query={requested ? heatmap : headQuery}
      />
    </section>
  );
}

function trimAll(
  range: BucketRange | null,
  data: { datums: { days?: { dayId: number }[] | null }[] } | undefined,
  all: boolean,
): BucketRange | null {
  if (!range || !all || range.bucketing !== "day" || !data) return range;
  const first = Math.min(
    ...data.datums.flatMap((d) => (d.days ?? []).slice(0, 1).map((day) => day.dayId)),
  );
  if (!Number.isFinite(first) || first <= range.first) return range;
  return { ...range, first, count: range.count - (first - range.first) };
}

/** The surge rule with the parameters in force, as indexed. */
function formulaText(
  parameters: { id: string; value: string }[],
  native: { symbol: string; decimals: number } | undefined,
): string {
  const value = (key: string) => {
    const p = parameters.find((x) => x.id === key);
    return p ? toBigInt(p.value) : null;
  };
  const slope = value("SURGE_SLOPE_BPS");
  const cap = value("SURGE_CAP_BPS");
  const base = value("DOWNLOAD_BASE_PRICE");
  const rule =
    "Saturation = download demand ÷ upload capacity of a datum in a 15-minute window (UTC); a datum without capacity counts 1.";
  if (
    slope === null ||
    cap === null ||
    base === null ||
    parameterUnit("DOWNLOAD_BASE_PRICE") !== "token"
  ) {
    return `${rule} Surge and price parameters have not been indexed yet.`;
  }
  const price = native
    ? `${formatExact(base, native.decimals)} ${native.symbol}`
    : `${base} base units`;
  return `${rule} Above 1.0, surge = 1 + ${formatExact(slope, 4)} × (saturation − 1), at most ${surgeText(cap)} (SURGE_SLOPE_BPS ${slope}, SURGE_CAP_BPS ${cap}); at or below 1.0 it is 1×. Download price = DOWNLOAD_BASE_PRICE (now ${price}) × surge, floored to base units. Each cell's price uses the base price in force when its window was reported.`;
}
