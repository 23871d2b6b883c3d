import { describe, expect, it } from "vitest";
import { DAY, STABLE, TOKEN } from "../../../../economy/parameters.ts";
import {
  axisTick,
  chartNumber,
  chartUnit,
  csvUnit,
  csvValue,
  displayRange,
  displayValue,
  rawValue,
  regionCodes,
} from "./parameters-units.ts";

const assets = {
  native: { address: "0x1", symbol: "WSHD", decimals: 18, kind: "native" as const },
  stable: { address: "0x2", symbol: "USDC", decimals: 6, kind: "stable" as const },
};

describe("each parameter in its unit", () => {
  it("basis points as percentages, raw bps for the tooltip", () => {
    // \s: the space before "%" is a no-break one (web/lib/percent.ts)
    expect(displayValue("FEE_COMPANY_BPS", 4000n, assets)).toMatch(/^40\.00\s%$/);
    expect(rawValue("FEE_COMPANY_BPS", 4000n, assets)).toBe("4,000 bps");
    expect(chartNumber("FEE_COMPANY_BPS", 4050n, assets)).toBe(40.5);
    expect(csvValue("FEE_COMPANY_BPS", 4050n, assets)).toBe("40.5");
    expect(csvUnit("FEE_COMPANY_BPS", assets)).toBe("%");
    expect(axisTick("FEE_COMPANY_BPS", 40)).toBe("40 %");
  });

  it("token amounts with the native asset's symbol and decimals, stable ones with the stablecoin's", () => {
    expect(displayValue("GENERATION_FEE", TOKEN / 2n, assets)).toBe("0.5 WSHD");
    expect(displayValue("MIN_NODE_STAKE", 1000n * TOKEN, assets)).toBe("1,000 WSHD");
    expect(displayValue("STABLE_PRICE", STABLE / 5n, assets)).toBe("0.2 USDC");
    expect(chartNumber("GENERATION_FEE", TOKEN / 2n, assets)).toBe(0.5);
    expect(csvValue("MIN_NODE_STAKE", 1000n * TOKEN, assets)).toBe("1000");
    expect(chartUnit("STABLE_PRICE", assets)).toBe("USDC");
    // without a configured asset, base units rather than a guessed symbol
    expect(displayValue("GENERATION_FEE", 5n, {})).toBe("5");
    expect(chartUnit("GENERATION_FEE", {})).toBe("base units");
  });

  it("durations as durations, counts as counts, the region mask as its codes", () => {
    expect(displayValue("MAX_LOCK_DURATION", 365n * DAY, assets)).toBe("1 y");
    expect(rawValue("MAX_LOCK_DURATION", 365n * DAY, assets)).toBe("31,536,000 s");
    expect(chartNumber("MAX_LOCK_DURATION", 2n * DAY, assets)).toBe(2);
    expect(displayValue("TARGET_GENERATIONS", 1200n, assets)).toBe("1,200");
    expect(regionCodes(0b1100n)).toEqual([2, 3]);
    expect(displayValue("UNDERSERVED_REGIONS", 0b1100n, assets)).toBe("regions 2, 3");
    expect(displayValue("UNDERSERVED_REGIONS", 0n, assets)).toBe("no region");
    expect(rawValue("UNDERSERVED_REGIONS", 0b1100n, assets)).toBe("bitmask 1100");
  });

  it("writes the contract's range in the parameter's unit", () => {
    expect(displayRange("FEE_STAKERS_BPS", assets)).toMatch(/^0\.00\s% – 100\.00\s%$/);
    expect(displayRange("SURGE_CAP_BPS", assets)).toMatch(/^100\.00\s% – 1000\.00\s%$/);
    expect(displayRange("MAX_LOCK_DURATION", assets)).toBe("1 d – 4 y");
    expect(displayRange("LOCK_WEIGHT_EXPONENT", assets)).toBe("1 – 4");
    expect(displayRange("TARGET_GENERATIONS", assets)).toBe("1 or more");
    expect(displayRange("GENERATION_FEE", assets)).toBe("0 WSHD or more");
    expect(displayRange("STABLE_PRICE", assets)).toBe("0.000001 USDC or more");
  });
});
