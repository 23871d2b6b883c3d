// Messages between the page and the demo's engine worker (engine-worker.ts).
import type { QueryEngine } from "../graph-node/graphql/engine.ts";

export type ExecuteRequest = Parameters<QueryEngine["execute"]>[0];
export type ExecuteResult = Awaited<ReturnType<QueryEngine["execute"]>>;

export type WorkerRequest =
  | { kind: "load"; storeUrl: string; schemaUrl: string }
  | { kind: "execute"; id: number; request: ExecuteRequest };

export type WorkerReply =
  | { kind: "loaded"; fetchMs: number; loadMs: number; head: number | null }
  | { kind: "failed"; error: string }
  | { kind: "result"; id: number; result: ExecuteResult };
