import { readFileSync } from "node:fs";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { MemoryStore } from "../../mocks/graph-node/store/memory-store.ts";
import { dashboardQueries } from "../support/dashboard-queries.ts";

// The dashboard's documents must stay valid against the API generated from the subgraph
// schema: a renamed field fails here, not in a browser.
const sdl = readFileSync(new URL("../../subgraph/schema.graphql", import.meta.url), "utf8");
const store = new MemoryStore();
store.setHead({
  number: 1,
  hash: `0x${"11".repeat(32)}`,
  timestamp: 1_769_800_000,
  parentHash: `0x${"00".repeat(32)}`,
});
const engine = createQueryEngine({ sdl, store });
const queries = dashboardQueries({
  headTimestamp: 1_769_800_000,
  proposalId: "1",
  account: "0x0000000000000000000000000000000000000001",
  nativeAsset: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
});

describe("dashboard queries", () => {
  it.each(queries.map((q) => [q.name, q] as const))(
    "%s is valid against the API schema",
    (_name, q) => {
      expect(validate(engine.schema, parse(q.query)).map((e) => e.message)).toEqual([]);
    },
  );

  it.each(queries.map((q) => [q.name, q] as const))(
    "%s runs on a store with no entities yet",
    async (_name, q) => {
      const result = await engine.execute({ query: q.query, variables: q.variables });
      expect(result.errors).toBeUndefined();
    },
  );
});
