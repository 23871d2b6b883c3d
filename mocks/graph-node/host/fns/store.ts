// store.* host functions: marshal between WASM entities and the handler's store view.
import { readEntity, writeEntity } from "../asc/store-values.ts";
import type { HostEnv } from "../host-env.ts";

export function storeFns(env: HostEnv): Record<string, (...args: number[]) => unknown> {
  const h = () => env.heap;
  const orNull = (entity: ReturnType<HostEnv["store"]["get"]>) =>
    entity ? writeEntity(h(), entity) : 0;
  return {
    "store.get": (type, id) => orNull(env.store.get(h().readString(type), h().readString(id))),
    "store.get_in_block": (type, id) =>
      orNull(env.store.getInBlock(h().readString(type), h().readString(id))),
    "store.set": (type, id, data) => {
      env.store.set(h().readString(type), h().readString(id), readEntity(h(), data));
    },
    "store.remove": (type, id) => {
      env.store.remove(h().readString(type), h().readString(id));
    },
    "store.loadRelated": (type, id, field) => {
      const entities = env.store.loadRelated(
        h().readString(type),
        h().readString(id),
        h().readString(field),
      );
      const ptrs = entities.map((e) => writeEntity(h(), e));
      return h().writePtrArray(ptrs, "ArrayTypedMapStringStoreValue");
    },
  };
}
