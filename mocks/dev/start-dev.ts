// The backend and the dashboard's dev server, started together: Vite needs only the URLs the
// backend will listen on, so it starts while anvil and the store load. Used by `npm run dev`
// (dev.ts) and by the second-start bench (test/bench/dev-start-bench.ts).
import { type Backend, type BackendOptions, startBackend } from "./backend.ts";
import { Spans } from "./spans.ts";
import { startWebServer, type WebServer } from "./web-server.ts";

export interface DevOptions extends BackendOptions {
  rpcPort: number;
  graphqlPort: number;
  statusPort: number;
  webPort: number;
}

export interface Dev {
  backend: Backend;
  web: WebServer;
  spans: Spans;
  /** from the call to both servers answering */
  readyMs: number;
  stop(): Promise<void>;
}

export async function startDev(options: DevOptions): Promise<Dev> {
  const started = performance.now();
  const spans = options.spans ?? new Spans();
  const urls = {
    graphqlUrl: `http://127.0.0.1:${options.graphqlPort}/subgraphs/name/${options.subgraphName ?? "watershed"}`,
    statusUrl: `http://127.0.0.1:${options.statusPort}/graphql`,
  };
  const webStarting = spans.time("dashboard", startWebServer({ port: options.webPort, ...urls }));
  // handled below once the backend is up; until then a failure must not surface as unhandled
  webStarting.catch(() => undefined);
  let backend: Backend;
  try {
    backend = await startBackend({ ...options, spans });
  } catch (error) {
    await webStarting.then((web) => web.close()).catch(() => undefined);
    throw error;
  }
  // the config plugin reads these per request: point them at what the backend resolved
  process.env.WATERSHED_GRAPHQL_URL = backend.graphqlUrl;
  process.env.WATERSHED_STATUS_URL = backend.statusUrl;
  const web = await webStarting.catch(async (error: unknown) => {
    await backend.stop();
    throw error;
  });
  return {
    backend,
    web,
    spans: backend.spans,
    readyMs: performance.now() - started,
    async stop() {
      await web.close().catch(() => undefined);
      await backend.stop();
    },
  };
}

/** "ready in 6.1 s (anvil 3.2 s, store 0.6 s, …)": the spans overlap, the total does not. */
export function readyLine(dev: Dev): string {
  return `ready in ${(dev.readyMs / 1000).toFixed(1)} s (${dev.spans.format()})`;
}
