import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { STAKING_COLOURS } from "../../../lib/palette.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { FEE_SHARE_FORMULA, STAKE_SHARE_FORMULA } from "../api/staking-model.ts";
import { CategoryBarChart, ChartSlot } from "./lazy-charts.tsx";
import { formatApr, type LockRow } from "./lock-rows.ts";

export interface FeeShareChartProps {
  rows: LockRow[];
  asset: AssetInfo;
  subtitle: string;
  query: QueryState;
  selected: string | null;
  onSelect: (key: string) => void;
}

export function FeeShareChart({
  rows,
  asset,
  subtitle,
  query,
  selected,
  onSelect,
}: FeeShareChartProps) {
  const earning = rows.filter((r) => r.group.earned > 0n || r.group.stakeSeconds > 0n);
  const table: TableSpec = {
    source: "StakeLock, StakeLockDay, StakingDay",
    columns: [
      { label: "Lock length" },
      { label: "Stake share (%)", numeric: true },
      { label: "Fee share (%)", numeric: true },
      { label: `Fee rewards earned (${asset.symbol})`, numeric: true },
    ],
    rows: earning.map((r) => {
      const earned = formatExact(r.group.earned, asset.decimals);
      return [
        r.group.label,
        (r.stakeShare * 100).toFixed(2),
        (r.feeShare * 100).toFixed(2),
        { text: earned, csv: earned.replaceAll(",", "") },
      ];
    }),
  };
  return (
    <ChartCard
      title="Which lock lengths earned the stakers' fees?"
      subtitle={`share of stake × time and of fee rewards earned, %, ${subtitle}`}
      height={260}
      query={query}
      empty={earning.length === 0 ? "No stake earned fee rewards in this range." : null}
      table={table}
      csvName="fee-share-by-lock-length.csv"
      note="Stakers share a fixed part of every fee by weight; a lock length whose fee share is above its stake share is boosted by its lock."
      formula={
        <>
          <p>{STAKE_SHARE_FORMULA}.</p>
          <p>{FEE_SHARE_FORMULA}.</p>
        </>
      }
    >
      <ChartSlot height={260}>
        <CategoryBarChart
          rows={earning.map((r) => ({
            key: r.key,
            label: r.group.label,
            values: { STAKE_SHARE: r.stakeShare * 100, FEE_SHARE: r.feeShare * 100 },
            exact: {
              STAKE_SHARE: formatPercent(r.stakeShare, 2),
              FEE_SHARE: formatPercent(r.feeShare, 2),
            },
            extra: [`earned ${r.earnedText}`, `APR ${formatApr(r.apr)}`],
          }))}
          series={[
            { key: "STAKE_SHARE", label: "Stake share", colour: STAKING_COLOURS.STAKE },
            { key: "FEE_SHARE", label: "Fee share", colour: STAKING_COLOURS.FEE_REWARDS },
          ]}
          height={260}
          formatValue={(v) => `${Math.round(v)} %`}
          xLabel="lock length"
          selected={selected}
          onSelect={onSelect}
        />
      </ChartSlot>
    </ChartCard>
  );
}
