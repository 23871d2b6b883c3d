// Derived relations (@derivedFrom) are not stored: the GraphQL engine resolves them, so
// tests ask it the way the web app will.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createQueryEngine } from "../../../mocks/graph-node/graphql/engine.ts";
import type { ReadableStore } from "../../../mocks/graph-node/store/types.ts";
import { SUBGRAPH_DIR } from "../factories/log.ts";

const sdl = readFileSync(join(SUBGRAPH_DIR, "schema.graphql"), "utf8");

export function graphql(store: ReadableStore) {
  const engine = createQueryEngine({ sdl, store });
  return async <T = Record<string, unknown>>(query: string): Promise<T> => {
    const result = await engine.execute({ query });
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("; "));
    return result.data as T;
  };
}
