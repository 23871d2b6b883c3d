// Relative in the flow of text (`3 h ago`), absolute in the user's time zone on hover.

const STEPS: [number, string][] = [
  [86_400 * 365, "y"],
  [86_400 * 30, "mo"],
  [86_400, "d"],
  [3_600, "h"],
  [60, "min"],
];

export function formatDuration(seconds: number): string {
  const abs = Math.abs(seconds);
  for (const [size, unit] of STEPS) {
    if (abs >= size) return `${Math.floor(abs / size)} ${unit}`;
  }
  return `${Math.floor(abs)} s`;
}

export function formatRelative(seconds: number, nowSeconds: number): string {
  const delta = nowSeconds - seconds;
  if (Math.abs(delta) < 5) return "just now";
  return delta > 0 ? `${formatDuration(delta)} ago` : `in ${formatDuration(delta)}`;
}

// One formatter for the page: building one per call costs more than the formatting.
const ABSOLUTE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatAbsolute(seconds: number): string {
  return ABSOLUTE.format(new Date(seconds * 1000));
}
