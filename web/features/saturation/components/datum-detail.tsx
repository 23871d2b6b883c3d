// A datum's drill-down: what it is now, saturation and surge over the range, what its
// downloads earned, and the hosting nodes that serve it.
import { Address, TxLink } from "../../../components/address.tsx";
import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { TimeSeriesChart } from "../../../components/chart/time-series-chart.tsx";
import type { SaturationDetailQuery } from "../../../gql/graphql.ts";
import { formatExact, toBigInt } from "../../../lib/amount.ts";
import { FEE_KIND_COLOURS } from "../../../lib/palette.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import type { BucketRange } from "../api/saturation-buckets.ts";
import {
  downloadBuckets,
  hostingNodes,
  revenueNumber,
  saturationPoints,
  type Unit,
} from "../api/saturation-detail-model.ts";
import { dayLabel, windowLabel } from "../api/saturation-format.ts";
import { decimalText } from "../api/saturation-hot.ts";
import { HostingNodesTable } from "./hosting-nodes-table.tsx";
import { SaturationLineChart } from "./saturation-line-chart.tsx";

export interface DatumDetailProps {
  datum: string;
  data: SaturationDetailQuery | undefined;
  query: QueryState;
  range: BucketRange;
  unit: Unit;
  subtitle: string;
  contracts: Record<string, string>;
  explorerUrl?: string;
  now: number;
  onClose: () => void;
}

const hourLabel = (t: number) =>
  `${new Date(t * 1000).toISOString().slice(0, 13).replace("T", " ")}:00 UTC`;

