// The API the SPA will query, generated from the project's own subgraph schema, against a
// print reviewed by hand for graph-node's shape (query field names, collection arguments
// and defaults, filter suffixes, orderBy enums). A schema change shows up here as a diff.
// Regenerate after an intended change: UPDATE_EXPECTED=1 npx vitest run test/graph-node/graphql-watershed
import { readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { MemoryStore } from "../../mocks/graph-node/store/memory-store.ts";

const sdl = readFileSync(new URL("../../subgraph/schema.graphql", import.meta.url), "utf8");

describe("Watershed API schema", () => {
  const engine = createQueryEngine({ sdl, store: new MemoryStore() });
  const printed = printSchema(engine.schema);

  it("matches the reviewed expectation", () => {
    const file = new URL("./expected/watershed-api.graphql", import.meta.url);
    if (process.env.UPDATE_EXPECTED) writeFileSync(file, printed);
    expect(printed).toBe(readFileSync(file, "utf8"));
  });

  it("names the dashboard's collections as graph-node pluralises them", () => {
    for (const field of [
      "stockBalances(",
      "stockDaySnapshots(",
      "flowEdges(",
      "proposals(",
      "votes(",
      "saturationSamples(",
      "emissionEpoches(",
      "supplyDays(",
      "datums(",
    ]) {
      expect(printed).toContain(field);
    }
  });

  it("gives every collection graph-node's arguments and defaults", () => {
    expect(printed).toMatch(
      /proposals\(\s*skip: Int = 0\s*first: Int = 100\s*orderBy: Proposal_orderBy\s*orderDirection: OrderDirection\s*where: Proposal_filter\s*"""[^"]*"""\s*block: Block_height\s*"""[^"]*"""\s*subgraphError: _SubgraphErrorPolicy_! = deny\s*\): \[Proposal!\]!/,
    );
  });
});
