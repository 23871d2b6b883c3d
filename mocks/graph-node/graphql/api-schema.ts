// Generates the query API schema (SDL) for a subgraph schema the way graph-node's
// graph/src/schema/api.rs does: entity/interface types with collection arguments on list
// fields, `T_orderBy` enums, `T_filter` inputs, the root `Query` (singular + plural per type,
// `_meta`) and the built-ins of meta.graphql. `_logs` (added in late graph-node versions) is
// left out: nothing here records mapping logs.
import type { FieldModel, SchemaModel } from "../schema/types.ts";
import { API_PRELUDE } from "./api-prelude.ts";
import { queryFieldNames } from "./inflect.ts";

const desc = (text: string | undefined, indent = "") =>
  text
    ? `${indent}"""\n${text
        .split("\n")
        .map((l) => `${indent}${l}`)
        .join("\n")}\n${indent}"""\n`
    : "";

const BLOCK_ARG =
  "The block at which the query should be executed. Can either be a `{ hash: Bytes }` value containing a block hash, a `{ number: Int }` containing the block number, or a `{ number_gte: Int }` containing the minimum block number. In the case of `number_gte`, the query will be executed on the latest block only if the subgraph has progressed to or past the minimum block number. Defaults to the latest block when omitted.";
const ERROR_ARG =
  "Set to `allow` to receive data even if the subgraph has skipped over errors while syncing.";

const STRING_OPS = [
  "",
  "not",
  "gt",
  "lt",
  "gte",
  "lte",
  "in",
  "not_in",
  "contains",
  "contains_nocase",
  "not_contains",
  "not_contains_nocase",
  "starts_with",
  "starts_with_nocase",
  "not_starts_with",
  "not_starts_with_nocase",
  "ends_with",
  "ends_with_nocase",
  "not_ends_with",
  "not_ends_with_nocase",
];
const ORDERED_OPS = ["", "not", "gt", "lt", "gte", "lte", "in", "not_in"];
const SCALAR_OPS: Record<string, string[]> = {
  Boolean: ["", "not", "in", "not_in"],
  Bytes: ["", "not", "gt", "lt", "gte", "lte", "in", "not_in", "contains", "not_contains"],
  ID: ORDERED_OPS,
  BigInt: ORDERED_OPS,
  BigDecimal: ORDERED_OPS,
  Int: ORDERED_OPS,
  Int8: ORDERED_OPS,
  Timestamp: ORDERED_OPS,
  String: STRING_OPS,
};

/** graph-node `id_type_as_scalar`: how a reference is written in filters. */
function refScalar(schema: SchemaModel, typeName: string): "String" | "Int" {
  const e = schema.entities.get(typeName);
  const idType = e
    ? e.idType
    : schema.entities.get(schema.interfaces.get(typeName)?.implementedBy[0] ?? "")?.idType;
  return idType === "Int8" ? "Int" : "String";
}

function refHasStringId(schema: SchemaModel, typeName: string): boolean {
  const e = schema.entities.get(typeName);
  if (e) return e.idType === "String";
  const first = schema.interfaces.get(typeName)?.implementedBy[0];
  return first === undefined || schema.entities.get(first)?.idType === "String";
}

const opsFor = (name: string, ops: string[], type: string) =>
  ops.map((op) => {
    const n = op ? `${name}_${op}` : name;
    return `  ${n}: ${op === "in" || op === "not_in" ? `[${type}!]` : type}`;
  });

function filterFields(schema: SchemaModel, f: FieldModel): string[] {
  const isRef = f.kind === "entity" || f.kind === "interface";
  const child = isRef ? [`  ${f.name}_: ${f.typeName}_filter`] : [];
  if (f.list) {
    if (isRef && f.derivedFrom) return child;
    const item = isRef ? refScalar(schema, f.typeName) : f.typeName;
    const nocase = isRef ? refHasStringId(schema, f.typeName) : f.typeName === "String";
    const ops = nocase
      ? ["", "not", "contains", "contains_nocase", "not_contains", "not_contains_nocase"]
      : ["", "not", "contains", "not_contains"];
    return [...ops.map((op) => `  ${op ? `${f.name}_${op}` : f.name}: [${item}!]`), ...child];
  }
  if (isRef) {
    if (f.derivedFrom) return child;
    const s = refScalar(schema, f.typeName);
    return [...opsFor(f.name, SCALAR_OPS[s]!, s), ...child];
  }
  if (f.kind === "enum") return opsFor(f.name, ["", "not", "in", "not_in"], f.typeName);
  return opsFor(f.name, SCALAR_OPS[f.typeName] ?? ["", "not"], f.typeName);
}

