// graph-node's index-node server for local use: the indexing status API at
// POST /graphql on 127.0.0.1:8030, with graph-node's routes and answers around it
// (server/index-node/src/service.rs): GET / answers "OK", GET /graphql redirects to the
// playground, unknown paths are 404 "Not found", a body that is not a JSON object with a
// string `query` is a 400 in plain text.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { IndexNodeEngine } from "../index-node/engine.ts";
import { CORS, sendJson, sendText } from "./http.ts";
import { readBody } from "./read-body.ts";

export interface IndexNodeServerOptions {
  engine: IndexNodeEngine;
  /** default 8030, graph-node's index-node port; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** largest accepted request body in bytes; default 1 MiB */
  maxBodyBytes?: number;
}

export interface IndexNodeServer {
  /** the status API's endpoint: http://127.0.0.1:8030/graphql */
  url: string;
  close(): Promise<void>;
}

function parseRequest(text: string): { query: string; variables?: unknown } | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return "ValidatedRequest data is not an object";
  }
  const obj = json as Record<string, unknown>;
  if (!("query" in obj)) return 'The "query" field is missing in request data';
  if (typeof obj.query !== "string") return 'The"query" field is not a string';
  const v = obj.variables;
  if (v !== undefined && v !== null && (typeof v !== "object" || Array.isArray(v))) {
    return "Invalid query variables provided";
  }
  return { query: obj.query, variables: v ?? undefined };
}

export async function startIndexNodeServer(opts: IndexNodeServerOptions): Promise<IndexNodeServer> {
  const host = opts.host ?? "127.0.0.1";
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = `${req.method} ${path}`;
    if (route === "GET /") return sendText(res, 200, "OK", { "content-type": "text/html" });
    if (route === "GET /graphql") {
      return sendText(res, 302, "Redirecting...", { location: "/graphql/playground" });
    }
    if (route === "OPTIONS /graphql") {
      res.writeHead(200, { ...CORS, "content-type": "text/plain" });
      return res.end();
    }
    if (route !== "POST /graphql") return sendText(res, 404, "Not found\n");
    const body = await readBody(req, maxBody);
    if (!body.ok) return sendText(res, body.status, `Invalid request: ${body.message}`);
    const request = parseRequest(body.text);
    if (typeof request === "string") return sendText(res, 400, `Invalid request: ${request}`);
    sendJson(res, 200, await opts.engine.execute(request), CORS);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal server error: ${(e as Error).message}`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 8030, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  return {
    url: `http://${host}:${addr.port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
