// graph-node's entity checks at `store.set` (host_exports.rs store_set, Entity::validate),
// with its error texts so failures read the same as on a real node.
import { apiVersionAtLeast } from "../host/api-version.ts";
import type { EntityModel, FieldModel, SchemaModel } from "../schema/types.ts";
import { displayValue, kindName, StoreError } from "./entity-values.ts";
import type { Entity, StoreValue } from "./types.ts";

const SCALAR_KIND: Record<string, StoreValue["kind"]> = {
  ID: "String",
  String: "String",
  Int: "Int",
  Int8: "Int8",
  BigInt: "BigInt",
  BigDecimal: "BigDecimal",
  Bytes: "Bytes",
  Boolean: "Bool",
  Timestamp: "Timestamp",
};

/** the store value kind a field holds: references hold the referenced entity's id kind */
export function fieldKind(schema: SchemaModel, field: FieldModel): StoreValue["kind"] {
  if (field.kind === "scalar") return SCALAR_KIND[field.typeName] ?? "String";
  if (field.kind === "enum") return "String";
  if (field.kind === "entity") return schema.entities.get(field.typeName)?.idType ?? "String";
  const impl = schema.interfaces.get(field.typeName)?.implementedBy[0];
  return (impl && schema.entities.get(impl)?.idType) || "String";
}

function typeLabel(schema: SchemaModel, field: FieldModel): string {
  const k = fieldKind(schema, field);
  const base = k === "Bool" ? "Boolean" : k;
  return field.list ? `[${base}]` : base;
}

export function entityModel(schema: SchemaModel, entityType: string): EntityModel {
  const model = schema.entities.get(entityType);
  if (!model) {
    throw new StoreError(`Entity type \`${entityType}\` is not defined in the subgraph schema`);
  }
  return model;
}

/** apiVersion >= 0.0.8 rejects fields the schema lacks; older versions drop them silently */
export function checkUnknownFields(model: EntityModel, data: Entity, apiVersion: string): Entity {
  const known = new Set(model.fields.map((f) => f.name));
  const unknown = [...data.keys()].filter((k) => !known.has(k));
  if (unknown.length === 0) return data;
  if (apiVersionAtLeast(apiVersion, "0.0.8")) {
    throw new StoreError(
      `Attempted to set undefined fields [${unknown.sort().join(", ")}] for the entity type \`${model.name}\`. Make sure those fields are defined in the schema.`,
    );
  }
  const filtered = new Map(data);
  for (const k of unknown) filtered.delete(k);
  return filtered;
}

export function validateEntity(
  schema: SchemaModel,
  model: EntityModel,
  id: string,
  e: Entity,
): void {
  const where = `Entity ${model.name}[${id}]`;
  for (const field of model.fields) {
    const value = e.get(field.name);
    if (field.derivedFrom !== undefined) {
      if (value !== undefined && value.kind !== "Null") {
        throw new StoreError(`${where}: field \`${field.name}\` is derived and cannot be set`);
      }
      continue;
    }
    if (value === undefined || value.kind === "Null") {
      if (field.nonNull) {
        throw new StoreError(`${where}: missing value for non-nullable field \`${field.name}\``);
      }
      continue;
    }
    const expected = fieldKind(schema, field);
    if (field.list && value.kind === "Array") {
      value.value.forEach((item, index) => {
        if (item.kind !== expected && item.kind !== "Null") {
          throw new StoreError(
            `${where}: field \`${field.name}\` is of type ${typeLabel(schema, field)}, but the value \`${displayValue(value)}\` contains a ${kindName(item)} at index ${index}`,
          );
        }
      });
      continue;
    }
    if (value.kind !== expected) {
      throw new StoreError(
        `${where}: the value \`${displayValue(value)}\` for field \`${field.name}\` must have type ${typeLabel(schema, field)} but has type ${kindName(value)}`,
      );
    }
  }
}
