import type { Granularity } from "../../../lib/time-range.ts";

export function bucketLabel(seconds: number, g: Granularity): string {
  const iso = new Date(seconds * 1000).toISOString();
  return g === "hour" ? `${iso.slice(0, 13).replace("T", " ")}:00 UTC` : `${iso.slice(0, 10)} UTC`;
}
