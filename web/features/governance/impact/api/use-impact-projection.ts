import { useEffect, useState } from "react";
import type { ImpactInput, projectImpact } from "../../../../../economy/impact.ts";

export type ImpactResult = ReturnType<typeof projectImpact>;

export type ProjectionState =
  | { state: "idle" }
  | { state: "running" }
  | { state: "ready"; result: ImpactResult; ms: number; where: "worker" | "main thread" }
  | { state: "error"; error: string };

let nextId = 0;

async function inWorker(input: ImpactInput, signal: AbortSignal) {
  const { default: ProjectionWorker } = await import("./projection-worker.ts?worker");
  const worker = new ProjectionWorker();
  signal.addEventListener("abort", () => worker.terminate());
  const id = ++nextId;
  return new Promise<{ result?: ImpactResult; ms?: number; error?: string }>((resolve) => {
    worker.onmessage = (e) => {
      if (e.data.id !== id) return;
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ error: e.message || "the projection worker failed" });
    };
    worker.postMessage({ id, input });
  });
}

/** Where Worker is missing (jsdom), the same code after a yield to the event loop. */
async function onMainThread(input: ImpactInput) {
  await new Promise((r) => setTimeout(r, 0));
  const { projectImpact } = await import("../../../../../economy/impact.ts");
  const t0 = performance.now();
  try {
    return { result: projectImpact(input), ms: performance.now() - t0 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Both projections of a preview, off the main thread where the browser allows. */
export function useImpactProjection(input: ImpactInput | null): ProjectionState {
  const [state, setState] = useState<ProjectionState>({ state: "idle" });
  useEffect(() => {
    if (!input) {
      setState({ state: "idle" });
      return;
    }
    const abort = new AbortController();
    setState({ state: "running" });
    const where = typeof Worker === "undefined" ? "main thread" : "worker";
    const run = where === "worker" ? inWorker(input, abort.signal) : onMainThread(input);
    run.then((r) => {
      if (abort.signal.aborted) return;
      if (r.result && r.ms !== undefined)
        setState({ state: "ready", result: r.result, ms: r.ms, where });
      else setState({ state: "error", error: r.error ?? "the projection failed" });
    });
    return () => abort.abort();
  }, [input]);
  return state;
}
