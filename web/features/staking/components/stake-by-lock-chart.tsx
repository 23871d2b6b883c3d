import { ChartCard, type QueryState } from "../../../components/chart/chart-card.tsx";
import { formatAxis } from "../../../components/chart/series.ts";
import type { TableSpec } from "../../../components/chart/table-spec.ts";
import { formatExact } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import { STAKING_COLOURS } from "../../../lib/palette.ts";
import { CategoryBarChart, ChartSlot } from "./lazy-charts.tsx";
import { type LockRow, stakedNumber } from "./lock-rows.ts";

export interface StakeByLockChartProps {
  rows: LockRow[];
  asset: AssetInfo;
  endLabel: string;
  query: QueryState;
  selected: string | null;
  onSelect: (key: string) => void;
}

export function StakeByLockChart({
  rows,
  asset,
  endLabel,
  query,
  selected,
  onSelect,
}: StakeByLockChartProps) {
  const open = rows.filter((r) => r.group.staked > 0n);
  const table: TableSpec = {
    source: "StakeLock, StakeLockDay",
    columns: [
      { label: "Lock length" },
      { label: "Open positions", numeric: true },
      { label: `Staked (${asset.symbol})`, numeric: true },
      { label: "Lock multiplier", numeric: true },
    ],
    rows: open.map((r) => {
      const staked = formatExact(r.group.staked, asset.decimals);
      return [
        r.group.label,
        String(r.group.openPositions),
        { text: staked, csv: staked.replaceAll(",", "") },
        r.multiplier.toFixed(4),
      ];
    }),
  };
  return (
    <ChartCard
      title="How much is staked at each lock length?"
      subtitle={`${asset.symbol} in open positions at ${endLabel}, by the lock length chosen at staking`}
      height={260}
      query={query}
      empty={open.length === 0 ? "Nothing was staked at the end of this range." : null}
      table={table}
      csvName="stake-by-lock-length.csv"
      note="A lock is how long a staker promised not to withdraw; longer locks weigh more in the fee share."
    >
      <ChartSlot height={260}>
        <CategoryBarChart
          rows={open.map((r) => ({
            key: r.key,
            label: r.group.label,
            values: { STAKE: stakedNumber(r.group, asset) },
            exact: { STAKE: r.stakedText },
            extra: [
              `${r.group.openPositions} open position${r.group.openPositions === 1 ? "" : "s"}`,
              `lock multiplier ${r.multiplier.toFixed(4)}×`,
            ],
          }))}
          series={[
            { key: "STAKE", label: `Staked (${asset.symbol})`, colour: STAKING_COLOURS.STAKE },
          ]}
          height={260}
          formatValue={formatAxis}
          xLabel="lock length"
          selected={selected}
          onSelect={onSelect}
        />
      </ChartSlot>
    </ChartCard>
  );
}
