import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY } from "../../../../../economy/parameters.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import {
  formatDurationExact,
  formatParameterInput,
  formatParameterValue,
  inputUnit,
  type Parsed,
  parseParameterInput,
} from "./parameter-input.ts";

const native: AssetInfo = { address: "0x01", symbol: "WSHD", decimals: 18, kind: "native" };
const stable: AssetInfo = { address: "0x02", symbol: "USDC", decimals: 6, kind: "stable" };
const assets = { native, stable };
const parse = (key: string, text: string) => parseParameterInput(key, text, assets);
const value = (p: Parsed) => (p.ok ? p.value : p.reason);

describe("parsing a value typed in its unit", () => {
  it("token amounts: whole tokens with up to the token's decimals, separators allowed", () => {
    expect(value(parse("GENERATION_FEE", "0.6"))).toBe(6n * 10n ** 17n);
    expect(value(parse("MIN_NODE_STAKE", "1,250.5"))).toBe(12_505n * 10n ** 17n);
    expect(value(parse("MINT_FEE", " 2 "))).toBe(2n * 10n ** 18n);
    expect(value(parse("MINT_FEE", "0.0000000000000000001"))).toBe("At most 18 decimals (WSHD).");
  });

  it("the stable price in the stablecoin's decimals", () => {
    expect(value(parse("STABLE_PRICE", "0.25"))).toBe(250_000n);
    expect(value(parse("STABLE_PRICE", "0.0000001"))).toBe("At most 6 decimals (USDC).");
  });

  it("basis points as a percent with up to two decimals, % optional", () => {
    expect(value(parse("FEE_COMPANY_BPS", "35"))).toBe(3500n);
    expect(value(parse("ROYALTY_BPS", "2.5 %"))).toBe(250n);
    expect(value(parse("GEN_REWARD_DECAY_BPS", "0.01%"))).toBe(1n);
    expect(value(parse("GEN_REWARD_DECAY_BPS", "0.005"))).toBe(
      "At most 2 decimals (0.01 % is one basis point).",
    );
  });

  it("durations in d, h, m, s, combined; a bare number needs its unit", () => {
    expect(value(parse("MAX_LOCK_DURATION", "180 d 12 h"))).toBe(180n * DAY + 12n * 3600n);
    expect(value(parse("MAX_LOCK_DURATION", "2days"))).toBe(2n * DAY);
    expect(value(parse("MAX_LOCK_DURATION", "90 m 30 s"))).toBe(5430n);
    expect(value(parse("MAX_LOCK_DURATION", "365"))).toBe(
      "Give a unit, e.g. 30 d, 12 h, 90 m or 45 s.",
    );
    expect(value(parse("MAX_LOCK_DURATION", "3 weeks"))).toBe(
      "“weeks” is not a unit: use d, h, m or s.",
    );
    expect(value(parse("MAX_LOCK_DURATION", "1.5 d"))).toMatch(/is not a duration/);
  });

  it("counts are whole numbers", () => {
    expect(value(parse("TARGET_GENERATIONS", "1,200"))).toBe(1200n);
    expect(value(parse("LOCK_WEIGHT_EXPONENT", "2.5"))).toBe("Must be a whole number.");
  });

  it("refuses a non-number, a negative and an empty field, with the reason", () => {
    expect(value(parse("GENERATION_FEE", "abc"))).toBe("“abc” is not a number.");
    expect(value(parse("GENERATION_FEE", "1e18"))).toBe("“1e18” is not a number.");
    expect(value(parse("FEE_COMPANY_BPS", "-5"))).toBe("Must not be negative.");
    expect(value(parse("TARGET_GENERATIONS", ""))).toBe("Enter a value.");
    expect(value(parse("MAX_LOCK_DURATION", " "))).toBe("Enter a duration.");
  });

  it("names the unit each field is typed in", () => {
    expect(inputUnit("GENERATION_FEE", assets)).toBe("WSHD");
    expect(inputUnit("STABLE_PRICE", assets)).toBe("USDC");
    expect(inputUnit("SLASH_BPS", assets)).toBe("%");
    expect(inputUnit("MAX_LOCK_DURATION", assets)).toBe("d h m s");
    expect(inputUnit("UNDERSERVED_REGIONS", assets)).toBe("count");
  });
});

describe("formatting a stored value", () => {
  it("in words with its unit", () => {
    expect(formatParameterValue("GENERATION_FEE", 5n * 10n ** 17n, assets)).toBe("0.5 WSHD");
    expect(formatParameterValue("FEE_COMPANY_BPS", 3550n, assets)).toBe("35.5\u00a0%");
    expect(formatParameterValue("MAX_LOCK_DURATION", 365n * DAY, assets)).toBe("365 d");
    expect(formatParameterValue("TARGET_GENERATIONS", 12_000n, assets)).toBe("12,000");
    expect(formatDurationExact(DAY + 3661n)).toBe("1 d 1 h 1 m 1 s");
    expect(formatDurationExact(0n)).toBe("0 s");
  });

  // What the field starts with (the value now) parses back to that very value, for any
  // value of any kind: editing starts from the exact current figure, never a rounded one.
  const KEYS = [
    "GENERATION_FEE",
    "STABLE_PRICE",
    "FEE_COMPANY_BPS",
    "MAX_LOCK_DURATION",
    "TARGET_GENERATIONS",
  ];
  it("round-trips: parse(format(v)) = v for every kind", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
        (key, v) => {
          const parsed = parse(key, formatParameterInput(key, v, assets));
          expect(parsed).toEqual({ ok: true, value: v });
        },
      ),
    );
  });
});
