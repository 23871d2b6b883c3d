// MSW's service worker for the static demo, answering the subgraph URL with the engine
// worker (mocks/msw handlers, as the route tests use). Resolves once the service worker
// controls the page, so the app's first query is already answered by it.
import { setupWorker } from "msw/browser";
import { graphNodeHandlers } from "../msw/graph-node-handlers.ts";
import type { EngineClient } from "./engine-client.ts";

export async function startDemoBackend(options: {
  /** the site's base path, ending in / (import.meta.env.BASE_URL) */
  base: string;
  /** absolute subgraph URL the app queries */
  subgraphUrl: string;
  engine: EngineClient;
}) {
  const { base, subgraphUrl, engine } = options;
  const worker = setupWorker(...graphNodeHandlers(engine, { url: subgraphUrl }));
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
    // the app's other requests (scripts, config) go to the static host as they are
    onUnhandledRequest: "bypass",
    quiet: true,
  });
  return worker;
}
