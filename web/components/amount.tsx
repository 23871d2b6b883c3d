// An amount compact on screen, exact on hover, always with its symbol.
import { formatCompact, formatExact } from "../lib/amount.ts";

export function Amount({
  value,
  decimals,
  symbol,
  exact = false,
}: {
  value: bigint;
  decimals: number;
  symbol: string;
  exact?: boolean;
}) {
  const full = `${formatExact(value, decimals)} ${symbol}`;
  return (
    <span className="amount" title={full}>
      {exact ? full : `${formatCompact(value, decimals)} ${symbol}`}
    </span>
  );
}