export function DatumDetail(props: DatumDetailProps) {
  const { datum, data, query, range, unit, subtitle, contracts, explorerUrl, now, onClose } = props;
  const d = data?.datum ?? null;
  const byWindow = range.bucketing === "window";
  const points = d ? saturationPoints(d, range, unit) : [];
  const { size, buckets } = d ? downloadBuckets(d, range) : { size: 3600, buckets: [] };
  const bucketLabel = byWindow
    ? (t: number) => windowLabel(t / 900)
    : (t: number) => dayLabel(t / 86_400);
  const dlLabel = size === 3600 ? hourLabel : (t: number) => dayLabel(t / 86_400);
  const missing = query.state === "ready" && !d;
  const saturationTable: TableSpec = {
    source: byWindow ? "SaturationSample" : "SaturationDay",
    columns: [
      { label: byWindow ? "Window (UTC)" : "Day (UTC)" },
      ...(points.find((p) => p.exact.length)?.exact ?? []).map((e) => ({ label: e.label })),
    ],
    rows: points
      .filter((p) => p.exact.length)
      .map((p) => [bucketLabel(p.t), ...p.exact.map((e) => e.value)]),
  };
  const downloadsTable: TableSpec = {
    source: "Download",
    columns: [
      { label: size === 3600 ? "Hour (UTC)" : "Day (UTC)" },
      { label: "Downloads", numeric: true },
      { label: `Revenue (${unit.symbol})`, numeric: true },
    ],
    rows: buckets.map((b) => {
      const text = formatExact(b.revenue, unit.decimals);
      return [dlLabel(b.t), String(b.count), { text, csv: text.replaceAll(",", "") }];
    }),
  };
  const short = `${datum.slice(0, 10)}…${datum.slice(-6)}`;
  return (
    <section className="card datum-detail" aria-labelledby="detail-title">
      <header className="detail-head">
        <div>
          <h2 id="detail-title">
            Datum <span title={datum}>{short}</span>
          </h2>
          <p className="subtitle">The datum selected in the heatmap or the list, {subtitle}</p>
        </div>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {missing ? (
        <p className="state-box">
          No datum {datum} has been indexed: the link may be from another deployment.
        </p>
      ) : d ? (
        <dl className="detail-figures">
          <div>
            <dt>Latest saturation</dt>
            <dd title={d.latestSaturation}>
              {decimalText(d.latestSaturation)} in {windowLabel(Number(d.latestWindow))}
            </dd>
          </div>
          <div>
            <dt>Latest surge</dt>
            <dd>{d.latestSurge}×</dd>
          </div>
          <div>
            <dt>Windows sampled (all time)</dt>
            <dd>{d.sampleCount.toLocaleString("en-US")}</dd>
          </div>
          <div>
            <dt>Downloads (all time)</dt>
            <dd>
              {d.downloadCount.toLocaleString("en-US")} for{" "}
              {formatExact(toBigInt(d.downloadRevenue), unit.decimals)} {unit.symbol}
            </dd>
          </div>
        </dl>
      ) : null}
      <ChartCard
        title="How saturated was it, and what surge did that set?"
        subtitle={`${byWindow ? "Per 15-minute window" : "Per UTC day, the hottest window"}, demand ÷ capacity and the surge multiplier, ${subtitle}`}
        height={240}
        query={query}
        empty={
          d && points.every((p) => p.saturation === null)
            ? "This datum was not sampled in this range."
            : missing
              ? "Nothing to draw for an unknown datum."
              : null
        }
        table={saturationTable}
        csvName={`saturation-${datum.slice(0, 10)}.csv`}
        note="Surge = 1 + slope × (saturation − 1) above capacity, capped; the download price is the base price × surge."
      >
        <SaturationLineChart points={points} height={240} bucketLabel={bucketLabel} />
      </ChartCard>
      <ChartCard
        title="What did its downloads earn?"
        subtitle={`${unit.symbol} paid for downloads per ${size === 3600 ? "hour" : "day"} (Download), ${subtitle}`}
        height={200}
        query={query}
        empty={
          d && d.downloads.length === 0
            ? "Nobody paid to download this datum in this range."
            : missing
              ? "Nothing to draw for an unknown datum."
              : null
        }
        table={downloadsTable}
        csvName={`downloads-${datum.slice(0, 10)}.csv`}
        note={
          d && d.downloads.length >= 1000
            ? "Only the first 1000 downloads of the range are counted: pick a shorter range."
            : undefined
        }
      >
        <TimeSeriesChart
          kind="bar"
          series={[
            {
              key: "revenue",
              label: `Revenue (${unit.symbol})`,
              colour: FEE_KIND_COLOURS.DOWNLOAD ?? "",
            },
          ]}
          points={buckets.map((b) => ({
            t: b.t,
            values: { revenue: revenueNumber(b, unit) },
            exact: {
              revenue: `${formatExact(b.revenue, unit.decimals)} ${unit.symbol} from ${b.count} download${b.count === 1 ? "" : "s"}`,
            },
          }))}
          height={200}
          bucketLabel={dlLabel}
        />
      </ChartCard>
      {d && d.downloads.length > 0 ? (
        <details>
          <summary>The latest downloads with their transactions</summary>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Downloader</th>
                  <th scope="col" className="num">
                    Price ({unit.symbol})
                  </th>
                  <th scope="col" className="num">
                    Surge
                  </th>
                  <th scope="col">Transaction</th>
                </tr>
              </thead>
              <tbody>
                {[...d.downloads]
                  .reverse()
                  .slice(0, 20)
                  .map((dl) => (
                    <tr key={dl.id}>
                      <td title={formatAbsolute(Number(dl.timestamp))}>
                        {formatRelative(Number(dl.timestamp), now)}
                      </td>
                      <td>
                        <Address
                          address={dl.downloader}
                          known={contracts}
                          explorerUrl={explorerUrl}
                        />
                      </td>
                      <td className="num">{formatExact(toBigInt(dl.price), unit.decimals)}</td>
                      <td className="num">{formatExact(toBigInt(dl.surgeBps), 4)}×</td>
                      <td>
                        <TxLink hash={dl.txHash} explorerUrl={explorerUrl} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      <HostingNodesTable
        rows={data ? hostingNodes(data.availabilitySamples) : []}
        truncated={(data?.availabilitySamples.length ?? 0) >= 1000}
        query={query}
        unit={unit}
        contracts={contracts}
        explorerUrl={explorerUrl}
        now={now}
      />
    </section>
  );
}
