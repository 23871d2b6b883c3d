// graph-node's query endpoint for local use: GET/POST /subgraphs/name/<name> on 127.0.0.1,
// answering through the shared query engine. CORS answers as graph-node's HTTP service
// (server/http/src/service.rs) does: any origin, so a dashboard served from any port or
// host works against it unchanged; the loopback bind is what keeps the index local.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type GraphqlRequest, type QueryEngine, responseJson } from "../graphql/engine.ts";
import { CORS, sendJson as send, sendJsonText } from "./http.ts";
import { readBody } from "./read-body.ts";

export interface GraphqlServerOptions {
  engine: QueryEngine;
  /** default 8000, graph-node's query port; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1; local services never listen on other interfaces by default */
  host?: string;
  /** default "watershed" */
  subgraphName?: string;

  /** largest accepted request body in bytes; default 1 MiB */
  maxBodyBytes?: number;
}

export interface GraphqlServer {
  url: string;
  close(): Promise<void>;
}

const errorBody = (message: string) => ({ errors: [{ message }] });

function parseGet(url: URL): GraphqlRequest | string {
  const vars = url.searchParams.get("variables");
  let variables: unknown;
  if (vars) {
    try {
      variables = JSON.parse(vars);
    } catch {
      return "Invalid `variables` parameter: not JSON";
    }
  }
  return {
    query: url.searchParams.get("query") ?? undefined,
    variables,
    operationName: url.searchParams.get("operationName") ?? undefined,
  };
}

export async function startGraphqlServer(opts: GraphqlServerOptions): Promise<GraphqlServer> {
  const host = opts.host ?? "127.0.0.1";
  const path = `/subgraphs/name/${opts.subgraphName ?? "watershed"}`;
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const cors: Record<string, string> = CORS;
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.replace(/\/+$/, "") !== path) {
      return send(res, 404, errorBody(`Not found: ${url.pathname}`), cors);
    }
    if (req.method === "OPTIONS") {
      res.writeHead(200, cors);
      return res.end();
    }
    let request: GraphqlRequest | string;
    if (req.method === "GET") request = parseGet(url);
    else if (req.method === "POST") {
      const body = await readBody(req, maxBody);
      if (!body.ok) return send(res, body.status, errorBody(body.message), cors);
      try {
        const parsed = JSON.parse(body.text);
        request =
          typeof parsed === "object" && parsed && !Array.isArray(parsed)
            ? parsed
            : "Invalid query body: expected a JSON object";
      } catch {
        request = "Invalid query body: not JSON";
      }
    } else {
      return send(res, 405, errorBody(`Method ${req.method} not allowed`), {
        ...cors,
        allow: "GET, POST, OPTIONS",
      });
    }
    if (typeof request === "string") return send(res, 400, errorBody(request), cors);
    const result = await opts.engine.execute(request);
    sendJsonText(res, 200, responseJson(result), cors);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, errorBody(`internal error: ${(e as Error).message}`));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 8000, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  return {
    url: `http://${host}:${addr.port}${path}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
