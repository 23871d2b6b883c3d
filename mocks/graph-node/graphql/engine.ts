// The GraphQL engine shared by the HTTP server and the MSW handlers: one implementation of
// graph-node's query API over a ReadableStore. Execution is synchronous over in-memory
// indexes; `execute` is async only so callers do not depend on that.
import {
  buildASTSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  execute as gqlExecute,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from "graphql";
import { parseSubgraphSchema } from "../schema/parse-schema.ts";
import type { SchemaModel } from "../schema/types.ts";
import type { ReadableStore } from "../store/types.ts";
import { buildApiSdl } from "./api-schema.ts";
import { type ChainLookup, errorsAt } from "./block.ts";
import { checkArguments, coerceVariables, type Variables } from "./coercion.ts";
import { INDEXING_ERROR, QueryError } from "./errors.ts";
import { fastExecute } from "./fast-execute.ts";
import { indexingErrors } from "./indexing-errors.ts";
import { queryFieldNames } from "./inflect.ts";
import { checkComplexity } from "./limits.ts";
import { buildQueryModel } from "./model.ts";
import { DEFAULT_QUERY_CACHE, QueryCache, type QueryCacheLimits } from "./query-cache.ts";
import { type ExecContext, installResolvers } from "./resolvers.ts";
import { rememberDataJson } from "./response-json.ts";

export { responseJson } from "./response-json.ts";

import { installScalars } from "./scalars.ts";

export interface EngineLimits {
  /** graph-node GRAPH_GRAPHQL_MAX_FIRST (default 1000) */
  maxFirst: number;
  /** graph-node GRAPH_GRAPHQL_MAX_SKIP (default u32::MAX, i.e. no limit) */
  maxSkip: number;
  /** graph-node GRAPH_GRAPHQL_MAX_DEPTH (default 255) */
  maxDepth: number;
  /** graph-node GRAPH_GRAPHQL_MAX_COMPLEXITY (unset there; bounded here) */
  maxComplexity?: number;
  /** longest accepted query text, in UTF-16 code units */
  maxQueryLength: number;
  /** graph-node GRAPH_GRAPHQL_ERROR_RESULT_SIZE, measured here as JSON length of `data` */
  maxResultSize: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxFirst: 1000,
  maxSkip: 4_294_967_295,
  maxDepth: 255,
  maxComplexity: 10_000_000,
  maxQueryLength: 256 * 1024,
  maxResultSize: 20 * 1024 * 1024,
};

export interface GraphqlRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface GraphqlErrorJson {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
}

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphqlErrorJson[];
}

export interface QueryEngine {
  execute(req: GraphqlRequest): Promise<GraphqlResponse>;
  schema: GraphQLSchema;
  /** the generated API schema as SDL (what introspection shows) */
  apiSdl: string;
  model: SchemaModel;
}

const fail = (message: string): GraphqlResponse => ({ errors: [{ message }] });

function errorJson(e: GraphQLError): GraphqlErrorJson {
  const out: GraphqlErrorJson = { message: e.message };
  if (e.locations) out.locations = e.locations.map(({ line, column }) => ({ line, column }));
  if (e.path) out.path = [...e.path];
  return out;
}

/**
 * The API schema from its generated SDL, without graphql-js validating the SDL and the schema
 * again (a third of the build: 125 → 40 ms warm, and the demo builds it at every page load).
 * The generator's output is checked once, by test/graph-node/graphql-api-schema.test.ts.
 */
export function buildApiSchema(apiSdl: string): GraphQLSchema {
  const document = parse(apiSdl, { noLocation: true });
  return buildASTSchema(document, { assumeValidSDL: true, assumeValid: true });
}

/** The query cache's key of a request; null for variables JSON cannot write (a bigint). */
function cacheKey(query: string, variables: unknown, operationName: unknown): string | null {
  try {
    return `${operationName ?? ""}\n${JSON.stringify(variables ?? {})}\n${query}`;
  } catch {
    return null;
  }
}

