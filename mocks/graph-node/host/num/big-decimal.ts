// graph-node's BigDecimal: value = digits × 10^exp, normalised after every operation to at
// most 34 significant digits with trailing zeros stripped. The quirks are graph-node's (it
// pins bigdecimal-rs 0.1.2 for proof-of-indexing stability): rounding to 34 digits is
// half-up on the first dropped digit for positive values but truncates negative ones, and
// division computes up to 100 digits, rounding the last half away from zero.

export interface BigDec {
  digits: bigint;
  exp: number;
}

export const MAX_SIGNIFICANT_DIGITS = 34;
export const MIN_EXP = -6143;
export const MAX_EXP = 6144;
const DIVISION_PRECISION = 100;

const ZERO: BigDec = { digits: 0n, exp: 0 };

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function digitCount(v: bigint): number {
  return (v < 0n ? -v : v).toString().length;
}

export function normalize(digits: bigint, exp: number): BigDec {
  if (digits === 0n) return ZERO;
  let d = digits;
  let e = exp;
  const count = digitCount(d);
  if (count > MAX_SIGNIFICANT_DIGITS) {
    const diff = count - MAX_SIGNIFICANT_DIGITS;
    const p = pow10(diff);
    const r = d % p; // truncating, like num-bigint's div_rem
    d /= p;
    // only a positive remainder whose first digit is >= 5 rounds up (see header)
    if (r > 0n && r >= 5n * pow10(diff - 1)) d += 1n;
    e += diff;
  }
  while (d % 10n === 0n && d !== 0n) {
    d /= 10n;
    e += 1;
  }
  return d === 0n ? ZERO : { digits: d, exp: e };
}

export function add(x: BigDec, y: BigDec): BigDec {
  const e = Math.min(x.exp, y.exp);
  return normalize(x.digits * pow10(x.exp - e) + y.digits * pow10(y.exp - e), e);
}

export function sub(x: BigDec, y: BigDec): BigDec {
  return add(x, { digits: -y.digits, exp: y.exp });
}

export function mul(x: BigDec, y: BigDec): BigDec {
  return normalize(x.digits * y.digits, x.exp + y.exp);
}

/** Caller checks y != 0 (graph-node reports its own error first). */
export function div(x: BigDec, y: BigDec): BigDec {
  if (y.digits === 0n) throw new Error("Division by zero");
  if (x.digits === 0n || (y.digits === 1n && y.exp === 0)) return normalize(x.digits, x.exp);
  // bigdecimal-rs works with scale = -exp
  const scale = -x.exp - -y.exp;
  if (x.digits === y.digits) return normalize(1n, -scale);
  const [q, s] = divide(x.digits, y.digits, scale);
  return normalize(q, -s);
}

function divide(num: bigint, den: bigint, scale: number): [bigint, number] {
  if (num < 0n && den < 0n) return divide(-num, -den, scale);
  if (num < 0n || den < 0n) {
    const [q, s] = divide(num < 0n ? -num : num, den < 0n ? -den : den, scale);
    return [-q, s];
  }
  let n = num;
  let sc = scale;
  while (n < den) {
    sc += 1;
    n *= 10n;
  }
  let q = n / den;
  let r = n % den;
  if (r === 0n) return [q, sc];
  let precision = digitCount(q);
  r *= 10n;
  while (r !== 0n && precision < DIVISION_PRECISION) {
    q = q * 10n + r / den;
    r = (r % den) * 10n;
    precision += 1;
    sc += 1;
  }
  if (r !== 0n && r / den >= 5n) q += 1n;
  return [q, sc];
}

export function equals(x: BigDec, y: BigDec): boolean {
  const a = normalize(x.digits, x.exp);
  const b = normalize(y.digits, y.exp);
  return a.digits === b.digits && a.exp === b.exp;
}

/** bigdecimal-rs Display: plain notation, never exponent form. */
export function toDecimalString(x: BigDec): string {
  const negative = x.digits < 0n;
  const abs = (negative ? -x.digits : x.digits).toString();
  const scale = -x.exp;
  let text: string;
  if (scale >= abs.length) text = `0.${"0".repeat(scale - abs.length)}${abs}`;
  else if (scale <= 0) text = abs + "0".repeat(-scale);
  else text = `${abs.slice(0, abs.length - scale)}.${abs.slice(abs.length - scale)}`;
  return negative ? `-${text}` : text;
}

const EXP_RE = /^[+-]?[0-9]+$/;
const DIGITS_RE = /^[+-]?[0-9]*$/;

/** bigdecimal-rs `from_str`; returns undefined where it would fail. */
export function parse(text: string): BigDec | undefined {
  let base = text;
  let exponent = 0;
  const e = text.search(/[eE]/);
  if (e >= 0) {
    base = text.slice(0, e);
    const expText = text.slice(e + 1);
    if (!EXP_RE.test(expText)) return undefined;
    exponent = Number(expText);
    if (!Number.isSafeInteger(exponent)) return undefined;
  }
  if (base === "") return undefined;
  const dot = base.indexOf(".");
  const digits = dot < 0 ? base : base.slice(0, dot) + base.slice(dot + 1);
  const fraction = dot < 0 ? 0 : base.length - dot - 1;
  if (!DIGITS_RE.test(digits) || !/[0-9]/.test(digits)) return undefined;
  return normalize(BigInt(digits), exponent - fraction);
}

export function fromBigInt(v: bigint): BigDec {
  return normalize(v, 0);
}

export function checkExponent(x: BigDec): void {
  if (x.exp < MIN_EXP || x.exp > MAX_EXP) {
    throw new Error(
      `big decimal exponent \`${x.exp}\` is outside the \`${MIN_EXP}\` to \`${MAX_EXP}\` range`,
    );
  }
}
