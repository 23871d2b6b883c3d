import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The SPA's typed documents and the printed API schema are committed; a change to the
// subgraph schema or to a document without `npm run codegen` fails here. Run as its own
// process: inside vitest, graphql-codegen's CommonJS plugins and our ESM engine would load
// two copies of graphql-js ("from another module or realm").
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("generated GraphQL types", () => {
  it("match the subgraph's API schema and the documents in web/", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "web/codegen.ts", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
