// Parses a subgraph `schema.graphql` into the shared SchemaModel. graphql-js only does the
// syntax here: subgraph schemas use undeclared scalars (BigInt, Bytes...) and directives
// (@entity, @derivedFrom), so `buildSchema` would reject them. The semantic checks mirror
// graph-node's InputSchema validations, with its error texts, so a schema that graph-node
// refuses is refused here too, before anyone wonders why the WASM misbehaves.
import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  print,
  type TypeNode,
} from "graphql";
import type { EntityModel, FieldModel, InterfaceModel, ScalarName, SchemaModel } from "./types.ts";
import { validateDerivedFrom, validateInterfaces, validateReserved } from "./validate-schema.ts";

const SCALARS = new Set<string>([
  "ID",
  "String",
  "Int",
  "Int8",
  "BigInt",
  "BigDecimal",
  "Bytes",
  "Boolean",
  "Timestamp",
]);

export function isScalarName(name: string): name is ScalarName {
  return SCALARS.has(name);
}

/** Thrown when the schema is invalid; `errors` holds one graph-node-style line per problem. */
export class SchemaValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(
      `Validation errors in subgraph schema:\n${errors.map((e, i) => `  (${i + 1}) - ${e}`).join("\n")}`,
    );
    this.name = "SchemaValidationError";
  }
}

interface TypeShape {
  base: string;
  list: boolean;
  nonNull: boolean;
  itemNonNull: boolean;
}

function typeShape(node: TypeNode): TypeShape {
  let t = node;
  const nonNull = t.kind === Kind.NON_NULL_TYPE;
  if (t.kind === Kind.NON_NULL_TYPE) t = t.type;
  if (t.kind !== Kind.LIST_TYPE)
    return { base: t.name.value, list: false, nonNull, itemNonNull: false };
  let item = t.type;
  const itemNonNull = item.kind === Kind.NON_NULL_TYPE;
  if (item.kind === Kind.NON_NULL_TYPE) item = item.type;
  // graph-node has no nested lists; treat `[[T]]` as an unknown type so validation names it
  const base = item.kind === Kind.NAMED_TYPE ? item.name.value : print(item);
  return { base, list: true, nonNull, itemNonNull };
}

/** Parsed document plus lookups the validators share. */
export interface RawSchema {
  doc: DocumentNode;
  objects: Map<string, { fields: readonly FieldDefinitionNode[]; interfaces: string[] }>;
  interfaces: Map<string, readonly FieldDefinitionNode[]>;
  enums: Map<string, string[]>;
}

function directiveArg(
  field: { directives?: readonly ConstDirectiveNode[] },
  dir: string,
  arg: string,
) {
  const d = field.directives?.find((x) => x.name.value === dir);
  if (!d) return undefined;
  return { value: d.arguments?.find((a) => a.name.value === arg)?.value };
}

