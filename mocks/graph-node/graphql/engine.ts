// The GraphQL engine shared by the HTTP server and the MSW handlers: one implementation of
// graph-node's query API over a ReadableStore. Execution is synchronous over in-memory
// indexes; `execute` is async only so callers do not depend on that.
import {
  buildSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  execute as gqlExecute,
  Kind,
  parse,
  validate,
} from "graphql";
import { parseSubgraphSchema } from "../schema/parse-schema.ts";
import type { SchemaModel } from "../schema/types.ts";
import type { ReadableStore } from "../store/types.ts";
import { buildApiSdl } from "./api-schema.ts";
import { errorsAt } from "./block.ts";
import { checkArguments, coerceVariables, type Variables } from "./coercion.ts";
import { INDEXING_ERROR, QueryError } from "./errors.ts";
import { fastExecute } from "./fast-execute.ts";
import { queryFieldNames } from "./inflect.ts";
import { checkComplexity } from "./limits.ts";
import { buildQueryModel } from "./model.ts";
import { type ExecContext, installResolvers, type RootField } from "./resolvers.ts";
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

// The JSON of each response's data, written once for the result-size check and reused by
// `responseJson`, so a large answer is not serialised twice on its way to the client.
const dataText = new WeakMap<GraphqlResponse, string>();

/** `JSON.stringify(response)`, reusing the data's JSON the engine already wrote. */
export function responseJson(response: GraphqlResponse): string {
  const text = dataText.get(response);
  const keys = Object.keys(response);
  // as execute builds it: `errors` (if any), then `data`
  if (text === undefined || keys.at(-1) !== "data" || keys.length > 2) {
    return JSON.stringify(response);
  }
  const errors = response.errors ? `"errors":${JSON.stringify(response.errors)},` : "";
  return `{${errors}"data":${text}}`;
}

function errorJson(e: GraphQLError): GraphqlErrorJson {
  const out: GraphqlErrorJson = { message: e.message };
  if (e.locations) out.locations = e.locations.map(({ line, column }) => ({ line, column }));
  if (e.path) out.path = [...e.path];
  return out;
}

// graph-node keeps these when `subgraphError: deny` hides data because of indexing errors
const KEPT_ON_DENY = new Set(["_meta", "_logs", "__schema", "__type"]);
const DEBUGGING = new Set(["_meta", "_logs"]);

/**
 * graph-node's StoreResolver::post_process, run per group of consecutive top-level fields
 * with the same block constraint (Query::block_constraint): a group served at a block with
 * a deterministic error gets an `indexing_error`, unless it holds only `_meta`/`_logs`, and
 * under `subgraphError: deny` (for any field of the group) loses all but the debugging and
 * introspection fields. Keys are response keys, as graph-node compares them.
 */
function indexingErrors(
  data: Record<string, unknown>,
  roots: Map<string, RootField>,
  errorsAtHead: boolean,
): { data: Record<string, unknown> | null; errors: number } {
  const groups: { constraint: string; deny: boolean; errors: boolean; keys: string[] }[] = [];
  for (const key of Object.keys(data)) {
    const f = roots.get(key) ?? { constraint: "latest", deny: true, errors: errorsAtHead };
    const last = groups.at(-1);
    if (last?.constraint === f.constraint) {
      last.deny ||= f.deny;
      last.keys.push(key);
    } else groups.push({ ...f, keys: [key] });
  }
  let errors = 0;
  const kept: [string, unknown][] = [];
  for (const g of groups) {
    if (!g.errors || g.keys.every((k) => DEBUGGING.has(k))) {
      for (const k of g.keys) kept.push([k, data[k]]);
      continue;
    }
    errors++;
    for (const k of g.keys) if (!g.deny || KEPT_ON_DENY.has(k)) kept.push([k, data[k]]);
  }
  return { data: kept.length > 0 ? Object.fromEntries(kept) : null, errors };
}

export function createQueryEngine(opts: {
  sdl: string;
  store: ReadableStore;
  limits?: Partial<EngineLimits>;
}): QueryEngine {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const model = parseSubgraphSchema(opts.sdl);
  const apiSdl = buildApiSdl(model);
  const schema = buildSchema(apiSdl);
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
    const context = (): ExecContext => ({
      store: opts.store,
      model: queryModel,
      meta,
      limits,
      roots: new Map(),
    });
    let ctx = context();
    let result: { data?: unknown; errors?: readonly GraphQLError[] } | undefined;
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
      if (data) result = { data };
      else ctx = context();
    }
    result ??= await gqlExecute({
      schema,
      document: doc,
      variableValues,
      operationName: (operationName as string | undefined) ?? undefined,
      contextValue: ctx,
      rootValue: {},
    });
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
      dataText.set(out, text);
    }
    return out;
  }

  return { execute, schema, apiSdl, model };
}
