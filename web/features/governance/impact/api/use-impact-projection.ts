import { useEffect, useState } from "react";
import type { RangeRequest } from "../../../../../economy/forecast-range.ts";
import type { ImpactInput } from "../../../../../economy/impact.ts";
import type {
  ImpactResult,
  ProjectionAnswer,
  ProjectionJob,
  TreasuryRange,
} from "./run-projection.ts";

export type { ImpactResult, TreasuryRange } from "./run-projection.ts";

export type ProjectionState =
  | { state: "idle" }
  | { state: "running" }
  | {
      state: "ready";
      result: ImpactResult;
      /** the backtest's ≈95 % range, when asked for */
      range: TreasuryRange | null;
      ms: number;
      where: "worker" | "main thread";
    }
  | { state: "error"; error: string };

let nextId = 0;

async function inWorker(job: ProjectionJob, signal: AbortSignal): Promise<ProjectionAnswer> {
  const { default: ProjectionWorker } = await import("./projection-worker.ts?worker");
  const worker = new ProjectionWorker();
  signal.addEventListener("abort", () => worker.terminate());
  const id = ++nextId;
  return new Promise<ProjectionAnswer>((resolve) => {
    worker.onmessage = (e) => {
      if (e.data.id !== id) return;
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ error: e.message || "the projection worker failed" });
    };
    worker.postMessage({ id, ...job });
  });
}

/** Where Worker is missing (jsdom), the same code after a yield to the event loop. */
async function onMainThread(job: ProjectionJob): Promise<ProjectionAnswer> {
  await new Promise((r) => setTimeout(r, 0));
  const { runProjection } = await import("./run-projection.ts");
  return runProjection(job);
}

/** A job off the main thread where the browser allows (jsdom has no Worker). */
export function runJob(job: ProjectionJob, signal: AbortSignal) {
  const where = typeof Worker === "undefined" ? "main thread" : "worker";
  const answer = where === "worker" ? inWorker(job, signal) : onMainThread(job);
  return { where, answer } as const;
}

/**
 * Both projections of a preview, off the main thread where the browser allows; with `range`,
 * also the ≈95 % range of the proposed one over the first days (for a backtest).
 */
export function useImpactProjection(
  input: ImpactInput | null,
  range: RangeRequest | null = null,
): ProjectionState {
  const [state, setState] = useState<ProjectionState>({ state: "idle" });
  useEffect(() => {
    if (!input) {
      setState({ state: "idle" });
      return;
    }
    const abort = new AbortController();
    setState({ state: "running" });
    const { where, answer } = runJob({ kind: "impact", input, range }, abort.signal);
    answer.then((r) => {
      if (abort.signal.aborted) return;
      if (r.result && r.ms !== undefined)
        setState({ state: "ready", result: r.result, range: r.range ?? null, ms: r.ms, where });
      else setState({ state: "error", error: r.error ?? "the projection failed" });
    });
    return () => abort.abort();
  }, [input, range]);
  return state;
}
