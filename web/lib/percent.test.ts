// The percent formatters join the number to "%" with a no-break space: a line never wraps
// between them.
import { describe, expect, it } from "vitest";
import { formatBps, formatPercent, formatSignedPercent, NBSP } from "./percent.ts";

describe("percent text", () => {
  it("writes a no-break space (U+00A0) between the number and %", () => {
    expect(NBSP).toBe("\u00a0");
    expect(formatPercent(0.125)).toBe("12.5\u00a0%");
    expect(formatPercent(0.025, 2)).toBe("2.50\u00a0%");
    expect(formatBps(250n)).toBe("2.50\u00a0%");
    expect(formatSignedPercent(0.042)).toBe("+4.2\u00a0%");
    expect(formatSignedPercent(-0.042)).toBe("−4.2\u00a0%");
    expect(formatSignedPercent(0)).toBe("±0.0\u00a0%");
  });

  it("never a breaking space before %", () => {
    for (const text of [formatPercent(1), formatBps(10_000), formatSignedPercent(-1)]) {
      expect(text).not.toMatch(/ %/);
    }
  });

  it("no figure when there is none", () => {
    expect(formatPercent(Number.NaN)).toBe("–");
    expect(formatSignedPercent(Number.POSITIVE_INFINITY)).toBe("new");
  });
});
