// Host functions against known values, called through real AssemblyScript memory.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readBigDecimal, writeBigDecimal } from "../../mocks/graph-node/host/asc/store-values.ts";
import * as bd from "../../mocks/graph-node/host/num/big-decimal.ts";
import { createTestbed, type Testbed } from "./testbed.ts";

let t: Testbed;
beforeAll(() => {
  t = createTestbed();
});
beforeEach(() => t.reset());

const big = (v: bigint) => t.heap.writeBigInt(v);
const readBig = (p: number) => t.heap.readBigInt(p);
const str = (s: string) => t.heap.writeString(s);
const readStr = (p: number) => t.heap.readString(p);
const dec = (s: string) => writeBigDecimal(t.heap, bd.parse(s) as bd.BigDec);
const readDec = (p: number) => bd.toDecimalString(readBigDecimal(t.heap, p));
const bytes = (b: Uint8Array | number[]) => t.heap.writeBytes(Uint8Array.from(b));

describe("bigInt.*", () => {
  it.each([
    ["bigInt.plus", 5n, -7n, -2n],
    ["bigInt.minus", -5n, 7n, -12n],
    ["bigInt.times", -3n, 2n ** 200n, -3n * 2n ** 200n],
    ["bigInt.dividedBy", -7n, 2n, -3n],
    ["bigInt.dividedBy", 7n, -2n, -3n],
    ["bigInt.mod", -7n, 3n, -1n],
    ["bigInt.mod", 7n, -3n, 1n],
    ["bigInt.bitOr", -8n, 3n, -5n],
    ["bigInt.bitAnd", -1n, 0xffn, 0xffn],
    ["bigInt.bitAnd", 12n, 10n, 8n],
  ])("%s(%s, %s) = %s", (name, x, y, expected) => {
    expect(readBig(t.fn(name, big(x), big(y)))).toBe(expected);
  });

  it("pow and shifts (right shift floors like num-bigint)", () => {
    expect(readBig(t.fn("bigInt.pow", big(-3n), 5))).toBe(-243n);
    expect(readBig(t.fn("bigInt.pow", big(10n), 0))).toBe(1n);
    expect(readBig(t.fn("bigInt.leftShift", big(-3n), 100))).toBe(-3n << 100n);
    expect(readBig(t.fn("bigInt.rightShift", big(-5n), 1))).toBe(-3n);
    expect(() => t.fn("bigInt.pow", big(2n), 256)).toThrow(/out of range/);
  });

  it("division by zero fails like graph-node", () => {
    expect(() => t.fn("bigInt.dividedBy", big(7n), big(0n))).toThrow(
      "attempted to divide BigInt `7` by zero",
    );
    expect(() => t.fn("bigInt.mod", big(7n), big(0n))).toThrow(/remainder of `7`/);
  });

  it("fromString / toString / toHex", () => {
    expect(readBig(t.fn("bigInt.fromString", str("-123456789012345678901234567890")))).toBe(
      -123456789012345678901234567890n,
    );
    expect(() => t.fn("bigInt.fromString", str("12a"))).toThrow("string is not a BigInt: `12a`");
    expect(() => t.fn("bigInt.fromString", str(""))).toThrow();
    expect(readStr(t.fn("typeConversion.bigIntToString", big(-42n)))).toBe("-42");
    expect(readStr(t.fn("typeConversion.bigIntToHex", big(0n)))).toBe("0x0");
    expect(readStr(t.fn("typeConversion.bigIntToHex", big(255n)))).toBe("0xff");
    expect(readStr(t.fn("typeConversion.bigIntToHex", big(-4096n)))).toBe("0x1000");
  });

  it("signed little-endian bytes, minimal, zero as one byte", () => {
    const raw = (v: bigint) => [...t.heap.readBytes(big(v))];
    expect(raw(0n)).toEqual([0]);
    expect(raw(-1n)).toEqual([0xff]);
    expect(raw(128n)).toEqual([0x80, 0]);
    expect(raw(-129n)).toEqual([0x7f, 0xff]);
    expect(raw(-256n)).toEqual([0, 0xff]);
  });
});

describe("bigDecimal.*", () => {
  it.each([
    ["1", "3", "0.3333333333333333333333333333333333"],
    ["2", "3", "0.6666666666666666666666666666666667"],
    // graph-node rounds the division half away from zero, then truncates negatives to 34 digits
    ["-2", "3", "-0.6666666666666666666666666666666666"],
    ["10", "4", "2.5"],
    ["1", "8", "0.125"],
    ["5", "5", "1"],
    ["1e20", "1e-5", "10000000000000000000000000"],
    ["0", "7", "0"],
  ])("%s / %s = %s", (x, y, expected) => {
    expect(readDec(t.fn("bigDecimal.dividedBy", dec(x), dec(y)))).toBe(expected);
  });

  it("normalises to 34 significant digits, strips trailing zeros", () => {
    const roundTrip = (s: string) => readDec(t.fn("bigDecimal.fromString", str(s)));
    expect(roundTrip("0.00100")).toBe("0.001");
    expect(roundTrip("1e3")).toBe("1000");
    expect(roundTrip("-1.50E+2")).toBe("-150");
    expect(roundTrip("123456789012345678901234567890123456789")).toBe(
      "123456789012345678901234567890123500000",
    );
    expect(roundTrip("-123456789012345678901234567890123456789")).toBe(
      "-123456789012345678901234567890123400000",
    );
    expect(roundTrip(".5")).toBe("0.5");
    expect(() => t.fn("bigDecimal.fromString", str("abc"))).toThrow(/is not a BigDecimal: 'abc'/);
  });

  it("plus, minus, times, equals, dividedByDecimal, division by zero", () => {
    expect(readDec(t.fn("bigDecimal.plus", dec("0.1"), dec("0.2")))).toBe("0.3");
    expect(readDec(t.fn("bigDecimal.minus", dec("1"), dec("1.000001")))).toBe("-0.000001");
    expect(readDec(t.fn("bigDecimal.times", dec("-1.5"), dec("1e-3")))).toBe("-0.0015");
    expect(t.fn("bigDecimal.equals", dec("1.0"), dec("1"))).toBe(1);
    expect(t.fn("bigDecimal.equals", dec("1.0"), dec("1.01"))).toBe(0);
    expect(readDec(t.fn("bigInt.dividedByDecimal", big(1n), dec("3")))).toBe(
      "0.3333333333333333333333333333333333",
    );
    expect(() => t.fn("bigDecimal.dividedBy", dec("1"), dec("0"))).toThrow(
      "attempted to divide BigDecimal `1` by zero",
    );
  });
});

