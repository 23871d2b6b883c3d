// A plain in-memory ReadableStore for GraphQL tests and benches, so the query engine can be
// exercised without the WASM host. It keeps only the latest version of each entity, like the
// engine assumes (queries answer at the head block only).
import type { BlockPtr, Entity, IndexingMeta, ReadableStore, StoreValue } from "./types.ts";

export class MemoryStore implements ReadableStore {
  private readonly types = new Map<string, Map<string, Entity>>();
  private readonly changed = new Map<string, Map<string, number>>();
  private head: BlockPtr | null = null;
  private errors = false;
  /** bumped on every write so readers can cache derived indexes per version */
  version = 0;

  constructor(readonly deployment = "QmLocalGraphNodeMemoryStore00000000000000000000") {}

  /** Store `entity` (must carry `id` as a String, Bytes or Int8 value) as written at `block`. */
  set(entityType: string, entity: Entity | Record<string, StoreValue>, block = 0): void {
    const e = entity instanceof Map ? entity : new Map(Object.entries(entity));
    const id = idText(e.get("id"));
    let byId = this.types.get(entityType);
    if (!byId) {
      byId = new Map();
      this.types.set(entityType, byId);
      this.changed.set(entityType, new Map());
    }
    byId.set(id, e);
    this.changed.get(entityType)!.set(id, block);
    this.version++;
  }

  remove(entityType: string, id: string): void {
    if (this.types.get(entityType)?.delete(id)) this.version++;
    this.changed.get(entityType)?.delete(id);
  }

  setHead(block: BlockPtr | null): void {
    this.head = block;
    this.version++;
  }

  setIndexingErrors(has: boolean): void {
    this.errors = has;
    this.version++;
  }

  get(entityType: string, id: string): Entity | undefined {
    return this.types.get(entityType)?.get(id);
  }

  all(entityType: string): Iterable<Entity> {
    return this.types.get(entityType)?.values() ?? [];
  }

  changedAt(entityType: string, id: string): number | undefined {
    return this.changed.get(entityType)?.get(id);
  }

  meta(): IndexingMeta {
    return { block: this.head, deployment: this.deployment, hasIndexingErrors: this.errors };
  }
}

/** The store's id text for an id value (see EntityKey in types.ts). */
export function idText(v: StoreValue | undefined): string {
  if (!v) throw new Error("entity has no `id`");
  switch (v.kind) {
    case "String":
      return v.value;
    case "Bytes":
      return `0x${Buffer.from(v.value).toString("hex")}`;
    case "Int8":
      return v.value.toString();
    default:
      throw new Error(`entity id must be String, Bytes or Int8, got ${v.kind}`);
  }
}
