// One preview's computation, the same in the worker and on the main thread: both projections,
// and for a backtest the range the activity's daily scatter gives the proposed one.
import {
  projectRange,
  type RangeRequest,
  type RangeResult,
  type TreasuryFigure,
  treasuryFigures,
} from "../../../../../economy/forecast-range.ts";
import { type ImpactInput, projectImpact } from "../../../../../economy/impact.ts";

export type ImpactResult = ReturnType<typeof projectImpact>;
export type TreasuryRange = RangeResult<TreasuryFigure>;

export interface ProjectionJob {
  input: ImpactInput;
  range: RangeRequest | null;
}

export interface ProjectionAnswer {
  result?: ImpactResult;
  range?: TreasuryRange | null;
  ms?: number;
  error?: string;
}

export function runProjection({ input, range }: ProjectionJob): ProjectionAnswer {
  const t0 = performance.now();
  try {
    const result = projectImpact(input);
    const ms = performance.now() - t0;
    return { result, ms, range: range ? projectRange(input, range, treasuryFigures) : null };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
