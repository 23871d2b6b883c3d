// Where graph-node's handling of variables and argument values differs from graphql-js's, do
// it graph-node's way before graphql-js executes:
// - a declared variable that was not sent (and has no default) is null, not absent
//   (graphql/src/execution/query.rs `Transform::variable`), so `x_in: $v` fails on the null
//   and `x: $v` filters on null instead of the filter silently disappearing;
// - a value is never wrapped into a one-element list (graphql/src/values/coercion.rs
//   `coerce_value`: a non-list value for a list type is an error), for literals and
//   variables alike; nor may a null reach a non-null position.
// Other coercion failures (a wrong scalar, an unknown enum value) are left to graphql-js.
import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { debugValue, EnumValue, FloatValue, IntValue, type RValue } from "./rust-debug.ts";

export type Variables = Record<string, unknown>;

const invalid = (name: string, value: RValue) =>
  `Invalid value provided for argument \`${name}\`: ${debugValue(value)}`;

/**
 * graph-node's `coerce_value`, reduced to the list and null rules: the offending value
 * (graph-node reports the innermost input object holding the problem, or the list item),
 * or undefined when those rules accept it.
 */
function listOrNullError(value: RValue, type: GraphQLInputType): { err: RValue } | undefined {
  if (isNonNullType(type)) {
    if (value === null) return { err: null };
    return listOrNullError(value, type.ofType);
  }
  if (value === null) return undefined;
  if (isListType(type)) {
    if (!Array.isArray(value)) return { err: value };
    for (const item of value) {
      const e = listOrNullError(item, type.ofType);
      if (e) return e;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (!isObject(value)) return undefined; // graphql-js reports it
    const fields = type.getFields();
    for (const [name, v] of Object.entries(value)) {
      const f = fields[name];
      if (f && listOrNullError(v, f.type)) return { err: value };
    }
  }
  return undefined;
}

const isObject = (v: RValue): v is { [k: string]: RValue } =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof EnumValue || v instanceof IntValue || v instanceof FloatValue);

/**
 * Variables as graph-node's `coerce_variables` leaves them: sent ones checked, unsent
 * nullable ones without a default set to null. Returns graph-node's error texts.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  op: OperationDefinitionNode,
  sent: Variables | undefined,
): { variables: Variables; errors: string[] } {
  const variables: Variables = { ...sent };
  const errors: string[] = [];
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (!type) continue; // validation reported it
    if (sent && Object.hasOwn(sent, name)) {
      const value = sent[name] as RValue;
      const e = listOrNullError(value, type);
      if (e) errors.push(invalid(name, e.err));
      continue;
    }
    if (def.defaultValue) continue; // graphql-js applies it, as graph-node does
    if (isNonNullType(type)) errors.push(`No value provided for required variable \`${name}\``);
    else variables[name] = null;
  }
  return { variables, errors };
}

/** A literal with its variables substituted (graph-node's `interpolate_value`). */
function interpolate(node: ValueNode, variables: Variables): RValue {
  switch (node.kind) {
    case Kind.VARIABLE:
      return (variables[node.name.value] ?? null) as RValue;
    case Kind.INT:
      return new IntValue(Number(node.value));
    case Kind.FLOAT:
      return new FloatValue(Number(node.value));
    case Kind.STRING:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.ENUM:
      return new EnumValue(node.value);
    case Kind.LIST:
      return node.values.map((v) => interpolate(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((f) => [f.name.value, interpolate(f.value, variables)]),
      );
  }
}

/**
 * graph-node's argument coercion (`coerce_argument_values`) over every field argument of the
 * operation and the fragments it may use, after variables are interpolated.
 */
export function checkArguments(
  schema: GraphQLSchema,
  doc: DocumentNode,
  op: OperationDefinitionNode,
  variables: Variables,
): string[] {
  const errors: string[] = [];
  const typeInfo = new TypeInfo(schema);
  const onArgument = (node: ArgumentNode) => {
    if (typeInfo.getDirective()) return;
    const def = typeInfo.getArgument();
    if (!def) return;
    const value = interpolate(node.value, variables);
    // a wrongly typed enum or scalar is graphql-js's to report; lists and nulls are ours
    const e = listOrNullError(value, def.type);
    if (e) errors.push(invalid(def.name, e.err));
  };
  for (const d of doc.definitions) {
    if (d === op || d.kind === Kind.FRAGMENT_DEFINITION) {
      visit(d, visitWithTypeInfo(typeInfo, { Argument: onArgument }));
    }
  }
  return errors;
}
