// graph-node's schema validations that look across types (interfaces, @derivedFrom, reserved
// names). Texts follow graph-node's SchemaValidationError so messages read the same.
import { type FieldDefinitionNode, Kind, print, type TypeNode } from "graphql";
import type { RawSchema } from "./parse-schema.ts";

function baseName(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : baseName(t.type);
}

export function validateInterfaces(raw: RawSchema): string[] {
  const errors: string[] = [];
  const idTypes = new Map<string, Set<string>>();
  for (const [name, obj] of raw.objects) {
    for (const iface of obj.interfaces) {
      const ifields = raw.interfaces.get(iface);
      if (!ifields) {
        errors.push(`Interface \`${iface}\` not defined`);
        continue;
      }
      // graph-node requires the same name and the exact same type (no covariance)
      const missing = ifields
        .filter(
          (i) =>
            !obj.fields.some(
              (o) => o.name.value === i.name.value && print(o.type) === print(i.type),
            ),
        )
        .map((i) => `${i.name.value}: ${print(i.type)}`);
      if (missing.length > 0) {
        errors.push(
          `Entity type \`${name}\` does not satisfy interface \`${iface}\` because it is missing the following fields: ${missing.join(", ")}`,
        );
      }
      const id = obj.fields.find((f) => f.name.value === "id");
      if (id) {
        const t = baseName(id.type);
        const set = idTypes.get(iface) ?? new Set<string>();
        set.add(t === "ID" ? "String" : t);
        idTypes.set(iface, set);
      }
    }
  }
  for (const [iface, set] of idTypes) {
    if (set.size > 1) {
      errors.push(
        `Implementors of interface \`${iface}\` use different id types \`${[...set].join(", ")}\`. They must all use the same type`,
      );
    }
  }
  return errors;
}

export function validateDerivedFrom(raw: RawSchema): string[] {
  const errors: string[] = [];
  const fieldsOf = (name: string): readonly FieldDefinitionNode[] | undefined =>
    raw.objects.get(name)?.fields ?? raw.interfaces.get(name);
  for (const [typeName, obj] of raw.objects) {
    for (const field of obj.fields) {
      const dir = field.directives?.find((d) => d.name.value === "derivedFrom");
      if (!dir) continue;
      const bad = (reason: string) =>
        errors.push(
          `Field \`${field.name.value}\` in type \`${typeName}\` has invalid @derivedFrom: ${reason}`,
        );
      const arg = dir.arguments?.find((a) => a.name.value === "field")?.value;
      if (!arg) {
        bad("the @derivedFrom directive must have a `field` argument");
        continue;
      }
      if (arg.kind !== Kind.STRING) {
        bad("the @derivedFrom `field` argument must be a string");
        continue;
      }
      const target = baseName(field.type);
      const targetFields = fieldsOf(target);
      if (!targetFields) {
        bad("type must be an existing entity or interface");
        continue;
      }
      const tf = targetFields.find((f) => f.name.value === arg.value);
      if (!tf) {
        bad(`field \`${arg.value}\` does not exist on type \`${target}\``);
        continue;
      }
      // the other side must point back at us (or one of our interfaces that declares this
      // field); deriving from `id` is graph-node's legacy exception
      const ifaces = obj.interfaces.filter((i) =>
        raw.interfaces.get(i)?.some((f) => f.name.value === field.name.value),
      );
      const tfType = baseName(tf.type);
      if (tfType !== typeName && tf.name.value !== "id" && !ifaces.includes(tfType)) {
        const sigs = [typeName, ...ifaces].flatMap((n) => [n, `${n}!`, `[${n}!]`, `[${n}!]!`]);
        bad(
          `field \`${tf.name.value}\` on type \`${target}\` must have one of the following types: ${sigs.join(", ")}`,
        );
      }
    }
  }
  return errors;
}

export function validateReserved(raw: RawSchema): string[] {
  const defined = new Set<string>();
  for (const def of raw.doc.definitions) {
    if ("name" in def && def.name && def.kind !== Kind.DIRECTIVE_DEFINITION) {
      defined.add(def.name.value);
    }
  }
  const names = [...raw.objects.keys(), ...raw.interfaces.keys()];
  const reserved = [
    "Boolean",
    "ID",
    "Int",
    "BigDecimal",
    "String",
    "Bytes",
    "BigInt",
    "Query",
    "Subscription",
    ...names.map((n) => `${n}_filter`),
    ...names.map((n) => `${n}_orderBy`),
  ].filter((n) => defined.has(n));
  return reserved.length > 0
    ? [`The following type names are reserved: \`${reserved.join(", ")}\``]
    : [];
}
