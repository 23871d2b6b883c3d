// What EconomyParameters accepts, mirrored from its `_checkRange` and `_checkSum` so the
// dashboard can refuse a value before anyone signs. test/contracts pins these against the
// contract itself (parameter-rules.test.ts), so a change on either side fails there.
import { BPS, DAY, PARAMETER_KEYS, type ParameterKey } from "../../economy/parameters.ts";

export interface ParameterRange {
  min: bigint;
  /** undefined: no upper bound below uint256's */
  max?: bigint;
}

const UINT256_MAX = (1n << 256n) - 1n;

const SPECIAL: Partial<Record<ParameterKey, ParameterRange>> = {
  LOCK_WEIGHT_EXPONENT: { min: 1n, max: 4n },
  SURGE_CAP_BPS: { min: BPS, max: 10n * BPS },
  MAX_LOCK_BOOST_BPS: { min: 0n, max: 10n * BPS },
  MAX_LOCK_DURATION: { min: DAY, max: 4n * 365n * DAY },
  TARGET_GENERATIONS: { min: 1n },
  STABLE_PRICE: { min: 1n },
};

/** The closed range the contract accepts for `key`. */
export function parameterRange(key: ParameterKey): ParameterRange {
  const special = SPECIAL[key];
  if (special) return special;
  if (key.endsWith("_BPS")) return { min: 0n, max: BPS };
  return { min: 0n, max: UINT256_MAX };
}

export function inRange(key: ParameterKey, value: bigint): boolean {
  const { min, max } = parameterRange(key);
  return value >= min && value <= (max ?? UINT256_MAX);
}

export interface ParameterGroup {
  /** the group's name as the contract's SplitMustSumToWhole error spells it */
  id: "FEE_SPLIT" | "ROYALTY_SPLIT";
  label: string;
  keys: readonly ParameterKey[];
  /** what the members must sum to, in basis points */
  total: bigint;
}

export const PARAMETER_GROUPS: readonly ParameterGroup[] = [
  {
    id: "FEE_SPLIT",
    label: "Fee split",
    keys: ["FEE_COMPANY_BPS", "FEE_COMMUNITY_BPS", "FEE_STAKERS_BPS"],
    total: BPS,
  },
  {
    id: "ROYALTY_SPLIT",
    label: "Royalty split",
    keys: [
      "ROYALTY_CREATOR_BPS",
      "ROYALTY_DATASET_BPS",
      "ROYALTY_FINETUNER_BPS",
      "ROYALTY_COMMUNITY_BPS",
    ],
    total: BPS,
  },
];

export function groupOf(key: ParameterKey): ParameterGroup | undefined {
  return PARAMETER_GROUPS.find((group) => group.keys.includes(key));
}

/** Groups whose members, with `changes` applied over `current`, do not sum to their total. */
export function brokenGroups(
  current: Readonly<Record<string, bigint>>,
  changes: Readonly<Record<string, bigint>>,
): { group: ParameterGroup; sum: bigint }[] {
  const value = (key: ParameterKey) => changes[key] ?? current[key] ?? 0n;
  return PARAMETER_GROUPS.flatMap((group) => {
    const sum = group.keys.reduce((acc, key) => acc + value(key), 0n);
    return sum === group.total ? [] : [{ group, sum }];
  });
}

export function isParameterKey(key: string): key is ParameterKey {
  return (PARAMETER_KEYS as string[]).includes(key);
}
