// Runs the two projections of an impact preview off the main thread: a 365-day run of the
// contract mirror takes 0.6–1.3 s in Node on the dev stack's activity (test/economy), far
// beyond a frame. For a backtest it also runs the ≈95 % range of the first days (a few short
// runs). bigint values cross postMessage as they are (structured clone).
import { runProjection } from "./run-projection.ts";

self.onmessage = (event: MessageEvent<{ id: number } & Parameters<typeof runProjection>[0]>) => {
  const { id, ...job } = event.data;
  self.postMessage({ id, ...runProjection(job) });
};
