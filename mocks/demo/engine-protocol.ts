// Messages between the page and the demo's engine worker (engine-worker.ts).
import type { QueryEngine } from "../graph-node/graphql/engine.ts";

export type ExecuteRequest = Parameters<QueryEngine["execute"]>[0];
export type ExecuteResult = Awaited<ReturnType<QueryEngine["execute"]>>;

export type WorkerRequest =
  | { kind: "load"; storeUrl: string; schemaUrl: string }
  | { kind: "execute"; id: number; request: ExecuteRequest };

export type WorkerReply =
  | {
      kind: "loaded";
      /** ms from the load message: the engine built, the store fetched and inflated */
      engineMs: number;
      fetchMs: number;
      /** ms to load the store's lines once fetched */
      loadMs: number;
      head: number | null;
    }
  | { kind: "failed"; error: string }
  | { kind: "result"; id: number; result: ExecuteResult };
