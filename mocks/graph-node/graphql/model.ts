// The subgraph schema reshaped for querying: per type, each field's column type (how its
// values compare) and how it links to other types. Built once per engine.
import type { FieldModel, SchemaModel } from "../schema/types.ts";
import type { ColumnType } from "./values.ts";

export interface FieldInfo {
  name: string;
  model: FieldModel;
  /** comparison type of the value (of each element for lists); refs use the target's id type */
  col: ColumnType;
  list: boolean;
  /** entity or interface this field points at */
  target?: string;
  /** `@derivedFrom(field:)` name on the target */
  derivedFrom?: string;
}

export interface TypeInfo {
  name: string;
  kind: "entity" | "interface";
  fields: Map<string, FieldInfo>;
  /** entity types whose rows this type covers (itself, or an interface's implementors) */
  concrete: string[];
  idCol: ColumnType;
  singular: string;
  plural: string;
}

export interface QueryModel {
  schema: SchemaModel;
  types: Map<string, TypeInfo>;
}

const SCALAR_COL: Record<string, ColumnType> = {
  ID: "String",
  String: "String",
  Bytes: "Bytes",
  BigInt: "BigInt",
  BigDecimal: "BigDecimal",
  Int: "Int",
  Int8: "Int8",
  Timestamp: "Timestamp",
  Boolean: "Boolean",
};

/** graph-node: an interface's id type is that of its first implementor (String if none). */
function idColOf(schema: SchemaModel, typeName: string): ColumnType {
  const entity = schema.entities.get(typeName);
  if (entity) return entity.idType;
  const first = schema.interfaces.get(typeName)?.implementedBy[0];
  return first ? (schema.entities.get(first)?.idType ?? "String") : "String";
}

function fieldInfo(schema: SchemaModel, f: FieldModel): FieldInfo {
  const isRef = f.kind === "entity" || f.kind === "interface";
  return {
    name: f.name,
    model: f,
    col: isRef ? idColOf(schema, f.typeName) : (SCALAR_COL[f.typeName] ?? "String"),
    list: f.list,
    ...(isRef ? { target: f.typeName } : {}),
    ...(f.derivedFrom ? { derivedFrom: f.derivedFrom } : {}),
  };
}

export function buildQueryModel(
  schema: SchemaModel,
  names: (typeName: string) => [string, string],
): QueryModel {
  const types = new Map<string, TypeInfo>();
  const add = (name: string, kind: TypeInfo["kind"], fields: FieldModel[], concrete: string[]) => {
    const [singular, plural] = names(name);
    types.set(name, {
      name,
      kind,
      fields: new Map(fields.map((f) => [f.name, fieldInfo(schema, f)])),
      concrete,
      idCol: idColOf(schema, name),
      singular,
      plural,
    });
  };
  for (const e of schema.entities.values()) add(e.name, "entity", e.fields, [e.name]);
  for (const i of schema.interfaces.values()) add(i.name, "interface", i.fields, i.implementedBy);
  return { schema, types };
}
