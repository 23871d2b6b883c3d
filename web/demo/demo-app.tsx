// The demo's app: MSW's service worker started over the engine worker, and only then the
// app rendered (so its first query is answered), with the config's subgraph URL made
// absolute for the page and the recorded store's status already in Apollo's cache.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startDemoBackend } from "../../mocks/demo/demo-backend.ts";
import type { DemoConfig } from "../../mocks/demo/demo-config.ts";
import type { EngineClient } from "../../mocks/demo/engine-client.ts";
import { createApolloClient } from "../app/apollo.ts";
import { App } from "../app/app.tsx";
import { ConfigError } from "../app/config-error.tsx";
import { INDEXING_STATUS_QUERY } from "../app/status/status-query.ts";
import "../app/styles.css";

export async function startDemo(config: DemoConfig, engine: EngineClient, base: string) {
  const root = createRoot(document.getElementById("root")!);
  try {
    if (!("serviceWorker" in navigator)) {
      throw new Error(
        "This demo answers its queries from a service worker, which this browser does not offer here (a private window, or a page not served over https).",
      );
    }
    // emitted relative to the base path; the app and MSW want the page's absolute URL
    const subgraphUrl = new URL(config.subgraphUrl, new URL(base, location.href)).href;
    await startDemoBackend({ base, subgraphUrl, engine });
    const client = createApolloClient(subgraphUrl);
    client.writeQuery({ query: INDEXING_STATUS_QUERY, data: config.demoStatus });
    root.render(
      <StrictMode>
        <App config={{ ...config, subgraphUrl }} client={client} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<ConfigError message={error instanceof Error ? error.message : String(error)} />);
  }
}
