// Entry of the static demo build (vite build --mode demo; index.html points here instead of
// app/main.tsx). Small on purpose: it starts the engine worker and reads the config at once,
// while the app and MSW (demo-app.tsx, a chunk of its own) download.

import type { DemoConfig } from "../../mocks/demo/demo-config.ts";
import { startEngineWorker } from "../../mocks/demo/engine-client.ts";

const base = import.meta.env.BASE_URL;
const engine = startEngineWorker();

async function readConfig(): Promise<DemoConfig> {
  const res = await fetch(`${base}watershed-config.json`);
  if (!res.ok) throw new Error(`The demo's watershed-config.json answered ${res.status}`);
  const config = (await res.json()) as DemoConfig;
  engine.load(base, config.demoData);
  return config;
}

const configRead = readConfig();
const app = import("./demo-app.tsx");
// The first view's code, fetched now rather than through the service worker once it starts,
// and only after the store's download began: a browser opens 6 connections to a host.
configRead
  .then(() => import("../app/view-routes.ts"))
  .then(
    ({ preloadView }) => preloadView(location.pathname.slice(base.length - 1)),
    () => {}, // the app reports a failure to load its config or its code
  );

Promise.all([configRead, app]).then(
  ([config, { startDemo }]) => startDemo(config, engine, base),
  (error: unknown) => {
    // without the app's code there is no React to say it with
    const root = document.getElementById("root");
    if (root) root.textContent = `The demo cannot start: ${String(error)}`;
  },
);
