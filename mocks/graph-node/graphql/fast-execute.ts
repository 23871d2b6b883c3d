// A lean executor for the documents that succeed: the same field collection, argument
// coercion, resolvers, type resolution and scalar serialisation as graphql-js's `execute`,
// without its per-value bookkeeping (paths, promise checks, error wrapping on every leaf),
// which dominated large answers such as the heatmap's 672 windows of parallel lists.
// Anything it does not handle the same way (introspection, an error anywhere, a promise,
// a non-null violation) makes it give up, and the engine runs graphql-js for that request,
// so every error keeps graphql-js's (and so graph-node's) message, location and path.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  GraphQLIncludeDirective,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  isAbstractType,
  isLeafType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
} from "graphql";
import { answersAsIs } from "./leaf-lists.ts";

/** Thrown to hand the request back to graphql-js. */
class GiveUp extends Error {}

type Fields = Map<string, FieldNode[]>;
type Path = GraphQLResolveInfo["path"];

interface Run {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  context: unknown;
  /** argument values per field node: variables are fixed for the request */
  args: Map<FieldNode, Record<string, unknown>>;
  /** sub-selections per (field nodes, runtime type), as graphql-js memoises them */
  subfields: WeakMap<readonly FieldNode[], Map<string, Fields>>;
}

function included(run: Run, node: FieldNode | { directives?: FieldNode["directives"] }): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, run.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, run.variables);
  return include?.if !== false;
}

function conditionMatches(
  run: Run,
  condition: FragmentDefinitionNode["typeCondition"] | undefined,
  type: GraphQLObjectType,
): boolean {
  if (!condition) return true;
  const conditional = typeFromAST(run.schema, condition);
  if (conditional === type) return true;
  return isAbstractType(conditional) ? run.schema.isSubType(conditional, type) : false;
}

/** graphql-js's collectFields, in the same order. */
function collect(
  run: Run,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  out: Fields,
  visited: Set<string>,
): Fields {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (!included(run, sel)) continue;
      const key = sel.alias ? sel.alias.value : sel.name.value;
      // a plain object would take this key as its prototype
      if (key === "__proto__") throw new GiveUp();
      const list = out.get(key);
      if (list) list.push(sel);
      else out.set(key, [sel]);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (!included(run, sel) || !conditionMatches(run, sel.typeCondition, type)) continue;
      collect(run, type, sel.selectionSet, out, visited);
    } else {
      const name = sel.name.value;
      if (visited.has(name) || !included(run, sel)) continue;
      visited.add(name);
      const fragment = run.fragments[name];
      if (!fragment || !conditionMatches(run, fragment.typeCondition, type)) continue;
      collect(run, type, fragment.selectionSet, out, visited);
    }
  }
  return out;
}

function subfields(run: Run, type: GraphQLObjectType, nodes: readonly FieldNode[]): Fields {
  let byType = run.subfields.get(nodes);
  if (!byType) {
    byType = new Map();
    run.subfields.set(nodes, byType);
  }
  let fields = byType.get(type.name);
  if (!fields) {
    fields = new Map();
    const visited = new Set<string>();
    for (const node of nodes) {
      if (node.selectionSet) collect(run, type, node.selectionSet, fields, visited);
    }
    byType.set(type.name, fields);
  }
  return fields;
}

function objectValue(
  run: Run,
  type: GraphQLObjectType,
  source: unknown,
  fields: Fields,
  path: Path | undefined,
): Record<string, unknown> {
  if (type.isTypeOf) throw new GiveUp();
  const out: Record<string, unknown> = {};
  const defs = type.getFields();
  for (const [key, nodes] of fields) {
    const name = nodes[0]!.name.value;
    if (name === "__typename") {
      out[key] = type.name;
      continue;
    }
    const def = defs[name];
    // introspection and undefined fields: graphql-js's own handling
    if (!def) throw new GiveUp();
    out[key] = fieldValue(run, type, def, source, nodes, { prev: path, key, typename: type.name });
  }
  return out;
}