export function parseSubgraphSchema(sdl: string): SchemaModel {
  let doc: DocumentNode;
  try {
    doc = parse(sdl, { noLocation: false });
  } catch (e) {
    const msg = e instanceof GraphQLError ? e.message : String(e);
    throw new SchemaValidationError([`Invalid schema: ${msg}`]);
  }
  const errors: string[] = [];
  const raw: RawSchema = { doc, objects: new Map(), interfaces: new Map(), enums: new Map() };
  const entityDefs: {
    name: string;
    description?: string;
    directives: readonly ConstDirectiveNode[];
  }[] = [];
  const noEntity: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const name = def.name.value;
      if (name === "_Schema_") continue; // only carries @fulltext; nothing to query
      const dirs = def.directives ?? [];
      if (dirs.some((d) => d.name.value === "aggregation")) {
        errors.push(`Type \`${name}\`: @aggregation is not supported by the local graph-node`);
        continue;
      }
      if (!dirs.some((d) => d.name.value === "entity")) noEntity.push(name);
      raw.objects.set(name, {
        fields: def.fields ?? [],
        interfaces: (def.interfaces ?? []).map((i) => i.name.value),
      });
      entityDefs.push({ name, description: def.description?.value, directives: dirs });
    } else if (def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      raw.interfaces.set(def.name.value, def.fields ?? []);
    } else if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      raw.enums.set(
        def.name.value,
        (def.values ?? []).map((v) => v.name.value),
      );
    }
  }
  if (noEntity.length > 0) {
    errors.push(`@entity directive missing on the following types: \`${noEntity.join(", ")}\``);
  }
  errors.push(...validateInterfaces(raw), ...validateDerivedFrom(raw), ...validateReserved(raw));

  const kindOf = (base: string): FieldModel["kind"] | undefined => {
    if (SCALARS.has(base)) return "scalar";
    if (raw.enums.has(base)) return "enum";
    if (raw.objects.has(base)) return "entity";
    if (raw.interfaces.has(base)) return "interface";
    return undefined;
  };
  const toFields = (owner: string, defs: readonly FieldDefinitionNode[]): FieldModel[] =>
    defs.map((f) => {
      const shape = typeShape(f.type);
      const kind = kindOf(shape.base);
      if (!kind) {
        errors.push(
          `Type \`${owner}\`, field \`${f.name.value}\`: type \`${shape.base}\` is not defined`,
        );
      }
      const derived = directiveArg(f, "derivedFrom", "field")?.value;
      return {
        name: f.name.value,
        ...(f.description ? { description: f.description.value } : {}),
        typeName: shape.base,
        kind: kind ?? "scalar",
        list: shape.list,
        nonNull: shape.nonNull,
        itemNonNull: shape.itemNonNull,
        ...(derived?.kind === Kind.STRING ? { derivedFrom: derived.value } : {}),
      };
    });

  const entities = new Map<string, EntityModel>();
  for (const def of entityDefs) {
    const obj = raw.objects.get(def.name)!;
    const fields = toFields(def.name, obj.fields);
    const immutable = entityFlags(def.name, def.directives, errors);
    const idField = fields.find((f) => f.name === "id");
    let idType: EntityModel["idType"] = "String";
    if (!idField) errors.push(`Type ${def.name} is missing an \`id\` field`);
    else if (idField.typeName === "Bytes" || idField.typeName === "Int8") idType = idField.typeName;
    else if (idField.typeName !== "ID" && idField.typeName !== "String") {
      errors.push(`Entity type ${def.name} uses illegal type ${idField.typeName} for id column`);
    }
    entities.set(def.name, {
      name: def.name,
      ...(def.description ? { description: def.description } : {}),
      immutable,
      idType,
      interfaces: obj.interfaces,
      fields,
    });
  }

  const interfaces = new Map<string, InterfaceModel>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const name = def.name.value;
    interfaces.set(name, {
      name,
      ...(def.description ? { description: def.description.value } : {}),
      fields: toFields(name, def.fields ?? []),
      implementedBy: [...entities.values()]
        .filter((e) => e.interfaces.includes(name))
        .map((e) => e.name),
    });
  }
  if (errors.length > 0) throw new SchemaValidationError(errors);
  return { entities, interfaces, enums: raw.enums };
}

/** `@entity(immutable:, timeseries:)`: timeseries entities are immutable by definition. */
function entityFlags(
  name: string,
  directives: readonly ConstDirectiveNode[],
  errors: string[],
): boolean {
  const dir = directives.find((d) => d.name.value === "entity");
  const flag = (arg: string): boolean | undefined => {
    const v = dir?.arguments?.find((a) => a.name.value === arg)?.value;
    if (!v) return undefined;
    if (v.kind !== Kind.BOOLEAN) {
      errors.push(`The \`${arg}\` argument of the @entity directive must be a boolean`);
      return undefined;
    }
    return v.value;
  };
  const timeseries = flag("timeseries") ?? false;
  const immutable = flag("immutable") ?? timeseries;
  if (timeseries && !immutable)
    errors.push(`Timeseries ${name} is marked as mutable, it must be immutable`);
  return immutable;
}
