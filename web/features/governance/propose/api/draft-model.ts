// The proposal draft and every reason to refuse it before anyone signs: a value that is
// not a number, unchanged, or outside what EconomyParameters accepts; a split whose members
// would no longer sum to the whole; no change at all; no title. The draft keeps the values
// as typed, so a reload or a failed submission gives back exactly what was written.
import { PARAMETER_KEYS, type ParameterKey } from "../../../../../economy/parameters.ts";
import {
  brokenGroups,
  groupOf,
  inRange,
  isParameterKey,
  type ParameterGroup,
  parameterRange,
} from "../../../../lib/parameter-rules.ts";
import {
  formatParameterInput,
  formatParameterValue,
  parseParameterInput,
  type UnitAssets,
} from "./parameter-input.ts";

export interface Draft {
  /** the parameters picked, in PARAMETER_KEYS order */
  keys: ParameterKey[];
  /** what was typed for each, as typed */
  values: Partial<Record<ParameterKey, string>>;
  title: string;
  /** Markdown */
  body: string;
  /** the id of the proposal sent from this draft; any edit clears it (and keeps the draft) */
  submittedId?: string;
}

export const EMPTY_DRAFT: Draft = { keys: [], values: {}, title: "", body: "" };

export const DRAFT_STORAGE_KEY = "watershed:proposal-draft:v1";

/** What localStorage held, read defensively: an older or hand-edited entry gives what it can. */
export function parseStoredDraft(raw: string | null): Draft {
  try {
    const d = JSON.parse(raw ?? "null") as Partial<Draft> | null;
    if (!d || typeof d !== "object") return EMPTY_DRAFT;
    const keys = Array.isArray(d.keys) ? d.keys.filter((k) => isParameterKey(String(k))) : [];
    const values: Draft["values"] = {};
    for (const key of keys) {
      const text = (d.values as Record<string, unknown> | undefined)?.[key];
      if (typeof text === "string") values[key] = text;
    }
    return {
      keys: sortKeys(keys),
      values,
      title: typeof d.title === "string" ? d.title : "",
      body: typeof d.body === "string" ? d.body : "",
      ...(typeof d.submittedId === "string" ? { submittedId: d.submittedId } : {}),
    };
  } catch {
    return EMPTY_DRAFT;
  }
}

export function sortKeys(keys: Iterable<ParameterKey>): ParameterKey[] {
  const set = new Set(keys);
  return PARAMETER_KEYS.filter((k) => set.has(k));
}

// Edits: each drops submittedId, so a draft changed after sending is never cleared for it.

/** Picks `keys`, each field starting from the value now (the proposer edits from there). */
export function addKeys(
  draft: Draft,
  keys: readonly ParameterKey[],
  current: Readonly<Partial<Record<string, bigint>>>,
  assets: UnitAssets,
): Draft {
  const values = { ...draft.values };
  for (const key of keys) {
    const now = current[key];
    values[key] ??= now === undefined ? "" : formatParameterInput(key, now, assets);
  }
  const { submittedId: _, ...rest } = draft;
  return { ...rest, keys: sortKeys([...draft.keys, ...keys]), values };
}

export function removeKey(draft: Draft, key: ParameterKey): Draft {
  const { [key]: _, ...values } = draft.values;
  const { submittedId: __, ...rest } = draft;
  return { ...rest, keys: draft.keys.filter((k) => k !== key), values };
}

export function editDraft(draft: Draft, change: Partial<Omit<Draft, "submittedId">>): Draft {
  const { submittedId: _, ...rest } = draft;
  return { ...rest, ...change };
}

export interface RowCheck {
  key: ParameterKey;
  /** the indexed value; undefined when the subgraph has not seen the parameter */
  current?: bigint;
  /** the parsed new value, when it parses */
  next?: bigint;
  /** why this row is refused */
  reason?: string;
}

export interface GroupCheck {
  group: ParameterGroup;
  sum: bigint;
  /** members not in the draft, which the proposer may add */
  missing: ParameterKey[];
}

export interface DraftCheck {
  rows: RowCheck[];
  groups: GroupCheck[];
  /** reasons not tied to one parameter (nothing picked, no title) */
  problems: string[];
  /** the valid changes, for the calldata and the impact preview */
  changes: Partial<Record<ParameterKey, bigint>>;
  valid: boolean;
}

function checkRow(
  key: ParameterKey,
  text: string,
  current: bigint | undefined,
  assets: UnitAssets,
): RowCheck {
  const parsed = parseParameterInput(key, text, assets);
  if (!parsed.ok) return { key, current, reason: parsed.reason };
  const next = parsed.value;
  if (current === undefined) {
    return { key, next, reason: "Its current value is not indexed yet: nothing to compare with." };
  }
  if (next === current) return { key, current, next, reason: "Unchanged: this is its value now." };
  if (!inRange(key, next)) return { key, current, next, reason: rangeReason(key, assets) };
  return { key, current, next };
}

const UINT256_MAX = (1n << 256n) - 1n;

export function rangeReason(key: ParameterKey, assets: UnitAssets): string {
  const { min, max } = parameterRange(key);
  const fmt = (v: bigint) => formatParameterValue(key, v, assets);
  return max === undefined || max === UINT256_MAX
    ? `Out of the contract's range: at least ${fmt(min)}.`
    : `Out of the contract's range: between ${fmt(min)} and ${fmt(max)}.`;
}

export function checkDraft(
  draft: Draft,
  current: Readonly<Partial<Record<string, bigint>>>,
  assets: UnitAssets,
): DraftCheck {
  const rows = draft.keys.map((key) =>
    checkRow(key, draft.values[key] ?? "", current[key], assets),
  );
  const changes: Partial<Record<ParameterKey, bigint>> = {};
  for (const row of rows) if (!row.reason && row.next !== undefined) changes[row.key] = row.next;
  const known = Object.fromEntries(
    Object.entries(current).filter((e): e is [string, bigint] => e[1] !== undefined),
  );
  // only the splits this draft touches: an untouched one is the chain's business
  const touched = new Set(draft.keys.map((k) => groupOf(k)?.id));
  const groups = brokenGroups(known, changes as Record<string, bigint>)
    .filter(({ group }) => touched.has(group.id))
    .map(({ group, sum }) => ({
      group,
      sum,
      missing: group.keys.filter((k) => !draft.keys.includes(k)),
    }));
  const problems: string[] = [];
  if (draft.keys.length === 0) problems.push("Pick at least one parameter to change.");
  if (draft.title.trim() === "") problems.push("Write a title: it names the proposal in lists.");
  const valid =
    problems.length === 0 && groups.length === 0 && rows.every((r) => r.reason === undefined);
  return { rows, groups, problems, changes, valid };
}

/** The governor's description: `# Title` then the body, as the subgraph splits it. */
export function descriptionOf(draft: Pick<Draft, "title" | "body">): string {
  const title = draft.title.replace(/\s+/g, " ").trim();
  const body = draft.body.trim();
  return body ? `# ${title}\n\n${body}` : `# ${title}`;
}