function fieldValue(
  run: Run,
  parent: GraphQLObjectType,
  def: GraphQLField<unknown, unknown>,
  source: unknown,
  nodes: FieldNode[],
  path: Path,
): unknown {
  const node = nodes[0]!;
  let args = run.args.get(node);
  if (!args) {
    args = getArgumentValues(def, node, run.variables);
    run.args.set(node, args);
  }
  let value: unknown;
  const info: GraphQLResolveInfo = {
    fieldName: def.name,
    fieldNodes: nodes,
    returnType: def.type,
    parentType: parent,
    path,
    schema: run.schema,
    fragments: run.fragments,
    rootValue: undefined,
    operation: run.operation,
    variableValues: run.variables,
  };
  if (def.resolve) {
    value = def.resolve(source, args, run.context, info);
  } else {
    // graphql-js's default resolver, minus calling function-valued properties
    value = (source as Record<string, unknown> | null)?.[def.name];
    if (typeof value === "function") throw new GiveUp();
  }
  return complete(run, def.type, info, value, path);
}

function complete(
  run: Run,
  type: GraphQLOutputType,
  info: GraphQLResolveInfo,
  value: unknown,
  path: Path,
): unknown {
  if (type instanceof GraphQLNonNull) {
    const v = complete(run, type.ofType, info, value, path);
    if (v === null) throw new GiveUp();
    return v;
  }
  if (value === null || value === undefined) return null;
  if (value instanceof Error || value instanceof Promise) throw new GiveUp();
  if (type instanceof GraphQLList) {
    if (!Array.isArray(value)) throw new GiveUp();
    const item = type.ofType as GraphQLOutputType;
    const inner = item instanceof GraphQLNonNull ? item.ofType : item;
    // the resolver's list (values.ts toWire, kept on the stored list) is often the answer's
    // as it is: no copy, as most of a heatmap's answer is such lists
    if (answersAsIs(inner, inner === item, value)) return value;
    const out = new Array(value.length);
    if (isLeafType(inner)) {
      // the common large case (parallel lists of scalars): no path, no recursion
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (v === null || v === undefined) {
          if (inner !== item) throw new GiveUp();
          out[i] = null;
          continue;
        }
        if (typeof v === "object" && (v instanceof Error || v instanceof Promise))
          throw new GiveUp();
        const s = inner.serialize(v);
        if (s === null || s === undefined) throw new GiveUp();
        out[i] = s;
      }
      return out;
    }
    for (let i = 0; i < value.length; i++) {
      out[i] = complete(run, item, info, value[i], { prev: path, key: i, typename: undefined });
    }
    return out;
  }
  if (isLeafType(type)) {
    const s = type.serialize(value);
    if (s === null || s === undefined) throw new GiveUp();
    return s;
  }
  const runtime = isAbstractType(type) ? runtimeType(run, type, value, info) : type;
  return objectValue(run, runtime, value, subfields(run, runtime, info.fieldNodes), path);
}

function runtimeType(
  run: Run,
  type: GraphQLAbstractType,
  value: unknown,
  info: GraphQLResolveInfo,
): GraphQLObjectType {
  if (!type.resolveType) throw new GiveUp();
  // graphql-js passes the field's info, as here
  const name = type.resolveType(value, run.context, info, type);
  if (typeof name !== "string") throw new GiveUp();
  const runtime = run.schema.getType(name);
  if (!(runtime instanceof GraphQLObjectType) || !run.schema.isSubType(type, runtime))
    throw new GiveUp();
  return runtime;
}

/**
 * The data graphql-js's `execute` would return for a query that raises no error, or
 * undefined when the query needs graphql-js (an error, introspection, anything unusual).
 * Variables must already be coerced.
 */
export function fastExecute(opts: {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  context: unknown;
}): Record<string, unknown> | undefined {
  const root = opts.schema.getQueryType();
  if (!root || opts.operation.operation !== "query") return undefined;
  const run: Run = {
    schema: opts.schema,
    fragments: Object.fromEntries(opts.fragments),
    operation: opts.operation,
    variables: opts.variables,
    context: opts.context,
    args: new Map(),
    subfields: new WeakMap(),
  };
  try {
    const fields = collect(run, root, opts.operation.selectionSet, new Map(), new Set());
    return objectValue(run, root, {}, fields, undefined);
  } catch {
    // errors are graphql-js's to report, with its messages and paths
    return undefined;
  }
}
