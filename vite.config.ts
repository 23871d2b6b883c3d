import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type UserConfig } from "vite";
import { buildWebConfig } from "./mocks/dev/web-config.ts";
import { CONFIG_PATH } from "./web/lib/config.ts";

const DEFAULT_GRAPHQL_URL = "http://127.0.0.1:8000/subgraphs/name/watershed";

// On the devnet the app learns where its data is from the server that serves it: the
// deployment npm run dev wrote, and the GraphQL URL it started (WATERSHED_GRAPHQL_URL).
function devnetConfig(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split("?")[0] !== CONFIG_PATH) return next();
    buildWebConfig({ graphqlUrl: process.env.WATERSHED_GRAPHQL_URL ?? DEFAULT_GRAPHQL_URL })
      .then((config) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(config));
      })
      .catch((error: unknown) => {
        res.statusCode = 503;
        res.end(String(error instanceof Error ? error.message : error));
      });
  };
  return {
    name: "watershed-devnet-config",
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

// `vite build --mode demo` (npm run demo:build): the static demo in dist-demo/, its own
// entry (web/demo/main.tsx) answering queries in the browser over the recorded fixture.
// The store code it reuses imports node:fs for file helpers the demo never calls.
// (imported only then: the fixture recorder behind it has no business in the dev server)
const demo = async (): Promise<UserConfig> => ({
  root: "web",
  plugins: [react(), (await import("./mocks/demo/demo-build.ts")).demoAssets()],
  resolve: {
    alias: {
      "node:fs": fileURLToPath(new URL("mocks/demo/node-builtins.ts", import.meta.url)),
      "node:path": fileURLToPath(new URL("mocks/demo/node-builtins.ts", import.meta.url)),
    },
  },
  worker: { format: "es" },
  preview: { host: "127.0.0.1", port: 4174, strictPort: true },
  build: { outDir: "../dist-demo", emptyOutDir: true, target: "es2022" },
});

// The SPA lives in web/; the dev server binds to loopback like every local service.
export default defineConfig(({ mode }) =>
  mode === "demo"
    ? demo()
    : {
        root: "web",
        plugins: [react(), devnetConfig()],
        server: { host: "127.0.0.1", port: 5173, strictPort: true },
        // Pre-bundled at start: discovering wagmi at the first Connect made the dev server reload.
        optimizeDeps: { include: ["wagmi", "wagmi/connectors", "@tanstack/react-query"] },
        preview: { host: "127.0.0.1", port: 4173, strictPort: true },
        build: { outDir: "../dist/web", emptyOutDir: true, target: "es2022" },
      },
);
