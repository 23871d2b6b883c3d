import { formatCompact, formatExact } from "../../../lib/amount.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { QUORUM_FORMULA, type QuorumProgress } from "../api/proposal-model.ts";

export interface QuorumBarProps {
  progress: QuorumProgress;
  decimals: number;
  symbol: string;
}

/** How far For + Abstain are towards the quorum at the snapshot. */
export function QuorumBar({ progress, decimals, symbol }: QuorumBarProps) {
  if (progress.quorum === null) {
    return <p className="quorum-caption">Quorum is fixed when voting opens.</p>;
  }
  const exact = `${formatExact(progress.counted, decimals)} of ${formatExact(progress.quorum, decimals)} ${symbol} (For + Abstain)`;
  const percent = formatPercent(progress.fraction, 0);
  return (
    <div>
      <div className="quorum-bar" aria-hidden="true" title={`${exact}. ${QUORUM_FORMULA}`}>
        <span style={{ width: `${Math.min(progress.fraction, 1) * 100}%` }} />
      </div>
      <p className="quorum-caption" title={exact}>
        {progress.reached
          ? `Quorum reached (${percent})`
          : `${percent} of quorum · ${formatCompact(progress.missing, decimals)} ${symbol} to go`}
      </p>
    </div>
  );
}
