// Entry of the static demo build (vite build --mode demo; index.html points here instead of
// app/main.tsx). Small on purpose: it starts the engine worker and reads the config at once,
// while the app and MSW (demo-app.tsx, a chunk of its own) download.

import type { DemoConfig } from "../../mocks/demo/demo-config.ts";
import { startEngineWorker } from "../../mocks/demo/engine-client.ts";

const base = import.meta.env.BASE_URL;
const engine = startEngineWorker();
const app = import("./demo-app.tsx");
// the first view's code, fetched now rather than through the service worker once it starts
import("../app/view-routes.ts").then(
  ({ preloadView }) => preloadView(location.pathname.slice(base.length - 1)),
  () => {}, // the app's own import of it reports a failure
);

async function readConfig(): Promise<DemoConfig> {
  const res = await fetch(`${base}watershed-config.json`);
  if (!res.ok) throw new Error(`The demo's watershed-config.json answered ${res.status}`);
  const config = (await res.json()) as DemoConfig;
  engine.load(base, config.demoData);
  return config;
}

Promise.all([readConfig(), app]).then(
  ([config, { startDemo }]) => startDemo(config, engine, base),
  (error: unknown) => {
    // without the app's code there is no React to say it with
    const root = document.getElementById("root");
    if (root) root.textContent = `The demo cannot start: ${String(error)}`;
  },
);
