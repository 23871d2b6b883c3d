import { RangePicker } from "../../../components/range-picker.tsx";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useChainNow } from "../../../lib/indexing-status.ts";
import { pick, useUrlParams } from "../../../lib/url-state.ts";
import { curveParameters } from "../api/lock-curve.ts";
import { earnersOf, ROYALTY_ROLES } from "../api/royalty-model.ts";
import { displayGroups } from "../api/staking-model.ts";
import { useStakingPage } from "../api/use-staking-page.ts";
import { FeeShareChart } from "../components/fee-share-chart.tsx";
import { LockCurveCard } from "../components/lock-curve-card.tsx";
import { lockRows } from "../components/lock-rows.ts";
import { LockTable } from "../components/lock-table.tsx";
import { PayoutsChart } from "../components/payouts-chart.tsx";
import { RoyaltiesChart } from "../components/royalties-chart.tsx";
import { RoyaltySplitCard } from "../components/royalty-split-card.tsx";
import { SalesChart } from "../components/sales-chart.tsx";
import { SlashesTable } from "../components/slashes-table.tsx";
import { StakeByLockChart } from "../components/stake-by-lock-chart.tsx";
import { StakingSummary } from "../components/staking-summary.tsx";
import { TopEarners } from "../components/top-earners.tsx";

const utcMinute = (seconds: number) =>
  `${new Date(seconds * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function Route() {
  const config = useConfig();
  const now = useChainNow(Math.floor(Date.now() / 1000));
  const [params, update] = useUrlParams();
  const role = pick(params.get("role"), ROYALTY_ROLES, "CREATOR");
  const selected = params.get("lock");
  const asset = assetOfKind(config, "native");
  const page = useStakingPage(asset);
  const { range, subtitle, stakingQuery, royaltiesQuery, buckets } = page;
  const onSelect = (key: string | null) => update({ lock: key === selected ? null : key });

  const header = (
    <div className="page-head">
      <div>
        <h1>Staking &amp; royalties</h1>
        <p className="lead">
          Who earns from staking and NFT royalties: how the length of a lock shapes the stakers'
          share of every fee, what each lock length earned and who was slashed, and how each NFT
          sale's royalty was split among creators, dataset contributors, fine-tuners and the
          community treasury.
        </p>
      </div>
      <RangePicker range={range} showGranularity={false} />
    </div>
  );
  if (!asset) {
    return (
      <section className="page">
        {header}
        <p className="card state-box">
          No native asset is configured: set VITE_NATIVE_ASSET (see the README).
        </p>
      </section>
    );
  }
  const exactRows = lockRows(page.groups, asset);
  const shownRows = lockRows(displayGroups(page.groups), asset);
  return (
    <section className="page">
      {header}
      {page.truncated ? (
        <p className="note" role="status">
          This range spans more than 1000 days with activity: the day charts show its first 1000;
          choose a shorter range to see the rest.
        </p>
      ) : null}
      <StakingSummary
        asset={asset}
        rangeLabel={page.rangeLabel}
        stakingQuery={stakingQuery}
        royaltiesQuery={royaltiesQuery}
        figures={page.figures}
        royalties={
          page.royalties.data
            ? { royalty: page.royaltySums.royalty, sales: page.royaltySums.sales }
            : null
        }
      />
      <h2 className="section-title">Staking</h2>
      <div className="grid grid-2">
        <StakeByLockChart
          rows={shownRows}
          asset={asset}
          endLabel={utcMinute(page.end)}
          query={stakingQuery}
          selected={selected}
          onSelect={onSelect}
        />
        <FeeShareChart
          rows={shownRows}
          asset={asset}
          subtitle={subtitle}
          query={stakingQuery}
          selected={selected}
          onSelect={onSelect}
        />
      </div>
      <LockCurveCard
        parameters={page.staking.data ? curveParameters(page.staking.data.parameters) : null}
        rows={exactRows}
        asset={asset}
        query={stakingQuery}
        selected={selected}
        onSelect={onSelect}
      />
      <LockTable
        rows={shownRows}
        asset={asset}
        subtitle={subtitle}
        rangeSeconds={page.end - page.start}
        notified={page.totals.rewardsNotified}
        selected={selected}
        onSelect={onSelect}
      />
      <PayoutsChart
        days={page.stakingDays}
        buckets={buckets}
        asset={asset}
        subtitle={subtitle}
        query={stakingQuery}
      />
      <SlashesTable
        rows={page.staking.data?.slashes ?? []}
        asset={asset}
        contracts={config.contracts}
        explorerUrl={config.explorerUrl}
        subtitle={subtitle}
        now={now}
        query={stakingQuery}
      />
      <h2 className="section-title">NFT sales and royalties</h2>
      <div className="grid grid-2">
        <SalesChart
          days={page.royaltyDays}
          buckets={buckets}
          asset={asset}
          subtitle={subtitle}
          query={royaltiesQuery}
        />
        <RoyaltiesChart
          days={page.royaltyDays}
          buckets={buckets}
          asset={asset}
          subtitle={subtitle}
          query={royaltiesQuery}
        />
      </div>
      <div className="grid grid-2">
        <RoyaltySplitCard
          totals={page.royaltySums}
          governed={page.governed}
          asset={asset}
          subtitle={subtitle}
          query={royaltiesQuery}
        />
        <TopEarners
          role={role}
          onRole={(r) => update({ role: r })}
          earners={page.royalties.data ? earnersOf(page.royalties.data, role) : []}
          asset={asset}
          contracts={config.contracts}
          explorerUrl={config.explorerUrl}
          now={now}
          query={royaltiesQuery}
        />
      </div>
    </section>
  );
}
