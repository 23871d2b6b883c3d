// The HTTP front of the local graph-node: GET/POST on the subgraph path, CORS from any
// origin (as graph-node), GraphQL-shaped errors, 404s and the body size cap. Binds to 127.0.0.1 only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type GraphqlServer,
  startGraphqlServer,
} from "../../mocks/graph-node/server/graphql-server.ts";
import { setup } from "./graphql-helpers.ts";

let server: GraphqlServer;
const base = () => new URL(server.url).origin;

beforeAll(async () => {
  server = await startGraphqlServer({ engine: setup().engine, port: 0, maxBodyBytes: 2048 });
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(server.url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

describe("graphql server", () => {
  it("serves the subgraph path on 127.0.0.1", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/subgraphs\/name\/watershed$/);
  });

  it("answers POST and GET", async () => {
    const q = `{ proposals(first: 1) { id } }`;
    const p = await post(JSON.stringify({ query: q }));
    expect(p.status).toBe(200);
    expect(await p.json()).toEqual({ data: { proposals: [{ id: "1" }] } });
    const vars = encodeURIComponent(JSON.stringify({ n: 2 }));
    const g = await fetch(
      `${server.url}?query=${encodeURIComponent("query($n: Int) { proposals(first: $n) { id } }")}&variables=${vars}`,
    );
    expect(await g.json()).toEqual({ data: { proposals: [{ id: "1" }, { id: "10" }] } });
  });

  // graph-node's service.rs answers every origin with `*`, preflights with 200.
  it("answers CORS as graph-node does: any origin", async () => {
    const res = await post(`{"query":"{ _meta { deployment } }"}`, {
      origin: "http://dashboard.example",
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const pre = await fetch(server.url, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:4173", "access-control-request-method": "POST" },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS, POST");
    expect(pre.headers.get("access-control-allow-headers")).toBe("Content-Type, User-Agent");
  });

  it("returns GraphQL-shaped errors for malformed requests", async () => {
    const syntax = await post(JSON.stringify({ query: "{ proposals {" }));
    expect(syntax.status).toBe(200);
    expect((await syntax.json()).errors[0].message).toMatch(/^Syntax Error/);
    const notJson = await post("{nope");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ errors: [{ message: "Invalid query body: not JSON" }] });
    const big = await post(JSON.stringify({ query: `{ proposals { id } } ${"#".repeat(4000)}` }));
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].message).toMatch(/larger than 2048 bytes/);
  });

  it("answers 404 elsewhere and 405 for other methods", async () => {
    const nf = await fetch(`${base()}/subgraphs/name/other`);
    expect(nf.status).toBe(404);
    expect((await nf.json()).errors[0].message).toMatch(/^Not found/);
    expect((await fetch(server.url, { method: "PUT", body: "{}" })).status).toBe(405);
  });
});
