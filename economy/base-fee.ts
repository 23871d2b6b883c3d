// Mirrors BaseFee.next and FeeRouter.baseFee.

/** fee × (1 ± min(|used − target|, target) / target / 8), floored at `floor`, never zero. */
export function nextBaseFee(fee: bigint, used: bigint, target: bigint, floor: bigint): bigint {
  let updated: bigint;
  if (used > target) {
    const excess = used - target > target ? target : used - target;
    updated = fee + (fee * excess) / target / 8n;
  } else {
    updated = fee - (fee * (target - used)) / target / 8n;
  }
  if (updated < floor) updated = floor;
  if (updated === 0n) updated = 1n;
  return updated;
}

/** The fee charged now: a raised floor (GENERATION_FEE) applies at once. */
export function effectiveBaseFee(stored: bigint, floor: bigint): bigint {
  return stored > floor ? stored : floor;
}
