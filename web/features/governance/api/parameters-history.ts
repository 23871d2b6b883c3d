// A parameter's history as a step series: each change holds until the next; the steps a
// Queued proposal will take follow from the indexed head as a separate (dashed) series.
import type { Cell, TableSpec } from "../../../components/chart/table-spec.ts";
import type { ParameterChangePoint, ParameterRow, UpcomingChange } from "./parameters-model.ts";

export interface StepPoint {
  /** unix seconds */
  t: number;
  /** the value in force from t (chart geometry); null past the indexed head */
  value: number | null;
  /** the value a Queued proposal sets from t; null before the head */
  upcoming: number | null;
  /** exact text of whichever value the point carries, for the tooltip */
  exact: string;
  /** a change (made or queued) starts here; false where a step is only extended */
  mark: boolean;
}

export interface SeriesUnits {
  toNumber: (value: bigint) => number;
  format: (value: bigint) => string;
}

/** Room after the last upcoming step so it shows as a step, not a dot. */
const tailOf = (first: number, last: number) => Math.max((last - first) * 0.05, 3_600);

export function historySeries(row: ParameterRow, now: number, units: SeriesUnits): StepPoint[] {
  const points: StepPoint[] = row.changes.map((c) => ({
    t: c.t,
    value: units.toNumber(c.newValue),
    upcoming: null,
    exact: units.format(c.newValue),
    mark: true,
  }));
  const last = points.at(-1);
  if (!last) return [];
  const head = Math.max(now, last.t);
  const current = units.toNumber(row.value);
  const atHead: StepPoint = {
    t: head,
    value: current,
    upcoming: row.upcoming.length > 0 ? current : null,
    exact: units.format(row.value),
    mark: false,
  };
  // The step in force runs to the indexed head; the dashed series starts there.
  if (head > last.t) points.push(atHead);
  else points[points.length - 1] = { ...atHead, mark: true };
  if (row.upcoming.length === 0) return points;
  for (const u of row.upcoming) {
    // An eta already passed means "executable now": the step starts at the head.
    points.push({
      t: Math.max(u.eta, head),
      value: null,
      upcoming: units.toNumber(u.newValue),
      exact: units.format(u.newValue),
      mark: true,
    });
  }
  const end = points.at(-1)!;
  points.push({ ...end, t: end.t + tailOf(points[0]!.t, end.t), mark: false });
  return points;
}

const isoUtc = (t: number) =>
  `${new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;

function byText(change: ParameterChangePoint): Cell {
  if (change.proposal) {
    return {
      text: change.proposal.title,
      csv: `proposal ${change.proposal.id}`,
      title: `proposal ${change.proposal.id}`,
    };
  }
  return change.initial ? "deployment" : `set by ${change.changedBy} before governance`;
}

const upcomingCells = (
  u: UpcomingChange,
  units: SeriesUnits,
  csv: (v: bigint) => string,
): Cell[] => [
  isoUtc(u.eta),
  "upcoming (Queued; executable from then)",
  { text: units.format(u.oldValue), csv: csv(u.oldValue) },
  { text: units.format(u.newValue), csv: csv(u.newValue) },
  { text: u.proposal.title, csv: `proposal ${u.proposal.id}`, title: `proposal ${u.proposal.id}` },
  "not yet executed",
];

/** The chart's numbers as the table view and the CSV show them: changes, then upcoming. */
export function historyTable(
  row: ParameterRow,
  units: SeriesUnits,
  csv: (value: bigint) => string,
  unitLabel: string,
): TableSpec {
  const past = row.changes.map((c): Cell[] => [
    isoUtc(c.t),
    c.initial ? "deployed" : "changed",
    c.initial ? "–" : { text: units.format(c.oldValue), csv: csv(c.oldValue) },
    { text: units.format(c.newValue), csv: csv(c.newValue) },
    byText(c),
    { text: c.txHash, csv: c.txHash },
  ]);
  return {
    columns: [
      { label: "when (UTC)" },
      { label: "status" },
      { label: `from (${unitLabel})`, numeric: true },
      { label: `to (${unitLabel})`, numeric: true },
      { label: "by" },
      { label: "transaction" },
    ],
    rows: [...past, ...row.upcoming.map((u) => upcomingCells(u, units, csv))],
    source: "ParameterChange, and the setParameters actions (ProposalAction) of Queued proposals",
  };
}