function fieldsOf(schema: SchemaModel, typeName: string): FieldModel[] | undefined {
  return schema.entities.get(typeName)?.fields ?? schema.interfaces.get(typeName)?.fields;
}

function orderValues(schema: SchemaModel, fields: FieldModel[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    out.push(f.name);
    if (f.list || (f.kind !== "entity" && f.kind !== "interface")) continue;
    for (const c of fieldsOf(schema, f.typeName) ?? []) {
      // sorting by lists or by entities is not supported one level down
      if (!c.list && c.kind !== "entity" && c.kind !== "interface")
        out.push(`${f.name}__${c.name}`);
    }
  }
  return out;
}

const collectionArgs = (t: string) =>
  `skip: Int = 0, first: Int = 100, orderBy: ${t}_orderBy, orderDirection: OrderDirection, where: ${t}_filter`;

function fieldType(f: FieldModel): string {
  const base = f.list ? `[${f.typeName}${f.itemNonNull ? "!" : ""}]` : f.typeName;
  return f.nonNull ? `${base}!` : base;
}

function objectFields(fields: FieldModel[]): string {
  return fields
    .map((f) => {
      const args =
        f.list && (f.kind === "entity" || f.kind === "interface")
          ? `(${collectionArgs(f.typeName)})`
          : "";
      return `${desc(f.description, "  ")}  ${f.name}${args}: ${fieldType(f)}`;
    })
    .join("\n");
}

export function buildApiSdl(schema: SchemaModel): string {
  const parts: string[] = [API_PRELUDE];
  for (const [name, values] of schema.enums)
    parts.push(`enum ${name} {\n${values.map((v) => `  ${v}`).join("\n")}\n}`);
  for (const i of schema.interfaces.values()) {
    parts.push(`${desc(i.description)}interface ${i.name} {\n${objectFields(i.fields)}\n}`);
  }
  for (const e of schema.entities.values()) {
    const impl = e.interfaces.length ? ` implements ${e.interfaces.join(" & ")}` : "";
    parts.push(`${desc(e.description)}type ${e.name}${impl} {\n${objectFields(e.fields)}\n}`);
  }
  const named = [
    ...[...schema.entities.values()].map((e) => [e.name, e.fields] as const),
    ...[...schema.interfaces.values()].map((i) => [i.name, i.fields] as const),
  ];
  const query: string[] = [];
  for (const [name, fields] of named) {
    parts.push(
      `enum ${name}_orderBy {\n${orderValues(schema, fields)
        .map((v) => `  ${v}`)
        .join("\n")}\n}`,
    );
    const filter = [
      ...fields.flatMap((f) => filterFields(schema, f)),
      `  """\n  Filter for the block changed event.\n  """\n  _change_block: BlockChangedFilter`,
      `  and: [${name}_filter]`,
      `  or: [${name}_filter]`,
    ];
    parts.push(`input ${name}_filter {\n${filter.join("\n")}\n}`);
    const [singular, plural] = queryFieldNames(name);
    const block = `\n    ${desc(BLOCK_ARG).trimEnd().replace(/\n/g, "\n    ")}\n    block: Block_height`;
    const error = `\n    ${desc(ERROR_ARG).trimEnd().replace(/\n/g, "\n    ")}\n    subgraphError: _SubgraphErrorPolicy_! = deny`;
    query.push(`  ${singular}(\n    id: ID!${block}${error}\n  ): ${name}`);
    query.push(
      `  ${plural}(\n    ${collectionArgs(name).split(", ").join("\n    ")}${block}${error}\n  ): [${name}!]!`,
    );
  }
  query.push(`  """\n  Access to subgraph metadata\n  """\n  _meta(block: Block_height): _Meta_`);
  parts.push(`type Query {\n${query.join("\n")}\n}`);
  return `${parts.join("\n\n")}\n`;
}
