// MSW handlers answering the subgraph's GraphQL URL with the local graph-node's own query
// engine, so route tests and the static demo get graph-node's exact semantics from the
// same code the dev server runs; there is no second implementation to drift.
import { HttpResponse, http } from "msw";
import type { QueryEngine } from "../graph-node/graphql/engine.ts";

/** Only `execute` is used: the static demo passes one that runs the engine in a Web Worker. */
type Executor = Pick<QueryEngine, "execute">;

export interface GraphNodeHandlerOptions {
  /** the subgraph's query URL, e.g. http://127.0.0.1:8000/subgraphs/name/watershed */
  url: string;
}

interface GraphqlRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function badRequest(message: string) {
  return HttpResponse.json({ errors: [{ message }] }, { status: 400 });
}

async function answer(engine: Executor, body: GraphqlRequestBody) {
  if (typeof body.query !== "string")
    return badRequest("The request must contain a `query` string");
  const variables =
    body.variables && typeof body.variables === "object"
      ? (body.variables as Record<string, unknown>)
      : undefined;
  const operationName = typeof body.operationName === "string" ? body.operationName : undefined;
  return HttpResponse.json(await engine.execute({ query: body.query, variables, operationName }));
}

export function graphNodeHandlers(engine: Executor, { url }: GraphNodeHandlerOptions) {
  return [
    http.post(url, async ({ request }) => {
      let body: GraphqlRequestBody;
      try {
        body = (await request.json()) as GraphqlRequestBody;
      } catch {
        return badRequest("The request body is not valid JSON");
      }
      return answer(engine, body);
    }),
    http.get(url, ({ request }) => {
      const params = new URL(request.url).searchParams;
      let variables: unknown;
      try {
        variables = params.has("variables") ? JSON.parse(params.get("variables") ?? "") : undefined;
      } catch {
        return badRequest("The `variables` parameter is not valid JSON");
      }
      return answer(engine, {
        query: params.get("query") ?? undefined,
        variables,
        operationName: params.get("operationName"),
      });
    }),
  ];
}
