import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alignWindow,
  bucketIds,
  bucketSeconds,
  DAY,
  effectiveGranularity,
  GRANULARITIES,
  resolveRange,
} from "./time-range.ts";

const head = 1_767_657_900; // 2026-01-06 00:05 UTC

describe("ranges and buckets", () => {
  it("ends ranges at the indexed head, not the wall clock", () => {
    expect(resolveRange({ key: "24h" }, head, 0)).toEqual({ from: head + 1 - DAY, to: head + 1 });
    expect(resolveRange({ key: "all" }, head, 1_000)).toEqual({ from: 1_000, to: head + 1 });
  });

  it("reads custom UTC dates inclusively and falls back on a bad pasted range", () => {
    const w = resolveRange(
      { key: "custom", fromDate: "2026-01-01", toDate: "2026-01-03" },
      head,
      0,
    );
    expect(w).toEqual({ from: Date.UTC(2026, 0, 1) / 1000, to: Date.UTC(2026, 0, 4) / 1000 });
    const bad = resolveRange(
      { key: "custom", fromDate: "2026-01-05", toDate: "2026-01-01" },
      head,
      0,
    );
    expect(bad.to).toBe(head + 1);
    expect(resolveRange({ key: "custom", fromDate: "nope" }, head, 0).to).toBe(head + 1);
  });

  it("buckets cover the window exactly once, in order, after alignment", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 60 * DAY }),
        fc.constantFrom(...GRANULARITIES),
        (from, length, g) => {
          const window = alignWindow({ from, to: from + length }, g);
          const ids = bucketIds(window, g);
          const size = bucketSeconds(g);
          expect(window.from).toBeLessThanOrEqual(from);
          expect(window.to).toBeGreaterThanOrEqual(from + length);
          expect(ids.length * size).toBe(window.to - window.from);
          expect(ids[0]! * size).toBe(window.from);
          expect(ids).toEqual(ids.map((_, i) => ids[0]! + i));
        },
      ),
    );
  });

  it("draws long ranges by day even when hours are asked for", () => {
    expect(effectiveGranularity({ from: 0, to: 7 * DAY }, "hour")).toBe("hour");
    expect(effectiveGranularity({ from: 0, to: 30 * DAY }, "hour")).toBe("day");
    expect(effectiveGranularity({ from: 0, to: 30 * DAY }, "day")).toBe("day");
  });
});
