// What a block's writes to immutable entities mean, decided as graph-node's
// EntityCache::as_modifications does by whether the block loaded the entity
// (graph/src/components/store/entity_cache.rs), and refused as its write batch refuses them
// (graph/src/components/store/write.rs `append_row`):
// - a write to an entity stored earlier that the block did not load is an insert: the
//   store refuses it ("is immutable; inserting it ... already inserted", an Input error,
//   deterministic);
// - a loaded one saved unchanged is no change at all; a removal of one never loaded is
//   dropped;
// - a loaded one changed or removed is an overwrite or a removal, which immutable types
//   refuse ("only allows inserts", an internal error: graph-node retries it).
import type { SchemaModel } from "../schema/types.ts";
import type { BlockBatch } from "./block-batch.ts";
import { entityEquals, TransactError } from "./entity-values.ts";
import type { Rows } from "./versions.ts";

export const writeKey = (type: string, id: string) => `${type}\u0000${id}`;

/** The writes of the block that change nothing; throws before anything is applied. */
export function immutableSkips(
  schema: SchemaModel,
  rows: Rows,
  batch: BlockBatch,
  block: number,
): Set<string> {
  const skip = new Set<string>();
  for (const [type, m] of batch.block) {
    if (!schema.entities.get(type)?.immutable) continue;
    const stored = rows.get(type);
    for (const [id, entity] of m) {
      const prev = stored?.get(id);
      const loaded = batch.wasLoaded(type, id);
      if (!prev || (entity === null && !loaded)) {
        if (entity === null) skip.add(writeKey(type, id));
        continue;
      }
      if (entity === null) {
        throw new TransactError(
          `immutable entity type ${type} only allows inserts, not Remove { key: ${type}[${id}], block: ${block} }`,
          false,
        );
      }
      if (!loaded) {
        throw new TransactError(
          `entity ${type}[${id}] is immutable; inserting it at block ${block} is not possible as it was already inserted at block ${prev.changedAt}`,
          true,
        );
      }
      if (!entityEquals(prev.entity, entity)) {
        throw new TransactError(
          `immutable entity type ${type} only allows inserts, not Overwrite { key: ${type}[${id}], block: ${block} }`,
          false,
        );
      }
      skip.add(writeKey(type, id));
    }
  }
  return skip;
}
