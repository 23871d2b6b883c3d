// What a time-series chart draws: numbers for geometry, exact text for the tooltip.
export interface Series {
  key: string;
  label: string;
  colour: string;
  /** series sharing a stack id stack together (e.g. inflows above zero, outflows below) */
  stack?: string;
}

export interface SeriesPoint {
  /** bucket start, unix seconds */
  t: number;
  values: Record<string, number>;
  /** exact amounts with the unit, by series key */
  exact: Record<string, string>;
}

export function formatTick(seconds: number, spanSeconds: number): string {
  const date = new Date(seconds * 1000);
  if (spanSeconds <= 2 * 86_400) {
    return `${String(date.getUTCHours()).padStart(2, "0")}:00`;
  }
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** Axis labels only: exact values live in the tooltip and the table. */
export const formatAxis = (value: number) => COMPACT.format(value);
