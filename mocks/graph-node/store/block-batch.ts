// The writes of the block being processed, in two layers as in graph-node's EntityCache:
// the running handler's writes (dropped if it fails) over the block's earlier handlers'
// writes (applied to the store at block end). A layer maps id -> entity, or null once
// removed. Entities held here are whole (already merged with what lay below). It also
// remembers which stored entities the block read: graph-node's cache decides what an
// immutable entity's write means by whether it was loaded (see EntityStore.commitBlock).
import type { EntityModel, SchemaModel } from "../schema/types.ts";
import { idText, mergeEntity, parseId, StoreError, valueEquals } from "./entity-values.ts";
import type { Entity } from "./types.ts";
import { checkUnknownFields, entityModel, validateEntity } from "./validate-entity.ts";

export type Layer = Map<string, Map<string, Entity | null>>;

function isValid(schema: SchemaModel, model: EntityModel, key: string, e: Entity): boolean {
  try {
    validateEntity(schema, model, key, e);
    return true;
  } catch {
    return false;
  }
}

export interface CommittedReader {
  committed(entityType: string, id: string): Entity | undefined;
  committedAll(entityType: string): Iterable<[string, Entity]>;
  committedReferrers(entityType: string, field: string, id: string): Iterable<string>;
}

function layerGet(layer: Layer, type: string, id: string): Entity | null | undefined {
  return layer.get(type)?.get(id);
}

function layerSet(layer: Layer, type: string, id: string, e: Entity | null): void {
  let m = layer.get(type);
  if (!m) {
    m = new Map();
    layer.set(type, m);
  }
  m.set(id, e);
}

export class BlockBatch {
  readonly block: Layer = new Map();
  handler: Layer = new Map();
  /** type -> ids read from the store in this block (graph-node's `EntityCache::current`) */
  readonly loaded = new Map<string, Set<string>>();

  constructor(
    readonly number: number,
    private readonly schema: SchemaModel,
    private readonly store: CommittedReader,
  ) {}

  private current(type: string, key: string): Entity | undefined {
    const h = layerGet(this.handler, type, key);
    if (h !== undefined) return h ?? undefined;
    const b = layerGet(this.block, type, key);
    if (b !== undefined) return b ?? undefined;
    return this.store.committed(type, key);
  }

  private markLoaded(type: string, key: string): void {
    let ids = this.loaded.get(type);
    if (!ids) {
      ids = new Set();
      this.loaded.set(type, ids);
    }
    ids.add(key);
  }

  wasLoaded(type: string, key: string): boolean {
    return this.loaded.get(type)?.has(key) ?? false;
  }

  get(type: string, id: string): Entity | undefined {
    const key = parseId(entityModel(this.schema, type), id).key;
    this.markLoaded(type, key);
    return this.current(type, key);
  }

  getInBlock(type: string, id: string): Entity | undefined {
    const key = parseId(entityModel(this.schema, type), id).key;
    const h = layerGet(this.handler, type, key);
    if (h !== undefined) return h ?? undefined;
    return layerGet(this.block, type, key) ?? undefined;
  }

  set(type: string, id: string, data: Entity, apiVersion: string): void {
    const model = entityModel(this.schema, type);
    const { key, value: idValue } = parseId(model, id);
    const given = data.get("id");
    let input = data;
    if (given === undefined) {
      input = new Map(data).set("id", idValue);
    } else if (!valueEquals(given, idValue)) {
      if (given.kind !== idValue.kind) {
        throw new StoreError(
          `Attribute \`${type}.id\` has wrong type: expected ${model.idType} but got ${given.kind}`,
        );
      }
      throw new StoreError(
        `Value of ${type} attribute 'id' conflicts with ID passed to \`store.set()\`: ${idText(given)} != ${key}`,
      );
    }
    input = checkUnknownFields(model, input, apiVersion);
    // graph-node's EntityCache::set reads an entity back from the store when the written
    // data is not valid on its own, which loads it
    if (
      model.immutable &&
      !this.wasLoaded(type, key) &&
      this.store.committed(type, key) &&
      !isValid(this.schema, model, key, input)
    ) {
      this.markLoaded(type, key);
    }
    const merged = mergeEntity(this.current(type, key), input);
    validateEntity(this.schema, model, key, merged);
    layerSet(this.handler, type, key, merged);
  }

  remove(type: string, id: string): void {
    const model = entityModel(this.schema, type);
    const { key } = parseId(model, id);
    layerSet(this.handler, type, key, null);
  }

  /** entities of the `@derivedFrom` field's type whose back-reference names this entity */
  loadRelated(type: string, id: string, fieldName: string): Entity[] {
    const model = entityModel(this.schema, type);
    const { key } = parseId(model, id);
    const field = model.fields.find((f) => f.name === fieldName);
    if (!field || field.derivedFrom === undefined) {
      throw new StoreError(`Entity ${type}[${key}]: unknown derived field \`${fieldName}\``);
    }
    const targets = this.schema.interfaces.get(field.typeName)?.implementedBy ?? [field.typeName];
    const back = field.derivedFrom;
    const out: Entity[] = [];
    for (const target of targets) {
      const seen = new Set<string>();
      const consider = (entityId: string) => {
        if (seen.has(entityId)) return;
        seen.add(entityId);
        const e = this.current(target, entityId);
        const ref = e?.get(back);
        if (!e || !ref) return;
        const refs = ref.kind === "Array" ? ref.value : [ref];
        if (refs.some((r) => idText(r) === key)) out.push(e);
      };
      for (const layer of [this.handler, this.block]) {
        for (const entityId of layer.get(target)?.keys() ?? []) consider(entityId);
      }
      for (const entityId of this.store.committedReferrers(target, back, key)) {
        // the stored matches are loaded into graph-node's cache
        this.markLoaded(target, entityId);
        consider(entityId);
      }
    }
    return out;
  }

  commitHandler(): void {
    for (const [type, m] of this.handler)
      for (const [id, e] of m) layerSet(this.block, type, id, e);
    this.handler = new Map();
  }

  discardHandler(): void {
    this.handler = new Map();
  }
}
