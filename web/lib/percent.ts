// Percentages and signed changes, as UI.md writes them: `2.50 %`, `+4.2 % in 7 d`. The
// space before "%" is a no-break space (U+00A0), so a line never wraps between the number
// and its sign.

/** No-break space: joins a number to its unit. */
export const NBSP = "\u00a0";

export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return "–";
  return `${(fraction * 100).toFixed(digits)}${NBSP}%`;
}

export function formatBps(bps: bigint | number): string {
  return `${(Number(bps) / 100).toFixed(2)}${NBSP}%`;
}

/** Sign always written, so no colour or arrow alone carries the direction. */
export function formatSignedPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return "new";
  const sign = fraction > 0 ? "+" : fraction < 0 ? "−" : "±";
  return `${sign}${Math.abs(fraction * 100).toFixed(digits)}${NBSP}%`;
}