describe("typeConversion.* and crypto", () => {
  it("bytes to hex / string / base58, string to H160, keccak256", () => {
    expect(readStr(t.fn("typeConversion.bytesToHex", bytes([0, 0xab, 0xff])))).toBe("0x00abff");
    const hello = [...Buffer.from("hello\0\0")];
    expect(readStr(t.fn("typeConversion.bytesToString", bytes(hello)))).toBe("hello");
    expect(readStr(t.fn("typeConversion.bytesToString", bytes([0x61, 0xff])))).toBe("a\uFFFD");
    const hw = [...Buffer.from("hello world")];
    expect(readStr(t.fn("typeConversion.bytesToBase58", bytes(hw)))).toBe("StV1DL6CwTryKyV");
    expect(readStr(t.fn("typeConversion.bytesToBase58", bytes([0, 0, 1])))).toBe("112");
    const addr = "0xA16081F360e3847006dB660bae1c6d1b2e17eC2A";
    expect(
      Buffer.from(t.heap.readBytes(t.fn("typeConversion.stringToH160", str(addr)))).toString("hex"),
    ).toBe(addr.slice(2).toLowerCase());
    expect(() => t.fn("typeConversion.stringToH160", str("0x12"))).toThrow(/Failed to convert/);
    expect(Buffer.from(t.heap.readBytes(t.fn("crypto.keccak256", bytes([])))).toString("hex")).toBe(
      "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    );
  });
});

describe("json.*", () => {
  const json = (s: string) => t.fn("json.fromBytes", bytes([...Buffer.from(s)]));
  it("keeps number text, sorts object keys", () => {
    const p = json('{"b": 1.50, "a": [true, null, "x", 12345678901234567890123]}');
    expect(t.heap.enumKind(p)).toBe(5);
    const entries = t.heap.readPtrArray(t.heap.u32At(t.heap.enumPayloadPtr(p)));
    expect(entries.map((e) => readStr(t.heap.u32At(e)))).toEqual(["a", "b"]);
    const b = t.heap.u32At((entries[1] as number) + 4);
    expect(t.heap.enumKind(b)).toBe(2);
    expect(readStr(t.heap.enumPayloadPtr(b))).toBe("1.50");
    const a = t.heap.readPtrArray(t.heap.enumPayloadPtr(t.heap.u32At((entries[0] as number) + 4)));
    expect(a.map((v) => t.heap.enumKind(v))).toEqual([1, 0, 3, 2]);
  });
  it("fromBytes fails on bad JSON, try_fromBytes reports it", () => {
    expect(() => json("{bad")).toThrow(/Failed to parse JSON/);
    const r = t.fn("json.try_fromBytes", bytes([...Buffer.from("[1,")]));
    expect(t.heap.u32At(r)).toBe(0);
    expect(t.heap.u8[t.heap.u32At(r + 4)]).toBe(1);
    const ok = t.fn("json.try_fromBytes", bytes([...Buffer.from("7")]));
    expect(t.heap.u32At(ok + 4)).toBe(0);
  });
  it("toI64 / toU64 / toF64 / toBigInt", () => {
    expect(t.fn("json.toI64", str("-9223372036854775808"))).toBe(-9223372036854775808n);
    expect(() => t.fn("json.toI64", str("1.5"))).toThrow("JSON `1.5` cannot be parsed as i64");
    expect(t.fn("json.toU64", str("18446744073709551615"))).toBe(-1n);
    expect(() => t.fn("json.toU64", str("-1"))).toThrow(/u64/);
    expect(t.fn("json.toF64", str("2.5e3"))).toBe(2500);
    expect(readBig(t.fn("json.toBigInt", str("-123456789012345678901234567890")))).toBe(
      -123456789012345678901234567890n,
    );
  });
});

describe("log, abort, dataSource", () => {
  it("logs with level; critical aborts", () => {
    t.fn("log.log", 3, str("hello"));
    expect(t.logs.at(-1)).toMatchObject({ level: "info", message: "hello" });
    expect(() => t.fn("log.log", 0, str("boom"))).toThrow(
      "Critical error logged in mapping with log message: boom",
    );
  });
  it("abort names file, line and column", () => {
    expect(() => t.fn("abort", str("bad"), str("src/x.ts"), 3, 7)).toThrow(
      "Mapping aborted at src/x.ts, line 3, column 7, with message: bad",
    );
  });
  it("dataSource.create rejects unknown templates", () => {
    const params = t.heap.writeStringArray(["0x00"]);
    expect(() => t.fn("dataSource.create", str("Nope"), params)).toThrow(
      /No template with this name/,
    );
  });
});
