// The page's handle on the demo's engine worker (engine-worker.ts): started first thing, so
// its code and the recorded store load while the page loads the app, and queried with a
// QueryEngine's `execute`. Queries sent before the store is loaded wait for it.
import type { DemoData } from "./demo-config.ts";
import type {
  ExecuteRequest,
  ExecuteResult,
  WorkerReply,
  WorkerRequest,
} from "./engine-protocol.ts";

export interface EngineClient {
  /** starts fetching and loading the recorded store; URLs relative to the site's base */
  load(base: string, data: DemoData): void;
  execute(request: ExecuteRequest): Promise<ExecuteResult>;
}

export function startEngineWorker(): EngineClient {
  const worker = new Worker(new URL("./engine-worker.ts", import.meta.url), { type: "module" });
  const waiting = new Map<number, (result: ExecuteResult) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.kind === "result") {
      waiting.get(reply.id)?.(reply.result);
      waiting.delete(reply.id);
    } else if (reply.kind === "loaded") {
      console.info(
        `demo: recorded store's core to block ${reply.head} fetched and inflated in ${reply.fetchMs} ms, then the query engine built in ${reply.engineMs} ms and the core loaded in ${reply.loadMs} ms; ${reply.deferred} entity types load when a query reads them`,
      );
    } else if (reply.kind === "part") {
      console.info(`demo: ${reply.type} loaded in ${reply.ms} ms`);
    } else {
      // each query answers with this error too, and the status line shows it
      console.error(`demo: the recorded data did not load: ${reply.error}`);
    }
  };
  const post = (message: WorkerRequest) => worker.postMessage(message);
  return {
    load: (base, data) => {
      const at = (path: string) => new URL(path, new URL(base, location.href)).href;
      const types = Object.fromEntries(Object.entries(data.types).map(([t, p]) => [t, at(p)]));
      post({ kind: "load", data: { core: at(data.core), schema: at(data.schema), types } });
    },
    execute: (request) =>
      new Promise<ExecuteResult>((done) => {
        const id = next++;
        waiting.set(id, done);
        post({ kind: "execute", id, request });
      }),
  };
}
