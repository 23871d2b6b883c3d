// The dashboard in `npm run dev`: Vite's dev server (hot reload) on 127.0.0.1, serving the
// SPA and its /watershed-config.json for the running devnet.
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: {
  port: number;
  graphqlUrl: string;
  statusUrl?: string;
}): Promise<WebServer> {
  // The config plugin reads them per request (vite.config.ts, web-config.ts).
  process.env.WATERSHED_GRAPHQL_URL = options.graphqlUrl;
  if (options.statusUrl) process.env.WATERSHED_STATUS_URL = options.statusUrl;
  const sigterm = new Set(process.listeners("SIGTERM"));
  const stdinEnd = new Set(process.stdin.listeners("end"));
  const server = await createServer({
    configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
    // imported as it is (tsx runs this process) instead of bundled first: bundling the config
    // and what it imports (viem, through web-config.ts) took seconds of a start
    configLoader: "native",
    server: { port: options.port, strictPort: true, host: "127.0.0.1" },
    clearScreen: false,
    logLevel: "warn",
  });
  // Vite's own handlers close the dev server and exit at once (code 143) on SIGTERM or when
  // stdin ends, cutting short the backend's stop: the store unsaved, the cache unsealed.
  // Whoever starts Vite here (dev.ts) stops it on those signals itself.
  for (const l of process.listeners("SIGTERM")) if (!sigterm.has(l)) process.off("SIGTERM", l);
  for (const l of process.stdin.listeners("end")) {
    if (!stdinEnd.has(l)) process.stdin.off("end", l as () => void);
  }
  await server.listen();
  return {
    url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`,
    close: () => server.close(),
  };
}
