// Synchronous JSON-RPC for host functions (ethereum.call & co. are synchronous in WASM):
// a worker thread does the fetch while the main thread blocks on Atomics.wait, then reads
// the reply with receiveMessageOnPort. Same technique as synckit, kept inline so it needs
// no separate worker file or TypeScript loader.
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { SyncRpc } from "./host-env.ts";

export class RpcError extends Error {
  override name = "RpcError";
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly data: unknown,
  ) {
    super(message);
  }
}

const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { port, flag, url } = workerData;
let id = 0;
port.on("message", async ({ method, params }) => {
  let reply;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
    });
    const body = await res.json();
    reply = body.error ? { error: body.error } : { result: body.result };
  } catch (e) {
    reply = { error: { message: String(e && e.message ? e.message : e) } };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

export interface SyncRpcHandle {
  call: SyncRpc;
  close: () => Promise<void>;
}

export function createSyncRpc(url: string, timeoutMs = 30_000): SyncRpcHandle {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, flag, url },
    transferList: [port2],
  });
  worker.unref();
  const call: SyncRpc = (method, params) => {
    Atomics.store(flag, 0, 0);
    port1.postMessage({ method, params });
    const waited = Atomics.wait(flag, 0, 0, timeoutMs);
    const msg = receiveMessageOnPort(port1);
    if (waited === "timed-out" || !msg) {
      throw new RpcError(
        `JSON-RPC ${method} to ${url} timed out after ${timeoutMs}ms`,
        undefined,
        null,
      );
    }
    const reply = msg.message as {
      result?: unknown;
      error?: { message: string; code?: number; data?: unknown };
    };
    if (reply.error) throw new RpcError(reply.error.message, reply.error.code, reply.error.data);
    return reply.result;
  };
  return {
    call,
    close: async () => {
      port1.close();
      await worker.terminate();
    },
  };
}
