// Benchmark (not a test): the impact preview's backtest on a running dev stack. For every
// executed proposal that set economy parameters, the preview is computed as the proposal page
// computes it (web/features/governance/impact): activity measured over a trailing window
// ending at the block before the execution (time travel), both projections from the stocks
// then, the proposal's own buyback and grants applied once; then its predicted change of each
// treasury stock over the 7 days after is set against the indexed change. The target:
// within 10 % for the treasury's change.
//   npx tsx test/bench/backtest-bench.ts [--graphql URL] [--web URL] [--window 7|14|30]
// --web is the dashboard serving /watershed-config.json (contract names decode the calls).

import { parseArgs } from "node:util";
import { print } from "graphql";
import { projectImpact } from "../../economy/impact.ts";
import { decodeActions } from "../../web/features/governance/api/actions-model.ts";
import { backtest } from "../../web/features/governance/impact/api/backtest-model.ts";
import {
  IMPACT_QUERY,
  type ImpactInputs,
} from "../../web/features/governance/impact/api/impact-query.ts";
import { impactVariables } from "../../web/features/governance/impact/api/impact-variables.ts";
import {
  measureActivity,
  WINDOWS,
  type WindowDays,
} from "../../web/features/governance/impact/api/measure-activity.ts";
import { oneOffsOf } from "../../web/features/governance/impact/api/one-offs.ts";
import { parameterChangesOf } from "../../web/features/governance/impact/proposal-impact.tsx";
import type { AppConfig } from "../../web/lib/config.ts";
import { reportFigure } from "./figures.ts";

