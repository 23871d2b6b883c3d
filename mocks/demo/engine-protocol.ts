// Messages between the page and the demo's engine worker (engine-worker.ts).
import type { QueryEngine } from "../graph-node/graphql/engine.ts";
import type { DemoData } from "./demo-config.ts";

export type ExecuteRequest = Parameters<QueryEngine["execute"]>[0];
export type ExecuteResult = Awaited<ReturnType<QueryEngine["execute"]>>;

export type WorkerRequest =
  | { kind: "load"; data: DemoData }
  | { kind: "execute"; id: number; request: ExecuteRequest };

export type WorkerReply =
  | {
      kind: "loaded";
      /** ms from the load message: the engine built, the store fetched and inflated */
      engineMs: number;
      fetchMs: number;
      /** ms to load the store's lines once fetched */
      loadMs: number;
      /** the entity types whose parts load when a query needs them */
      deferred: number;
      head: number | null;
    }
  | { kind: "failed"; error: string }
  | { kind: "part"; type: string; ms: number }
  | { kind: "result"; id: number; result: ExecuteResult };
