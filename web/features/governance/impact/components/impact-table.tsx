import type { ImpactFigure } from "../../../../../economy/forecast-range.ts";
import type { ImpactRow } from "../../../../../economy/impact.ts";
import { IMPACT_HORIZONS } from "../../../../../economy/impact-metrics.ts";
import { Amount } from "../../../../components/amount.tsx";
import type { AssetInfo } from "../../../../lib/config.ts";
import {
  assetOfMetric,
  halfWidth,
  halfWidthBeside,
  METRIC_LABELS,
  rangeText,
  signedShare,
} from "./impact-format.ts";
import { Segmented } from "./segmented.tsx";

/**
 * Current against proposed parameters at one horizon, with the difference; once computed, the
 * ≈95 % range of the proposed figure and of the difference.
 */
export function ImpactTable({
  rows,
  range,
  horizon,
  onHorizon,
  native,
  stable,
}: {
  rows: ImpactRow[];
  range: Record<ImpactFigure, bigint> | null;
  horizon: number;
  onHorizon: (h: number) => void;
  native: AssetInfo;
  stable: AssetInfo | undefined;
}) {
  const shown = rows.filter((r) => r.horizon === horizon);
  return (
    <div>
      <Segmented
        legend="Horizon"
        name="impact-horizon"
        options={IMPACT_HORIZONS}
        value={horizon as (typeof IMPACT_HORIZONS)[number]}
        onChange={onHorizon}
        label={(h) => `${h} d`}
      />
      <div className="table-scroll">
        <table className="data-table" aria-label={`Impact after ${horizon} days`}>
          <thead>
            <tr>
              <th scope="col">After {horizon} days</th>
              <th scope="col">Current parameters</th>
              <th scope="col">Proposed parameters</th>
              <th scope="col">Difference</th>
              <th scope="col">Difference %</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const asset = assetOfMetric(r.metric, native, stable);
              const { label, hint } = METRIC_LABELS[r.metric];
              return (
                <tr key={r.metric}>
                  <th scope="row" title={hint}>
                    {label}
                  </th>
                  <td>
                    <Amount value={r.current} decimals={asset.decimals} symbol={asset.symbol} />
                  </td>
                  <td>
                    <Amount value={r.proposed} decimals={asset.decimals} symbol={asset.symbol} />
                    {range ? <Beside range={range[r.metric]} asset={asset} /> : null}
                  </td>
                  <td
                    title={rangeText(
                      r.difference,
                      range?.[`${r.metric}Difference`] ?? null,
                      asset,
                      true,
                    )}
                  >
                    {rangeText(r.difference, range?.[`${r.metric}Difference`] ?? null, asset)}
                  </td>
                  <td title={r.differenceBps === null ? "" : `${r.differenceBps} bps`}>
                    {signedShare(r.difference, r.current)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The proposed figure's half-width beside it, when wide enough to show. */
function Beside({ range, asset }: { range: bigint; asset: AssetInfo }) {
  const text = halfWidthBeside(range, asset);
  if (text === null) return null;
  return (
    <span className="muted" title={halfWidth(range, asset, true)}>
      {" "}
      {text}
    </span>
  );
}
