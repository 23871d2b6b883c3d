// bigInt.* and bigDecimal.* host functions with graph-node's error texts.
import { HostError } from "../asc/heap.ts";
import { readBigDecimal, writeBigDecimal } from "../asc/store-values.ts";
import type { HostEnv } from "../host-env.ts";
import * as bd from "../num/big-decimal.ts";

type Fn = (...args: number[]) => number;

const BIGINT_RE = /^[+-]?[0-9][0-9_]*$/;

export function parseBigInt(s: string): bigint | undefined {
  return BIGINT_RE.test(s) ? BigInt(s.replaceAll("_", "")) : undefined;
}

/** graph-node's BigInt::MAX_BITS (sign bit included) */
const MAX_BITS = 435_412;

const LIMIT = 1n << BigInt(MAX_BITS - 1);
const NEG_LIMIT = -LIMIT; // precomputed: negating a 435k-bit BigInt per call is not free

function checkSize(v: bigint): bigint {
  if (v >= LIMIT || v <= NEG_LIMIT) {
    const bits = (v < 0n ? -v : v).toString(2).length + 1;
    throw new HostError(`BigInt is too big, total bits ${bits} (max ${MAX_BITS})`);
  }
  return v;
}

/** graph-node takes u32 from WASM and narrows with `u8::try_from` */
function toU8(n: number): number {
  const v = n >>> 0;
  if (v > 255) throw new HostError("out of range integral type conversion attempted");
  return v;
}

export function numberFns(env: HostEnv): Record<string, Fn> {
  const big = (p: number) => env.heap.readBigInt(p);
  const outBig = (v: bigint) => env.heap.writeBigInt(checkSize(v));
  const dec = (p: number) => readBigDecimal(env.heap, p);
  const outDec = (v: bd.BigDec) => writeBigDecimal(env.heap, v);
  const binary = (op: (x: bigint, y: bigint) => bigint) => (x: number, y: number) =>
    outBig(op(big(x), big(y)));
  return {
    "bigInt.plus": binary((x, y) => x + y),
    "bigInt.minus": binary((x, y) => x - y),
    "bigInt.times": binary((x, y) => x * y),
    "bigInt.dividedBy": binary((x, y) => {
      if (y === 0n) throw new HostError(`attempted to divide BigInt \`${x}\` by zero`);
      return x / y; // truncates toward zero, like num-bigint
    }),
    "bigInt.mod": binary((x, y) => {
      if (y === 0n) {
        throw new HostError(
          `attempted to calculate the remainder of \`${x}\` with a divisor of zero`,
        );
      }
      return x % y; // sign of the dividend, like num-bigint
    }),
    "bigInt.pow": (x, exp) => outBig(big(x) ** BigInt(toU8(exp))),
    "bigInt.fromString": (s) => {
      const text = env.heap.readString(s);
      const v = parseBigInt(text);
      if (v === undefined) throw new HostError(`string is not a BigInt: \`${text}\``);
      return outBig(v);
    },
    "bigInt.bitOr": binary((x, y) => x | y),
    "bigInt.bitAnd": binary((x, y) => x & y),
    "bigInt.leftShift": (x, bits) => outBig(big(x) << BigInt(toU8(bits))),
    "bigInt.rightShift": (x, bits) => outBig(big(x) >> BigInt(toU8(bits))), // floors, like num-bigint
    "bigInt.dividedByDecimal": (x, y) => {
      const divisor = dec(y);
      const dividend = bd.fromBigInt(big(x));
      if (divisor.digits === 0n) {
        throw new HostError(
          `attempted to divide BigDecimal \`${bd.toDecimalString(dividend)}\` by zero`,
        );
      }
      return outDec(bd.div(dividend, divisor));
    },
    "bigDecimal.plus": (x, y) => outDec(bd.add(dec(x), dec(y))),
    "bigDecimal.minus": (x, y) => outDec(bd.sub(dec(x), dec(y))),
    "bigDecimal.times": (x, y) => outDec(bd.mul(dec(x), dec(y))),
    "bigDecimal.dividedBy": (x, y) => {
      const a = dec(x);
      const b = dec(y);
      if (b.digits === 0n) {
        throw new HostError(`attempted to divide BigDecimal \`${bd.toDecimalString(a)}\` by zero`);
      }
      return outDec(bd.div(a, b));
    },
    "bigDecimal.equals": (x, y) => (bd.equals(dec(x), dec(y)) ? 1 : 0),
    "bigDecimal.toString": (x) => env.heap.writeString(bd.toDecimalString(dec(x))),
    "bigDecimal.fromString": (s) => {
      const text = env.heap.readString(s);
      const v = bd.parse(text);
      if (!v) throw new HostError(`string  is not a BigDecimal: '${text}'`);
      return outDec(v);
    },
  };
}
