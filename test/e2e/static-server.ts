// The production build as a host would serve it, for the browser suite and the web bench:
// files from the build folder on 127.0.0.1, index.html for any other path (client routing),
// and /watershed-config.json answered with the config the caller holds (the build has no
// VITE_* variables, so this is where the app learns its subgraph URL).
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const CONFIG_PATH = "/watershed-config.json";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  /**
   * what /watershed-config.json answers from now on; null answers 404, undefined serves the
   * build's own file (the static demo emits one)
   */
  config: unknown;
  close(): Promise<void>;
}

export async function startStaticServer(options: {
  root: string;
  config?: unknown;
  port?: number;
}): Promise<StaticServer> {
  const root = resolve(options.root);
  const index = await readFile(join(root, "index.html"));

  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = (status: number, type: string, body: Buffer | string, cache = "no-cache") => {
      res.writeHead(status, { "content-type": type, "cache-control": cache });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (pathname === CONFIG_PATH && handle.config !== undefined) {
      if (handle.config === null) return send(404, "text/plain", "no config");
      return send(200, CONTENT_TYPES[".json"]!, JSON.stringify(handle.config));
    }
    const file = resolve(root, `.${pathname}`);
    const inside = file === root || file.startsWith(root + sep);
    const found = inside && (await stat(file).catch(() => null))?.isFile();
    if (found) {
      const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
      // Hashed asset names never change content, as a CDN would cache them.
      const cache = pathname.startsWith("/assets/")
        ? "public, max-age=31536000, immutable"
        : "no-cache";
      return send(200, type, await readFile(file), cache);
    }
    // A missing chunk is a 404, not HTML the browser would fail to run as a script.
    if (pathname.startsWith("/assets/") || !inside) return send(404, "text/plain", "not found");
    return send(200, CONTENT_TYPES[".html"]!, index);
  });

  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const handle: StaticServer = {
    url: `http://127.0.0.1:${port}`,
    config: options.config,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
  return handle;
}
