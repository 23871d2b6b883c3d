import { BigDecimal, BigInt } from "@graphprotocol/graph-ts";
import { BPS_DECIMAL, ZERO_DECIMAL } from "./constants";

/** numerator / denominator as a decimal; 0 when the denominator is 0. */
export function ratio(numerator: BigInt, denominator: BigInt): BigDecimal {
  if (denominator.isZero()) return ZERO_DECIMAL;
  return numerator.toBigDecimal().div(denominator.toBigDecimal());
}

export function fromBps(bps: BigInt): BigDecimal {
  return bps.toBigDecimal().div(BPS_DECIMAL);
}