export function createQueryEngine(opts: {
  sdl: string;
  store: ReadableStore;
  limits?: Partial<EngineLimits>;
  /** graph-node's query result cache (query-cache.ts); on by default, as there */
  cache?: Partial<QueryCacheLimits>;
}): QueryEngine {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const cache = new QueryCache({ ...DEFAULT_QUERY_CACHE, ...opts.cache });
  const model = parseSubgraphSchema(opts.sdl);
  const apiSdl = buildApiSdl(model);
  const schema = buildApiSchema(apiSdl);
  installScalars(schema);
  const queryModel = buildQueryModel(model, queryFieldNames);
  installResolvers(schema, queryModel);
  // SPAs send the same few documents over and over: keep them parsed and validated
  const docs = new Map<string, { doc?: DocumentNode; errors?: GraphqlErrorJson[] }>();

  const prepare = (text: string) => {
    const hit = docs.get(text);
    if (hit) return hit;
    let entry: { doc?: DocumentNode; errors?: GraphqlErrorJson[] };
    try {
      const doc = parse(text);
      const errs = validate(schema, doc);
      entry = errs.length > 0 ? { errors: errs.map(errorJson) } : { doc };
    } catch (e) {
      entry = { errors: [errorJson(e as GraphQLError)] };
    }
    if (docs.size >= 500) docs.delete(docs.keys().next().value!);
    docs.set(text, entry);
    return entry;
  };

  /** One run of the operation: the lean executor, or graphql-js when it gives up. */
  async function executeOnce(
    ctx: ExecContext,
    doc: DocumentNode,
    op: OperationDefinitionNode | null | undefined,
    fragments: Map<string, FragmentDefinitionNode>,
    variableValues: Variables | undefined,
    operationName: unknown,
  ): Promise<{ data?: unknown; errors?: readonly GraphQLError[] }> {
    // graphql-js coerces the variables once more (scalars' parseValue); the lean executor
    // runs on the same values, and hands anything but a clean success back to graphql-js
    const jsVariables =
      op && getVariableValues(schema, op.variableDefinitions ?? [], variableValues ?? {});
    if (op && jsVariables && "coerced" in jsVariables && jsVariables.coerced) {
      const data = fastExecute({
        schema,
        operation: op,
        fragments,
        variables: jsVariables.coerced,
        context: ctx,
      });
      if (data) return { data };
      // graphql-js records the root fields again, from scratch
      ctx.roots.clear();
    }
    return gqlExecute({
      schema,
      document: doc,
      variableValues,
      operationName: (operationName as string | undefined) ?? undefined,
      contextValue: ctx,
      rootValue: {},
    });
  }

  async function execute(req: GraphqlRequest): Promise<GraphqlResponse> {
    const { query, variables, operationName } = req;
    if (typeof query !== "string" || query.trim() === "") return fail("The query is empty");
    if (query.length > limits.maxQueryLength) {
      return fail(
        `the query is ${query.length} characters long; the limit is ${limits.maxQueryLength}`,
      );
    }
    if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) {
      return fail("Variables must be an object");
    }
    if (operationName != null && typeof operationName !== "string")
      return fail("operationName must be a string");
    const prepared = prepare(query);
    if (!prepared.doc) return { errors: prepared.errors! };
    // the block a result is kept for: what the store answers changes with its data version
    const version = cache.enabled ? opts.store.dataVersion?.() : undefined;
    const block = version === undefined ? null : `${version} ${JSON.stringify(opts.store.meta())}`;
    const key = block === null ? null : cacheKey(query, variables, operationName);
    const cached = block === null || key === null ? undefined : cache.get(block, key);
    if (cached) return cached;
    const doc = prepared.doc;
    const op = getOperationAST(doc, operationName ?? undefined);
    let variableValues = variables as Variables | undefined;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of doc.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (op) {
      if (op.operation !== "query") return fail(`Not supported: Only queries are supported`);
      // graph-node's order: variables, then complexity, then argument values
      const coerced = coerceVariables(schema, op, variableValues);
      if (coerced.errors.length > 0)
        return { errors: coerced.errors.map((message) => ({ message })) };
      variableValues = coerced.variables;
      try {
        checkComplexity(schema, op.selectionSet, fragments, limits.maxDepth, limits.maxComplexity);
      } catch (e) {
        if (e instanceof QueryError) return fail(e.message);
        throw e;
      }
      const argErrors = checkArguments(schema, doc, op, variableValues);
      if (argErrors.length > 0) return { errors: argErrors.map((message) => ({ message })) };
    }
    const meta = opts.store.meta();
    const chain: ChainLookup = { known: new Map(), missing: new Set() };
    const context = (): ExecContext => ({
      store: opts.store,
      model: queryModel,
      meta,
      limits,
      roots: new Map(),
      chain,
    });
    const run = async () => {
      const ctx = context();
      const result = await executeOnce(ctx, doc, op, fragments, variableValues, operationName);
      return { ctx, result };
    };
    let { ctx, result } = await run();
    if (chain.missing.size > 0) {
      // hashes of blocks the subgraph did not index: ask the chain, then run again
      const hashes = [...chain.missing];
      chain.missing.clear();
      const found = await Promise.all(hashes.map((h) => opts.store.chainBlockByHash!(h)));
      for (const [i, h] of hashes.entries()) chain.known.set(h, found[i] ?? null);
      ({ ctx, result } = await run());
    }

    // graph-node fails the whole query on any error rather than returning partial data
    if (result.errors?.length) return { errors: result.errors.map(errorJson) };
    let data = (result.data ?? null) as Record<string, unknown> | null;
    const out: GraphqlResponse = {};
    if (data && (meta.fatalError || meta.hasIndexingErrors)) {
      const pass = indexingErrors(
        data,
        ctx.roots,
        errorsAt(meta, { ptr: meta.block, byNumber: false }),
      );
      data = pass.data;
      if (pass.errors > 0)
        out.errors = Array.from({ length: pass.errors }, () => ({ message: INDEXING_ERROR }));
    }
    if (data) {
      const text = JSON.stringify(data);
      const size = text.length;
      if (size > limits.maxResultSize) {
        return fail(
          `the result size of ${size} is larger than the allowed limit of ${limits.maxResultSize}`,
        );
      }
      out.data = data;
      rememberDataJson(out, text);
      if (block !== null && key !== null) cache.set(block, key, out, size);
    }
    return out;
  }

  return { execute, schema, apiSdl, model };
}
