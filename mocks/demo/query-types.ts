// The entity types a query can read, so the demo's engine worker loads only their part of the
// recorded store before answering (store-chunks.ts). Walks the document with the API schema:
// every field's entity type, every nested filter (`stock_: {…}` is a `Stock_filter`) and
// every child ordering (`orderBy: proposal__createdAt`), in the document and in the values of
// its variables (the delegates list pages with a `$where: Account_filter!`).
import {
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";

const FILTER = "_filter";
const ORDER_BY = "_orderBy";

export function queryTypes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): Set<string> {
  const types = new Set<string>();
  const addOutput = (type: GraphQLNamedType | undefined) => {
    if (!type) return;
    if (isAbstractType(type)) for (const t of schema.getPossibleTypes(type)) types.add(t.name);
    else if (isObjectType(type) && type !== schema.getQueryType()) types.add(type.name);
  };
  const addEntity = (name: string) => addOutput(schema.getType(name) ?? undefined);
  const info = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(info, {
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as never);
        if (type)
          valueTypes(schema, getNamedType(type), variables[node.variable.name.value], addEntity);
      },
      Field() {
        addOutput(getNamedType(info.getType() ?? undefined));
      },
      ObjectField() {
        const input = getNamedType(info.getInputType() ?? undefined);
        if (input?.name.endsWith(FILTER)) addEntity(input.name.slice(0, -FILTER.length));
      },
      Argument(node) {
        const input = getNamedType(info.getInputType() ?? undefined);
        if (input?.name.endsWith(FILTER)) addEntity(input.name.slice(0, -FILTER.length));
        if (input && node.value.kind === Kind.ENUM)
          orderingTypes(schema, input, node.value.value, addEntity);
      },
    }),
  );
  return types;
}

/** `proposal__createdAt` of a `Vote_orderBy` orders by the Proposal's field. */
function orderingTypes(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  value: string,
  add: (entity: string) => void,
) {
  if (!isEnumType(type) || !type.name.endsWith(ORDER_BY)) return;
  const [child, field] = value.split("__");
  if (field === undefined) return;
  const entity = schema.getType(type.name.slice(0, -ORDER_BY.length));
  if (isObjectType(entity)) {
    const target = getNamedType(entity.getFields()[child!]?.type);
    if (target) add(target.name);
  }
}

/** The entity types a variable's value filters or orders by, walked along its input type. */
function valueTypes(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  value: unknown,
  add: (entity: string) => void,
) {
  if (Array.isArray(value)) {
    for (const item of value) valueTypes(schema, type, item, add);
  } else if (typeof value === "string") {
    orderingTypes(schema, type, value, add);
  } else if (isInputObjectType(type) && value !== null && typeof value === "object") {
    if (type.name.endsWith(FILTER)) add(type.name.slice(0, -FILTER.length));
    const fields = type.getFields();
    for (const [key, item] of Object.entries(value)) {
      const field = fields[key];
      if (field) valueTypes(schema, getNamedType(field.type), item, add);
    }
  }
}