const { values } = parseArgs({
  options: {
    graphql: { type: "string", default: "http://127.0.0.1:8000/subgraphs/name/watershed" },
    web: { type: "string", default: "http://127.0.0.1:5173" },
    window: { type: "string", default: "14" },
  },
});
const WINDOW = Number(values.window) as WindowDays;
if (!WINDOWS.includes(WINDOW)) throw new Error(`--window must be one of ${WINDOWS.join(", ")}`);
const TARGET_BPS = 1000n;

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(values.graphql!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

const PROPOSALS = `{
  _meta { block { number timestamp } }
  proposals(where: { state: EXECUTED }, orderBy: executedAt, first: 100) {
    id title executedAt executedTxHash
    actions(orderBy: index, first: 100) { index target value calldata functionName parameterKeys parameterValues }
    parameterChanges(orderBy: id, first: 100) { parameter { id } oldValue blockNumber }
  }
}`;

interface P {
  id: string;
  title: string;
  executedAt: string;
  executedTxHash: string;
  actions: Parameters<typeof decodeActions>[0];
  parameterChanges: { parameter: { id: string }; oldValue: string; blockNumber: string }[];
}

const tokens = (v: bigint, d = 18) => (Number(v) / 10 ** d).toFixed(2);
const pct = (bps: bigint | null) => (bps === null ? "n/a" : `${(Number(bps) / 100).toFixed(2)} %`);

const config = (await (await fetch(`${values.web}/watershed-config.json`)).json()) as AppConfig;
const native = config.assets.find((a) => a.kind === "native");
const stable = config.assets.find((a) => a.kind === "stable");
const data = await graphql<{ _meta: { block: { timestamp: number } }; proposals: P[] }>(PROPOSALS);
const head = data._meta.block.timestamp;
const withParams = data.proposals.filter(
  (p) => parameterChangesOf(p.actions) && p.parameterChanges[0],
);
console.log(
  `${withParams.length} executed parameter proposals; window ${WINDOW} d; head ${new Date(head * 1000).toISOString()}`,
);
const headAnswer = await graphql<ImpactInputs>(
  print(IMPACT_QUERY),
  impactVariables({ executedBlock: null, executedAt: null }, native, stable) as Record<
    string,
    unknown
  >,
);
let missed = 0;
for (const p of withParams) {
  const target = {
    executedBlock: Number(p.parameterChanges[0]!.blockNumber),
    executedAt: Number(p.executedAt),
  };
  const t0 = performance.now();
  const answer = await graphql<ImpactInputs>(
    print(IMPACT_QUERY),
    impactVariables(target, native, stable) as Record<string, unknown>,
  );
  const queryMs = performance.now() - t0;
  const measured = measureActivity(answer, WINDOW, target.executedAt);
  const oneOffs = oneOffsOf(decodeActions(p.actions, config, p.parameterChanges, [], true), native);
  const t1 = performance.now();
  const { proposed } = projectImpact({
    current: measured.params,
    changes: parameterChangesOf(p.actions)!,
    activity: measured.activity,
    start: measured.start,
    oneOffs,
    horizons: [7],
  });
  const projectMs = performance.now() - t1;
  const bt = backtest(
    answer,
    measured,
    proposed,
    { at: target.executedAt, txHash: p.executedTxHash },
    head,
  );
  console.log(
    `\n${p.title} (executed block ${target.executedBlock}, ${new Date(target.executedAt * 1000).toISOString()})`,
  );
  console.log(
    `  measured ${measured.toDay - measured.fromDay} d before it; query ${queryMs.toFixed(0)} ms, 7-day projection ${projectMs.toFixed(0)} ms`,
  );
  console.log(
    `  one-offs: buyback ${oneOffs.buybackStable} stable units, grants ${tokens(oneOffs.companyGrants + oneOffs.communityGrants)}`,
  );
  if (!bt) {
    console.log("  less than a day after the execution is indexed: nothing to compare");
    continue;
  }
  console.log(`  ${bt.days} days after${bt.days < 7 ? " (all that is indexed)" : ""}:`);
  console.log(
    "  stock                      predicted        actual   error   other gov.   error w/o other",
  );
  for (const r of bt.rows) {
    const d = r.stock === "stableReserve" ? 6 : 18;
    console.log(
      `  ${r.stock.padEnd(22)} ${tokens(r.predicted, d).padStart(13)} ${tokens(r.actual, d).padStart(13)} ${pct(r.errorBps).padStart(8)} ${tokens(r.otherGovernance, d).padStart(12)} ${pct(r.steadyErrorBps).padStart(10)}`,
    );
  }
  // Hindsight: the same run with the activity the days after actually had (measured at the
  // head over those days): what is left of the error is the model's, not the activity's.
  const late = structuredClone(headAnswer);
  late.at = { block: { number: 0, timestamp: target.executedAt + bt.days * 86_400 } };
  const after = measureActivity(late, bt.days as WindowDays);
  const hindsight = projectImpact({
    current: measured.params,
    changes: parameterChangesOf(p.actions)!,
    activity: { ...after.activity, stakers: measured.activity.stakers },
    start: measured.start,
    oneOffs,
    horizons: [bt.days],
  });
  const hb = backtest(
    answer,
    measured,
    hindsight.proposed,
    { at: target.executedAt, txHash: p.executedTxHash },
    head,
  )!;
  const perDay = (a: typeof measured.activity) =>
    `${(Number(a.generationsPerDay) / Number(a.countDays)).toFixed(0)} generations/d`;
  console.log(`  activity before: ${perDay(measured.activity)}; after: ${perDay(after.activity)}`);
  console.log("  with the activity of the days after (hindsight), error w/o other proposals:");
  for (const r of hb.rows) console.log(`    ${r.stock.padEnd(22)} ${pct(r.steadyErrorBps)}`);
  const hindsightTreasury = hb.rows.find((r) => r.stock === "treasuryTokens")!.steadyErrorBps;
  reportFigure({
    figure: `backtest with hindsight activity: treasury tokens, ${bt.days} d after "${p.title}"`,
    value: hindsightTreasury === null ? Number.NaN : Math.abs(Number(hindsightTreasury) / 100),
    unit: "%",
    how: "the same run with the activity the days after had: what remains is the model's error",
  });
  const treasury = bt.rows.find((r) => r.stock === "treasuryTokens")!;
  const err = treasury.steadyErrorBps ?? treasury.errorBps;
  if (err !== null && (err < 0n ? -err : err) > TARGET_BPS) missed++;
  reportFigure({
    figure: `backtest: treasury tokens, ${bt.days} d after "${p.title}"`,
    value: err === null ? Number.NaN : Math.abs(Number(err) / 100),
    unit: "%",
    how: `|predicted − indexed| ÷ |indexed| change of company + community, ${WINDOW}-day window, other proposals' grants and buybacks taken out`,
    budget: { max: 10 },
  });
}
console.log(`\n${missed} of ${withParams.length} outside the 10 % target`);
