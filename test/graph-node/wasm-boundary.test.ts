// Property tests: JS values written into AssemblyScript memory read back unchanged.
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readEntity, writeEntity } from "../../mocks/graph-node/host/asc/store-values.ts";
import * as bd from "../../mocks/graph-node/host/num/big-decimal.ts";
import type { Entity, StoreValue } from "../../mocks/graph-node/store/types.ts";
import { createTestbed, type Testbed } from "./testbed.ts";

let t: Testbed;
beforeAll(() => {
  t = createTestbed();
});
beforeEach(() => t.reset());

const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -60, max: 60 }))
  .map(([d, e]) => bd.toDecimalString(bd.normalize(d, e)));

const scalar: fc.Arbitrary<StoreValue> = fc.oneof(
  fc.string({ unit: "grapheme" }).map((value) => ({ kind: "String" as const, value })),
  fc.integer().map((value) => ({ kind: "Int" as const, value })),
  fc
    .bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })
    .map((value) => ({ kind: "Int8" as const, value })),
  fc.bigInt({ min: 0n, max: 2n ** 62n }).map((value) => ({ kind: "Timestamp" as const, value })),
  fc
    .bigInt({ min: -(2n ** 300n), max: 2n ** 300n })
    .map((value) => ({ kind: "BigInt" as const, value })),
  decimal.map((value) => ({ kind: "BigDecimal" as const, value })),
  fc.boolean().map((value) => ({ kind: "Bool" as const, value })),
  fc.uint8Array({ maxLength: 80 }).map((value) => ({ kind: "Bytes" as const, value })),
  fc.constant({ kind: "Null" as const }),
);
const value: fc.Arbitrary<StoreValue> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  {
    weight: 1,
    arbitrary: fc
      .array(scalar, { maxLength: 5 })
      .map((value) => ({ kind: "Array" as const, value })),
  },
);
const entity: fc.Arbitrary<Entity> = fc
  .dictionary(fc.string({ minLength: 1, maxLength: 12 }), value, { maxKeys: 12 })
  .map((o) => new Map(Object.entries(o)));

describe("WASM boundary round trips", () => {
  it("strings, lone surrogates included (raw reader)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        t.reset();
        expect(t.heap.readStringRaw(t.heap.writeString(s))).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it("well-formed strings through the checked reader; lone surrogates rejected like graph-node", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        t.reset();
        expect(t.heap.readString(t.heap.writeString(s))).toBe(s.replaceAll("\0", ""));
      }),
      { numRuns: 300 },
    );
    expect(() => t.heap.readString(t.heap.writeString("a\uD800b"))).toThrow(/lone surrogate/);
  });

  it("bytes and bigints", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.bigInt({ min: -(2n ** 600n), max: 2n ** 600n }),
        (b, n) => {
          t.reset();
          expect(t.heap.readBytes(t.heap.writeBytes(b))).toEqual(b);
          expect(t.heap.readBigInt(t.heap.writeBigInt(n))).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("entities with every value kind", () => {
    fc.assert(
      fc.property(entity, (e) => {
        t.reset();
        const back = readEntity(t.heap, writeEntity(t.heap, e));
        const clean = (x: Entity) =>
          new Map(
            [...x].map(([k, v]) => [
              k,
              v.kind === "String" ? { ...v, value: v.value.replaceAll("\0", "") } : v,
            ]),
          );
        expect(back).toEqual(clean(e));
      }),
      { numRuns: 200 },
    );
  });

  it("a large allocation grows memory and the next reset still works", () => {
    const big = new Uint8Array(3_000_000).fill(7);
    expect(t.heap.readBytes(t.heap.writeBytes(big)).length).toBe(big.length);
    t.reset();
    expect(t.heap.readString(t.heap.writeString("after"))).toBe("after");
  });
});
