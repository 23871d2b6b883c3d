// The subgraph scalars' input coercion as graph-node's graphql/src/values/coercion.rs:
// BigInt takes a string or an Int, BigDecimal a string, Int or Float, Int8 an Int only,
// Timestamp a string of microseconds only, Bytes a string. Values stay text after coercion;
// filters decode them per column (with graph-node's "Failed to decode" errors).
// Output values are produced as wire text by the resolvers, so serialize passes them through.
import { GraphQLScalarType, type GraphQLSchema, Kind, type ValueNode } from "graphql";

type Accept = { string?: boolean; int?: boolean; float?: boolean };

function reject(name: string, v: unknown): never {
  throw new TypeError(`${name} cannot represent value: ${JSON.stringify(v)}`);
}

/** The serialisation of graph-node's own scalars: resolvers already give their wire text. */
export const passThrough = (v: unknown): unknown => v;

function configure(t: GraphQLScalarType, accept: Accept, check?: (s: string) => boolean): void {
  const fromText = (s: string, original: unknown) => {
    if (check && !check(s)) reject(t.name, original);
    return s;
  };
  t.serialize = passThrough;
  t.parseValue = (v: unknown) => {
    if (typeof v === "string" && accept.string) return fromText(v, v);
    if (typeof v === "number" && Number.isInteger(v) && accept.int) return fromText(String(v), v);
    if (typeof v === "number" && Number.isFinite(v) && accept.float) return String(v);
    return reject(t.name, v);
  };
  t.parseLiteral = (node: ValueNode) => {
    if (node.kind === Kind.STRING && accept.string) return fromText(node.value, node.value);
    if (node.kind === Kind.INT && accept.int) return fromText(node.value, node.value);
    if (node.kind === Kind.FLOAT && accept.float) return node.value;
    return reject(t.name, "value" in node ? node.value : node.kind);
  };
}

export function installScalars(schema: GraphQLSchema): void {
  const get = (name: string) => {
    const t = schema.getType(name);
    if (!(t instanceof GraphQLScalarType))
      throw new Error(`scalar ${name} missing from API schema`);
    return t;
  };
  configure(get("BigInt"), { string: true, int: true });
  configure(get("BigDecimal"), { string: true, int: true, float: true });
  configure(get("Bytes"), { string: true });
  configure(get("Int8"), { int: true });
  // graph-node parses the timestamp while coercing, so a non-number is a coercion error
  configure(get("Timestamp"), { string: true }, (s) => /^-?\d+$/.test(s));
}
