// The Parameters page's data: every governed parameter with its history (oldest first) and
// the changes Queued proposals will make, plus the groups whose members share a whole.
import { PARAMETER_KEYS } from "../../../../economy/parameters.ts";
import { ratio, toBigInt } from "../../../lib/amount.ts";
import {
  isParameterKey,
  PARAMETER_GROUPS,
  type ParameterGroup,
} from "../../../lib/parameter-rules.ts";
import type { ParameterEntity, QueuedProposal } from "./parameters-query.ts";

export interface ProposalRef {
  id: string;
  title: string;
}

export interface ParameterChangePoint {
  /** unix seconds */
  t: number;
  oldValue: bigint;
  newValue: bigint;
  txHash: string;
  blockNumber: number;
  changedBy: string;
  /** null: set outside governance (at deployment, or by the deployer before activation) */
  proposal: ProposalRef | null;
  /** the value the parameter was deployed with */
  initial: boolean;
}

export interface UpcomingChange {
  /** the timelock's eta: the earliest the proposal can execute (unix seconds) */
  eta: number;
  oldValue: bigint;
  newValue: bigint;
  proposal: ProposalRef;
}

export interface ParameterRow {
  key: string;
  value: bigint;
  /** oldest first */
  changes: ParameterChangePoint[];
  /** the indexed history holds more changes than were fetched (only the latest are kept) */
  truncated: boolean;
  /** in order of eta */
  upcoming: UpcomingChange[];
  /** false when the subgraph has not indexed this key yet */
  indexed: boolean;
}

function changePoint(change: ParameterEntity["changes"][number]): ParameterChangePoint {
  return {
    t: Number(change.timestamp),
    oldValue: toBigInt(change.oldValue),
    newValue: toBigInt(change.newValue),
    txHash: change.txHash,
    blockNumber: Number(change.blockNumber),
    changedBy: change.changedBy,
    proposal: change.proposal ? { id: change.proposal.id, title: change.proposal.title } : null,
    initial: false,
  };
}

/** key → the values Queued proposals set, each proposal's last write to a key winning. */
export function queuedWrites(proposals: readonly QueuedProposal[]) {
  const writes = new Map<string, { eta: number; value: bigint; proposal: ProposalRef }[]>();
  for (const p of proposals) {
    // A queued proposal always has an eta; one without is not executable and shows nothing.
    if (!p.eta) continue;
    const byKey = new Map<string, bigint>();
    const actions = [...p.actions].sort((a, b) => a.index - b.index);
    for (const action of actions) {
      if (action.functionName !== "setParameters") continue;
      action.parameterKeys.forEach((key, i) => {
        const value = action.parameterValues[i];
        if (value !== undefined) byKey.set(key, toBigInt(value));
      });
    }
    for (const [key, value] of byKey) {
      const list = writes.get(key) ?? [];
      list.push({ eta: Number(p.eta), value, proposal: { id: p.id, title: p.title } });
      writes.set(key, list);
    }
  }
  return writes;
}

/** Upcoming steps from `current`, chained in order of eta (a later one starts where the earlier ends). */
export function upcomingChanges(
  current: bigint,
  writes: readonly { eta: number; value: bigint; proposal: ProposalRef }[],
): UpcomingChange[] {
  const ordered = [...writes].sort(
    (a, b) => a.eta - b.eta || a.proposal.id.localeCompare(b.proposal.id),
  );
  let before = current;
  return ordered.map((w) => {
    const step = { eta: w.eta, oldValue: before, newValue: w.value, proposal: w.proposal };
    before = w.value;
    return step;
  });
}

/** Every known key in the contract's order, then any key only the subgraph knows. */
export function parameterRows(
  parameters: readonly ParameterEntity[],
  queued: readonly QueuedProposal[],
): ParameterRow[] {
  const byKey = new Map(parameters.map((p) => [p.id, p]));
  const keys = [
    ...PARAMETER_KEYS,
    ...parameters.map((p) => p.id).filter((k) => !isParameterKey(k)),
  ];
  const writes = queuedWrites(queued);
  return keys.map((key) => {
    const entity = byKey.get(key);
    const changes = (entity?.changes ?? [])
      .map(changePoint)
      .sort((a, b) => a.t - b.t || a.blockNumber - b.blockNumber);
    const truncated = entity ? entity.changeCount > changes.length : false;
    const first = changes[0];
    // The first ParameterChanged of a key, outside governance and from zero, is its deployment.
    if (first && !truncated && first.proposal === null && first.oldValue === 0n)
      first.initial = true;
    const value = entity ? toBigInt(entity.value) : 0n;
    return {
      key,
      value,
      changes,
      truncated,
      upcoming: upcomingChanges(value, writes.get(key) ?? []),
      indexed: entity !== undefined,
    };
  });
}

/** Only its deployment value so far. */
export const unchangedSinceDeployment = (row: ParameterRow) =>
  row.changes.length === 1 && row.changes[0]!.initial;

/** Changes after deployment (by governance or by the deployer). */
export const laterChanges = (row: ParameterRow) => row.changes.filter((c) => !c.initial);

export interface GroupShare {
  key: string;
  value: bigint;
  /** value / group total, for the bar's width and the percentage */
  share: number;
}

export interface GroupView {
  group: ParameterGroup;
  members: GroupShare[];
  sum: bigint;
  /** the members sum to the group's total, as the contract requires */
  whole: boolean;
}

export function groupViews(rows: readonly ParameterRow[]): GroupView[] {
  const values = new Map(rows.map((r) => [r.key, r.value]));
  return PARAMETER_GROUPS.map((group) => {
    const members = group.keys.map((key) => {
      const value = values.get(key) ?? 0n;
      return { key, value, share: ratio(value, group.total) };
    });
    const sum = members.reduce((acc, m) => acc + m.value, 0n);
    return { group, members, sum, whole: sum === group.total };
  });
}

/** The row to show when the URL names none: the next change to come, else the latest change. */
export function defaultSelection(rows: readonly ParameterRow[]): string | undefined {
  const soonest = rows
    .filter((r) => r.upcoming.length > 0)
    .sort((a, b) => a.upcoming[0]!.eta - b.upcoming[0]!.eta)[0];
  if (soonest) return soonest.key;
  const latest = rows
    .filter((r) => laterChanges(r).length > 0)
    .sort((a, b) => (b.changes.at(-1)?.t ?? 0) - (a.changes.at(-1)?.t ?? 0))[0];
  return latest?.key ?? rows[0]?.key;
}
