// The browser's hex codec (the static demo has no Buffer) agrees with Node's Buffer, which
// the store used before and still uses in Node: same text, same bytes, same truncation.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portableBytesOfHex, portableHexOfBytes } from "./hex.ts";

const bufferBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, "hex"));

describe("portable hex", () => {
  it("writes the hex Buffer writes, and reads it back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const hex = portableHexOfBytes(bytes);
        expect(hex).toBe(Buffer.from(bytes).toString("hex"));
        expect(portableBytesOfHex(hex)).toEqual(bytes);
        expect(portableBytesOfHex(hex.toUpperCase())).toEqual(bytes);
      }),
    );
  });

  it("reads any text as Buffer does, stopping at the first pair that is not hex", () => {
    const hexish = fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEFxg ") });
    fc.assert(
      fc.property(fc.oneof(hexish, fc.string()), (text) => {
        expect(portableBytesOfHex(text)).toEqual(bufferBytes(text));
      }),
      { numRuns: 2000 },
    );
  });
});
