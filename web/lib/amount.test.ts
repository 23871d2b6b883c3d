import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCompact, formatExact, parseUnits, ratio, toBigInt } from "./amount.ts";

const amounts = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
const decimals = fc.integer({ min: 0, max: 24 });

describe("bigint amounts", () => {
  it("formats exactly: parsing the formatted text gives the same base units", () => {
    fc.assert(
      fc.property(amounts, decimals, (value, d) => {
        expect(parseUnits(formatExact(value, d), d)).toBe(value);
      }),
    );
  });

  it("writes the examples of UI.md", () => {
    expect(formatExact(1_234_567_891_000_000_000_000_000n, 18)).toBe("1,234,567.891");
    expect(formatExact(2_500_000n, 6)).toBe("2.5");
    expect(formatExact(-5n, 18)).toBe("-0.000000000000000005");
    expect(formatCompact(1_234_567n * 10n ** 18n, 18)).toBe("1.23M");
    expect(formatCompact(950_500_000n, 6)).toBe("950.5");
    expect(formatCompact(1_200_000_000_000_000n, 18)).toBe("0.0012");
    expect(formatCompact(999_999n * 10n ** 15n, 18)).toBe("1k");
    expect(formatCompact(999_999n * 10n ** 18n, 18)).toBe("1M");
    expect(formatCompact(0n, 18)).toBe("0");
    expect(formatCompact(999_999_999n * 10n ** 18n, 18)).toBe("1B");
  });

  it("never writes a non-zero amount as 0 in compact form", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n }), decimals, (value, d) => {
        expect(formatCompact(value, d)).not.toMatch(/^0(\.0*)?$/);
      }),
    );
  });

  it("keeps compact within 1 % of the exact value above one token", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 18n, max: 10n ** 32n }), (value) => {
        const text = formatCompact(value, 18);
        const scale = { k: 1e3, M: 1e6, B: 1e9, T: 1e12 }[text.slice(-1)] ?? 1;
        const shown = Number.parseFloat(text) * scale;
        const exact = Number(value / 10n ** 18n);
        expect(Math.abs(shown - exact) / exact).toBeLessThan(0.01);
      }),
    );
  });

  it("refuses what is not an amount", () => {
    expect(() => toBigInt("1.5")).toThrow(/not an integer/);
    expect(() => toBigInt("1e18")).toThrow();
    expect(() => toBigInt(null)).toThrow();
    expect(toBigInt("-12")).toBe(-12n);
    expect(parseUnits("1.1234567", 6)).toBeNull();
    expect(parseUnits("abc", 18)).toBeNull();
    expect(parseUnits("", 18)).toBeNull();
    expect(parseUnits("1,000.5", 2)).toBe(100_050n);
  });

  it("computes ratios on bigints beyond float precision", () => {
    const whole = 10n ** 30n + 1n;
    expect(ratio(whole / 4n, whole)).toBeCloseTo(0.25, 8);
    expect(ratio(5n, 0n)).toBe(0);
  });
});
