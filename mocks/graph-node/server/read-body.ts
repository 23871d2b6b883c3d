// Reads a request body with a hard size cap, so a runaway client cannot make the local
// server buffer unbounded data.
import type { IncomingMessage } from "node:http";

export type Body = { ok: true; text: string } | { ok: false; status: number; message: string };

export function readBody(req: IncomingMessage, max: number): Promise<Body> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > max) {
    req.resume();
    return Promise.resolve({
      ok: false,
      status: 413,
      message: `Request body larger than ${max} bytes`,
    });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        resolve({ ok: false, status: 413, message: `Request body larger than ${max} bytes` });
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString("utf8") });
    });
    req.on("error", (e) => {
      if (!done)
        resolve({ ok: false, status: 400, message: `Could not read request body: ${e.message}` });
    });
  });
}
