import { useEffect, useState } from "react";
import type { RangeRequest } from "../../../../../economy/forecast-range.ts";
import type { ImpactInput } from "../../../../../economy/impact.ts";
import type { ImpactRange } from "./run-projection.ts";
import { runJob } from "./use-impact-projection.ts";

export type RangeState =
  | { state: "idle" }
  | { state: "running" }
  | { state: "ready"; range: ImpactRange; ms: number }
  | { state: "error"; error: string };

/**
 * The impact table's ≈95 % range at one horizon: a run of both projections per count that
 * scatters, so it is asked for only once the table shows (`enabled`) and only for the horizon
 * on screen.
 */
export function useImpactRange(
  input: ImpactInput | null,
  request: RangeRequest | null,
  enabled: boolean,
): RangeState {
  const [state, setState] = useState<RangeState>({ state: "idle" });
  useEffect(() => {
    if (!input || !request || !enabled) {
      setState({ state: "idle" });
      return;
    }
    const abort = new AbortController();
    setState({ state: "running" });
    runJob({ kind: "range", input, range: request }, abort.signal).answer.then((r) => {
      if (abort.signal.aborted) return;
      if (r.impactRange && r.ms !== undefined)
        setState({ state: "ready", range: r.impactRange, ms: r.ms });
      else setState({ state: "error", error: r.error ?? "the range could not be computed" });
    });
    return () => abort.abort();
  }, [input, request, enabled]);
  return state;
}
