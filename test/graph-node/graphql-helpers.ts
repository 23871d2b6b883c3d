// Shared setup for the GraphQL engine suites: an engine over the conformance store and a
// helper that returns ids (or the first error text) for a collection query.
import { createQueryEngine, type EngineLimits } from "../../mocks/graph-node/graphql/engine.ts";
import { conformanceSdl, conformanceStore } from "./fixtures/conformance-store.ts";

export function setup(limits?: Partial<EngineLimits>) {
  const store = conformanceStore();
  const engine = createQueryEngine({ sdl: conformanceSdl, store, ...(limits ? { limits } : {}) });
  const run = (query: string, variables?: Record<string, unknown>) =>
    engine.execute({ query, variables });
  /** ids of `field(args)`, or the error message when the query fails */
  const ids = async (field: string, args: string): Promise<string[] | string> => {
    const r = await run(`{ r: ${field}${args ? `(${args})` : ""} { id } }`);
    if (r.errors) return r.errors[0]!.message;
    return (r.data!.r as { id: string }[]).map((x) => x.id);
  };
  return { store, engine, run, ids };
}
