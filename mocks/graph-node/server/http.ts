// Response helpers shared by the query server and the index-node server. Both answer CORS
// as graph-node's HTTP services do (server/http/src/service.rs, server/index-node/src/
// service.rs): any origin, so a dashboard served from anywhere works against them; the
// loopback bind is what keeps them local.
import type { ServerResponse } from "node:http";

export const CORS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "Content-Type, User-Agent",
  "access-control-allow-methods": "GET, OPTIONS, POST",
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** A JSON body already serialised. */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  // encoded once: Buffer.byteLength and then the socket's write would each walk (and first
  // flatten) a large answer's text, a few ms per half-megabyte heatmap
  const body = Buffer.from(text, "utf8");
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": body.length,
    ...headers,
  });
  res.end(body);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": "text/plain",
    "content-length": Buffer.byteLength(text),
    "access-control-allow-origin": "*",
    ...headers,
  });
  res.end(text);
}
