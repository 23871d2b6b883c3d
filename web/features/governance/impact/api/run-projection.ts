// One preview's computations, the same in the worker and on the main thread: both projections
// (for a backtest with the range the activity's daily scatter gives the proposed one), or the
// impact table's range at one horizon, asked for once the table is on screen.
import {
  type ImpactFigure,
  impactRange,
  projectRange,
  type RangeRequest,
  type RangeResult,
  type TreasuryFigure,
  treasuryFigures,
} from "../../../../../economy/forecast-range.ts";
import { type ImpactInput, projectImpact } from "../../../../../economy/impact.ts";

export type ImpactResult = ReturnType<typeof projectImpact>;
export type TreasuryRange = RangeResult<TreasuryFigure>;
export type ImpactRange = RangeResult<ImpactFigure>;

export type ProjectionJob =
  | { kind: "impact"; input: ImpactInput; range: RangeRequest | null }
  | { kind: "range"; input: ImpactInput; range: RangeRequest };

export interface ProjectionAnswer {
  result?: ImpactResult;
  /** the backtest's range (kind "impact" with a range) */
  range?: TreasuryRange | null;
  /** the table's range (kind "range") */
  impactRange?: ImpactRange;
  ms?: number;
  error?: string;
}

export function runProjection(job: ProjectionJob): ProjectionAnswer {
  const t0 = performance.now();
  try {
    if (job.kind === "range")
      return { impactRange: impactRange(job.input, job.range), ms: performance.now() - t0 };
    const result = projectImpact(job.input);
    const ms = performance.now() - t0;
    const range = job.range ? projectRange(job.input, job.range, treasuryFigures) : null;
    return { result, ms, range };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
