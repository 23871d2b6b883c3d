import { TxLink } from "../../../components/address.tsx";
import { Amount } from "../../../components/amount.tsx";
import type { AssetInfo } from "../../../lib/config.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { formatAbsolute } from "../../../lib/relative-time.ts";
import type { NativeShare } from "../api/overview-model.ts";

export interface NativeShareCardProps {
  share: NativeShare | null;
  native: AssetInfo | undefined;
  stable: AssetInfo | undefined;
  explorerUrl?: string;
}

export function NativeShareCard({ share, native, stable, explorerUrl }: NativeShareCardProps) {
  return (
    <section className="card stat-card" aria-labelledby="native-share-title">
      <h2 id="native-share-title">Held in the native token</h2>
      {!share || !native || !stable ? (
        <p className="stat-detail">
          No reserve trade has been indexed yet, so the native token has no price to value it at.
        </p>
      ) : (
        <>
          <p className="stat-value">{formatPercent(share.share, share.share > 0.99 ? 2 : 1)}</p>
          <p className="stat-detail">
            of the treasury's value:{" "}
            <Amount value={share.nativeTokens} decimals={native.decimals} symbol={native.symbol} />{" "}
            against{" "}
            <Amount value={share.stableValue} decimals={stable.decimals} symbol={stable.symbol} />
          </p>
          <details className="formula">
            <summary>How it is computed</summary>
            <p>
              share = native value ÷ (native value + stablecoin), over the company reserve, the
              community treasury and the stable reserve. Native value = tokens × the price of the
              stable reserve's latest trade:{" "}
              <Amount
                value={share.price}
                decimals={stable.decimals}
                symbol={`${stable.symbol} per ${native.symbol}`}
                exact
              />{" "}
              on {formatAbsolute(share.priceAt)} (
              <TxLink hash={share.priceTx} explorerUrl={explorerUrl} />
              ).
            </p>
          </details>
        </>
      )}
    </section>
  );
}
