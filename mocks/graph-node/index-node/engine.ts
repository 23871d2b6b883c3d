// graph-node's index-node GraphQL API over the local deployments: `indexingStatuses`,
// `indexingStatusForCurrentVersion` and friends, resolved as server/index-node/src/
// resolver.rs does (statuses by deployment id; by subgraph name for the current version).
import { buildSchema, type GraphQLError, graphql } from "graphql";
import type { GraphqlErrorJson, GraphqlRequest, GraphqlResponse } from "../graphql/engine.ts";
import { INDEX_NODE_SDL } from "./schema.ts";
import { type NamedDeployment, statusValue } from "./status.ts";

export interface IndexNodeEngine {
  execute(req: GraphqlRequest): Promise<GraphqlResponse>;
}

function errorJson(e: GraphQLError): GraphqlErrorJson {
  const out: GraphqlErrorJson = { message: e.message };
  if (e.locations) out.locations = e.locations.map(({ line, column }) => ({ line, column }));
  if (e.path) out.path = [...e.path];
  return out;
}

export function createIndexNodeEngine(deployments: NamedDeployment[]): IndexNodeEngine {
  const schema = buildSchema(INDEX_NODE_SDL);
  const statuses = async (list: NamedDeployment[]) =>
    (await Promise.all(list.map((d) => d.status()))).map(statusValue);
  const byName = (name: string) => deployments.filter((d) => d.name === name);
  const rootValue = {
    // an empty or missing list means every deployment (store status::Filter::Deployments)
    indexingStatuses: async ({ subgraphs }: { subgraphs?: string[] | null }) => {
      const all = await statuses(deployments);
      return subgraphs?.length ? all.filter((s) => subgraphs.includes(s.subgraph)) : all;
    },
    indexingStatusForCurrentVersion: async ({ subgraphName }: { subgraphName: string }) =>
      (await statuses(byName(subgraphName).slice(0, 1)))[0] ?? null,
    // the local node deploys each subgraph once: there is never a pending version
    indexingStatusForPendingVersion: () => null,
    indexingStatusesForSubgraphName: ({ subgraphName }: { subgraphName: string }) =>
      statuses(byName(subgraphName)),
  };
  return {
    async execute(req) {
      const { query, variables, operationName } = req;
      if (typeof query !== "string") return { errors: [{ message: "The query is empty" }] };
      const result = await graphql({
        schema,
        source: query,
        rootValue,
        variableValues: (variables as Record<string, unknown> | null) ?? undefined,
        operationName: typeof operationName === "string" ? operationName : undefined,
      });
      const out: GraphqlResponse = {};
      if (result.data !== undefined) out.data = result.data as Record<string, unknown> | null;
      if (result.errors?.length) out.errors = result.errors.map(errorJson);
      return out;
    },
  };
}
