// The parsed subgraph schema (schema.graphql), shared by the WASM host (field checks,
// immutability, loadRelated) and the GraphQL engine (API schema generation).

export type ScalarName =
  | "ID"
  | "String"
  | "Int"
  | "Int8"
  | "BigInt"
  | "BigDecimal"
  | "Bytes"
  | "Boolean"
  | "Timestamp";

export interface FieldModel {
  name: string;
  description?: string;
  /** scalar name, enum name, entity type name or interface name */
  typeName: string;
  kind: "scalar" | "enum" | "entity" | "interface";
  list: boolean;
  /** the outer type is non-null (`T!` or `[T!]!`) */
  nonNull: boolean;
  /** for lists: the items are non-null */
  itemNonNull: boolean;
  /** `@derivedFrom(field: "...")`: not stored, resolved from the other side */
  derivedFrom?: string;
}

export interface EntityModel {
  name: string;
  description?: string;
  immutable: boolean;
  /** the type of `id`: ID/String, Bytes or Int8 */
  idType: "String" | "Bytes" | "Int8";
  interfaces: string[];
  fields: FieldModel[];
}

export interface InterfaceModel {
  name: string;
  description?: string;
  fields: FieldModel[];
  implementedBy: string[];
}

export interface SchemaModel {
  entities: Map<string, EntityModel>;
  interfaces: Map<string, InterfaceModel>;
  enums: Map<string, string[]>;
}
