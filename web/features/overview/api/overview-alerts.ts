// The Overview's facts for the alert rules (web/lib/alert-rules.ts), in words a moderator reads.
import { nameOf, shortAddress } from "../../../components/address.tsx";
import type { OverviewQuery } from "../../../gql/graphql.ts";
import { type AlertThresholds, evaluateAlerts } from "../../../lib/alert-rules.ts";
import { formatCompact, toBigInt } from "../../../lib/amount.ts";
import { type AppConfig, assetByAddress } from "../../../lib/config.ts";
import { type IndexingStatus, lagOf } from "../../../lib/indexing-status.ts";
import { sourceName, stockName } from "../../../lib/labels.ts";
import type { TimeWindow } from "../../../lib/time-range.ts";
import type { NativeShare } from "./overview-model.ts";

export interface OverviewAlertInput {
  data: OverviewQuery;
  window: TimeWindow;
  runway: { months: number | null } | null;
  share: NativeShare | null;
  status: IndexingStatus;
  thresholds: AlertThresholds;
  config: AppConfig;
}

const ROLE_VERB: Record<string, string> = {
  GRANTED: "granted to",
  REVOKED: "revoked from",
  ADMIN_CHANGED: "re-administered",
};

export function overviewAlerts({
  data,
  window,
  runway,
  share,
  status,
  thresholds,
  config,
}: OverviewAlertInput) {
  return evaluateAlerts(
    {
      runwayMonths: runway?.months ?? null,
      nativeShare: share?.share ?? null,
      largeOutflows: data.largeOutflows.map((f) => {
        const asset = assetByAddress(config, f.asset);
        const amount = asset
          ? `${formatCompact(toBigInt(f.amount), asset.decimals)} ${asset.symbol}`
          : f.amount;
        return {
          id: f.id,
          stock: f.stock.id,
          shareBps: f.shareOfStockBps,
          txHash: f.txHash,
          text: `${stockName(f.stock.id)} paid out ${amount} (${(f.shareOfStockBps / 100).toFixed(1)} % of its balance) for ${sourceName(f.source).toLowerCase()}`,
        };
      }),
      roleEvents: data.roleEvents
        .filter((e) => Number(e.timestamp) >= window.from && Number(e.timestamp) < window.to)
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          txHash: e.txHash,
          text: `${e.roleName} on ${e.contractName} ${ROLE_VERB[e.kind] ?? e.kind} ${
            e.account
              ? (nameOf(e.account, config.contracts) ?? shortAddress(e.account))
              : (e.newAdminRoleName ?? "")
          }`.trim(),
        })),
      lagSeconds: lagOf(status)?.seconds ?? null,
    },
    thresholds,
  );
}
