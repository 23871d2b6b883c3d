import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { startGraphqlServer } from "../../mocks/graph-node/server/graphql-server.ts";
import { graphNodeHandlers } from "../../mocks/msw/graph-node-handlers.ts";
import { conformanceSdl, conformanceStore } from "./fixtures/conformance-store.ts";

// The MSW handlers must answer exactly as the HTTP server does, because both call the one
// query engine; these tests pin that, including graph-node's error shapes.
const MOCK_URL = "http://subgraph.test/subgraphs/name/watershed";
const engine = createQueryEngine({ sdl: conformanceSdl, store: conformanceStore() });
const mockServer = setupServer(...graphNodeHandlers(engine, { url: MOCK_URL }));
let realUrl = "";
let closeReal: () => Promise<void>;

const QUERIES = [
  "{ accounts(first: 2, orderBy: balance, orderDirection: desc) { id balance } }",
  "{ _meta { block { number hash } hasIndexingErrors } }",
  "{ accounts(first: 1001) { id } }",
  "{ accounts( }",
];

beforeAll(async () => {
  const real = await startGraphqlServer({ engine, port: 0 });
  realUrl = real.url;
  closeReal = real.close;
  mockServer.listen({ onUnhandledRequest: "bypass" });
});

afterAll(async () => {
  mockServer.close();
  await closeReal();
});

async function post(url: string, query: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

describe("MSW graph-node handlers", () => {
  it.each(QUERIES)("answer %s as the HTTP server does", async (query) => {
    const [mocked, real] = await Promise.all([post(MOCK_URL, query), post(realUrl, query)]);
    expect(mocked).toEqual(real);
    expect(mocked).toEqual(JSON.parse(JSON.stringify(await engine.execute({ query }))));
  });

  it("answers GET with variables", async () => {
    const query = "query Top($n: Int!) { accounts(first: $n, orderBy: id) { id } }";
    const url = `${MOCK_URL}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ n: 1 }))}`;
    const body = await (await fetch(url)).json();
    expect(body.data.accounts).toHaveLength(1);
  });

  it("rejects a body that is not JSON with a GraphQL-shaped error", async () => {
    const res = await fetch(MOCK_URL, { method: "POST", body: "{not json" });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/not valid JSON/);
  });
});
