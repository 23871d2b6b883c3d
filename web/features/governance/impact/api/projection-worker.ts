// Runs the two projections of an impact preview off the main thread: a 365-day run of the
// contract mirror takes 0.6–1.3 s in Node on the dev stack's activity (test/economy), far
// beyond a frame. bigint values cross postMessage as they are (structured clone).
import { type ImpactInput, projectImpact } from "../../../../../economy/impact.ts";

self.onmessage = (event: MessageEvent<{ id: number; input: ImpactInput }>) => {
  const { id, input } = event.data;
  const t0 = performance.now();
  try {
    const result = projectImpact(input);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
