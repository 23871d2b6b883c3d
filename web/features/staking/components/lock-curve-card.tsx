import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact, toChartNumber } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatBps } from "../../../lib/percent.ts";
import { formatDuration } from "../../../lib/relative-time.ts";
import { curveMultiplier, curvePoints, type LockCurveParameters } from "../api/lock-curve.ts";
import { MULTIPLIER_FORMULA } from "../api/staking-model.ts";
import { ChartSlot, LockWeightCurve } from "./lazy-charts.tsx";
import type { LockRow } from "./lock-rows.ts";

export interface LockCurveCardProps {
  parameters: LockCurveParameters | null;
  rows: LockRow[];
  asset: AssetInfo;
  query: QueryState;
  selected: string | null;
  onSelect: (key: string) => void;
}

const DAY = 86_400n;

export function LockCurveCard({
  parameters: p,
  rows,
  asset,
  query,
  selected,
  onSelect,
}: LockCurveCardProps) {
  const placed = rows.filter((r) => r.group.positionCount > 0);
  const curveAt = (days: number) => (p ? curveMultiplier(p, BigInt(days) * DAY) : 1);
  const table: TableSpec = {
    source: "StakeLock, Parameter",
    columns: [
      { label: "Lock length" },
      { label: "Positions ever", numeric: true },
      { label: "Multiplier at staking", numeric: true },
      { label: "Curve now", numeric: true },
      { label: `Staked now (${asset.symbol})`, numeric: true },
    ],
    rows: placed.map((r) => {
      const staked = formatExact(r.group.staked, asset.decimals);
      return [
        r.group.label,
        String(r.group.positionCount),
        r.multiplier.toFixed(4),
        curveAt(r.group.lockDays[0]!).toFixed(4),
        { text: staked, csv: staked.replaceAll(",", "") },
      ];
    }),
  };
  return (
    <ChartCard
      title="How much more does a longer lock weigh?"
      subtitle="reward weight per token staked (×) against lock length in days; positions placed at their lock length"
      height={300}
      query={query}
      empty={
        !p
          ? "The lock-weight parameters (LOCK_WEIGHT_EXPONENT, MAX_LOCK_DURATION, MAX_LOCK_BOOST_BPS) are not indexed yet."
          : null
      }
      table={table}
      csvName="lock-weight-curve.csv"
      note={
        p
          ? `In force: weight = stake × (1 + ${formatBps(p.maxBoostBps)} × (lock ÷ ${formatDuration(Number(p.maxLock))})^${p.exponent}). A point off the curve staked under earlier parameters.`
          : undefined
      }
      formula={
        <>
          <p>{MULTIPLIER_FORMULA}.</p>
          <p>
            The curve is economy/lock-weight.ts (the vault's fixed-point rounding) with the indexed
            parameters; a point is a lock length's Σ weight ÷ Σ stake at staking.
          </p>
        </>
      }
    >
      {p ? (
        <ChartSlot height={300}>
          <LockWeightCurve
            curve={curvePoints(p).map((c) => ({ days: c.days, curve: c.multiplier }))}
            groups={placed.map((r) => ({
              key: r.key,
              label: r.group.label,
              days: r.group.lockDays[0]!,
              multiplier: r.multiplier,
              size: Math.max(toChartNumber(r.group.staked, asset.decimals), 0),
              lines: [
                `multiplier ${r.multiplier.toFixed(4)}× (curve ${curveAt(r.group.lockDays[0]!).toFixed(4)}×)`,
                `staked now ${r.stakedText}`,
                `${r.group.openPositions} open of ${r.group.positionCount} positions`,
              ],
            }))}
            height={300}
            selected={selected}
            onSelect={onSelect}
          />
        </ChartSlot>
      ) : null}
    </ChartCard>
  );
}
