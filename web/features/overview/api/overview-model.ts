// Pure derivations from the Overview answer: everything here is bigint until a ratio.
import type { OverviewQuery } from "../../../gql/graphql.ts";
import { ratio, toBigInt } from "../../../lib/amount.ts";
import { type AppConfig, type AssetInfo, assetByAddress } from "../../../lib/config.ts";
import { computeRunway, type Runway } from "../../../lib/runway.ts";

/** The stocks that make up the treasury; the staking vault holds stakers' tokens, not the community's. */
export const TREASURY_STOCKS = ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "STABLE_RESERVE"];

export interface BalanceRow {
  stock: string;
  address: string;
  asset: AssetInfo;
  balance: bigint;
  /** balance at the range's start and end (the last hourly snapshot before each bound) */
  start: bigint;
  end: bigint;
  change: bigint;
  /** change ÷ start; Infinity when the stock started the range empty */
  changeFraction: number;
}

export function balanceRows(data: OverviewQuery, config: AppConfig): BalanceRow[] {
  return data.stocks.flatMap((stock) =>
    stock.balances.flatMap((b) => {
      const asset = assetByAddress(config, b.asset);
      if (!asset) return [];
      const start = toBigInt(b.atStart[0]?.balance ?? "0");
      const end = toBigInt(b.atEnd[0]?.balance ?? "0");
      const change = end - start;
      return [
        {
          stock: stock.id,
          address: stock.address,
          asset,
          balance: toBigInt(b.balance),
          start,
          end,
          change,
          changeFraction: start === 0n ? (change === 0n ? 0 : Infinity) : ratio(change, start),
        },
      ];
    }),
  );
}

export function stableRunway(
  data: OverviewQuery,
  rows: BalanceRow[],
  stable: AssetInfo | undefined,
  windowDays: number,
  headDay: number,
): (Runway & { balance: bigint; inflow: bigint; outflow: bigint }) | null {
  if (!stable) return null;
  const row = rows.find((r) => r.stock === "STABLE_RESERVE" && r.asset.address === stable.address);
  if (!row) return null;
  const firstDay = headDay - windowDays + 1;
  let inflow = 0n;
  let outflow = 0n;
  for (const day of data.stableDays) {
    if (day.asset !== stable.address || day.dayId < firstDay) continue;
    inflow += toBigInt(day.inflow);
    outflow += toBigInt(day.outflow);
  }
  return {
    ...computeRunway({ balance: row.balance, inflow, outflow, windowDays }),
    balance: row.balance,
    inflow,
    outflow,
  };
}

export interface NativeShare {
  share: number;
  nativeTokens: bigint;
  /** the native tokens valued at `price`, in stable base units */
  nativeValue: bigint;
  stableValue: bigint;
  /** stable base units per whole native token, from the latest reserve trade */
  price: bigint;
  priceAt: number;
  priceTx: string;
}

export function nativeShare(
  data: OverviewQuery,
  rows: BalanceRow[],
  native?: AssetInfo,
  stable?: AssetInfo,
): NativeShare | null {
  if (!native || !stable) return null;
  const trades = [...data.diversifications, ...data.buybacks].sort((a, b) =>
    Number(toBigInt(b.timestamp) - toBigInt(a.timestamp)),
  );
  const latest = trades[0];
  if (!latest) return null;
  const price = toBigInt(latest.price);
  const held = (asset: AssetInfo) =>
    rows
      .filter((r) => TREASURY_STOCKS.includes(r.stock) && r.asset.address === asset.address)
      .reduce((sum, r) => sum + r.balance, 0n);
  const nativeTokens = held(native);
  const nativeValue = (nativeTokens * price) / 10n ** BigInt(native.decimals);
  const stableValue = held(stable);
  return {
    share: ratio(nativeValue, nativeValue + stableValue),
    nativeTokens,
    nativeValue,
    stableValue,
    price,
    priceAt: Number(latest.timestamp),
    priceTx: latest.txHash,
  };
}
