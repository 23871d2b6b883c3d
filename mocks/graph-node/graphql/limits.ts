// Query depth and complexity as graph-node computes them before running a query
// (graphql/src/execution/query.rs `complexity_inner`): each nesting level (fields with a
// selection, fragments) adds one to the depth; a list field costs `first` (literal, default
// 100) plus `first` times its children's cost. Introspection is exempt so GraphiQL and
// codegen tools keep working under tight limits.
import {
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { errors, QueryError } from "./errors.ts";

class Invalid extends Error {}

export function checkComplexity(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  maxDepth: number,
  maxComplexity: number | undefined,
): void {
  const walk = (
    ty: GraphQLNamedType,
    set: SelectionSetNode,
    depth: number,
    seen: Set<string>,
  ): number => {
    if (depth >= maxDepth) throw errors.tooDeep(maxDepth);
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.selectionSet || sel.name.value.startsWith("__")) continue;
        if (!isObjectType(ty) && !isInterfaceType(ty)) throw new Invalid();
        const def = ty.getFields()[sel.name.value];
        if (!def) throw new Invalid();
        const inner = walk(getNamedType(def.type), sel.selectionSet, depth + 1, seen);
        if (!isListType(getNullableType(def.type))) {
          total += inner;
          continue;
        }
        const first = sel.arguments?.find((a) => a.name.value === "first")?.value;
        const n = first?.kind === Kind.INT ? Number(first.value) : 100;
        total += n + n * inner;
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag) throw new Invalid();
        if (seen.has(name)) throw new QueryError(`query has fragment cycle including \`${name}\``);
        const t = schema.getType(frag.typeCondition.name.value);
        if (!t) throw new Invalid();
        total += walk(t, frag.selectionSet, depth + 1, new Set([...seen, name]));
      } else {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : ty;
        if (!t) throw new Invalid();
        total += walk(t, sel.selectionSet, depth + 1, seen);
      }
    }
    return total;
  };
  let complexity: number;
  try {
    complexity = walk(schema.getQueryType()!, selectionSet, 0, new Set());
  } catch (e) {
    if (e instanceof Invalid) return; // validation reports the real problem
    throw e;
  }
  if (maxComplexity !== undefined && complexity > maxComplexity) {
    throw errors.tooComplex(complexity, maxComplexity);
  }
}
