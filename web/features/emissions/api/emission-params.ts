// The governed emission parameters as the index recorded them: every value each took, when,
// and the proposal that set it. The schedule and the projection read their values here.
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { toBigInt } from "../../../lib/amount.ts";

export const EMISSION_KEYS = [
  "GEN_REWARD_INITIAL",
  "GEN_REWARD_DECAY_BPS",
  "SHARE_REWARD",
  "HOST_INFLATION_BPS",
] as const;

export type EmissionKey = (typeof EMISSION_KEYS)[number];

/** The four parameters the emission schedule depends on. */
export type EmissionParams = Record<EmissionKey, bigint>;

export interface ParamChange {
  id: string;
  key: EmissionKey;
  oldValue: bigint;
  value: bigint;
  /** unix seconds */
  timestamp: number;
  txHash: string;
  proposal: { id: string; title: string } | null;
}

export function paramHistory(changes: EmissionsQuery["parameterChanges"]): ParamChange[] {
  return changes
    .filter((c) => (EMISSION_KEYS as readonly string[]).includes(c.parameter.id))
    .map((c) => ({
      id: c.id,
      key: c.parameter.id as EmissionKey,
      oldValue: toBigInt(c.oldValue),
      value: toBigInt(c.newValue),
      timestamp: Number(c.timestamp),
      txHash: c.txHash,
      proposal: c.proposal ? { id: c.proposal.id, title: c.proposal.title } : null,
    }))
    .sort((a, b) => a.timestamp - b.timestamp);
}

/** The values in force at time `t` (the last change at or before it), or null while any is unset. */
export function paramsAt(history: ParamChange[], t: number): EmissionParams | null {
  const values: Partial<EmissionParams> = {};
  for (const c of history) {
    if (c.timestamp > t) break;
    values[c.key] = c.value;
  }
  return EMISSION_KEYS.every((k) => values[k] !== undefined) ? (values as EmissionParams) : null;
}

/** Changes after genesis (the constructor sets the first values), newest last: the chart's marks. */
export function emissionMarks(history: ParamChange[], genesis: number): ParamChange[] {
  return history.filter((c) => c.timestamp > genesis);
}

/** True when some parameter changed strictly inside [from, to): an epoch scheduled at one value. */
export function changedWithin(history: ParamChange[], from: number, to: number): boolean {
  return history.some((c) => c.timestamp > from && c.timestamp < to);
}
