import { describe, expect, it } from "vitest";
import { staleFiles } from "../../web/codegen.ts";

// The SPA's typed documents and the printed API schema are committed; a change to the
// subgraph schema or to a document without `npm run codegen` fails here.
describe("generated GraphQL types", () => {
  it("match the subgraph's API schema and the documents in web/", async () => {
    expect(await staleFiles()).toEqual([]);
  });
});
