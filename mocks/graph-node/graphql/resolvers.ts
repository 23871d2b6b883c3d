// Attaches resolvers to the generated API schema: root singular/plural fields and `_meta`,
// and entity fields (scalars, references, stored lists of references, @derivedFrom).
import {
  type GraphQLFieldResolver,
  GraphQLInterfaceType,
  GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { IndexingMeta, ReadableStore } from "../store/types.ts";
import {
  type BlockArg,
  type ChainLookup,
  errorsAt,
  type LocatedBlock,
  locateBlock,
  metaValue,
} from "./block.ts";
import { type CollectionArgs, type Limits, runCollection } from "./collection.ts";
import { errors } from "./errors.ts";
import type { FieldInfo, QueryModel, TypeInfo } from "./model.ts";
import { mapKey, type Row, type Snapshot, snapshotOf } from "./snapshot.ts";
import { inputKey, refId, toWire } from "./values.ts";

/** What a top-level field resolved at, for graph-node's indexing-error pass. */
export interface RootField {
  /** the block constraint as written: consecutive fields with the same one form a group */
  constraint: string;
  deny: boolean;
  /** the subgraph had a deterministic error at or below the block served */
  errors: boolean;
}

export interface ExecContext {
  store: ReadableStore;
  model: QueryModel;
  meta: IndexingMeta;
  limits: Limits;
  /** per top-level response key */
  roots: Map<string, RootField>;
  /** chain blocks of `block: { hash }` the store did not index */
  chain?: ChainLookup;
}

type Resolver = GraphQLFieldResolver<unknown, ExecContext, Record<string, unknown>>;

function rowById(snap: Snapshot, ti: TypeInfo, id: string): Row | undefined {
  const norm = ti.idCol === "Bytes" ? id.toLowerCase() : id;
  for (const t of ti.concrete) {
    const r = snap.row(t, norm);
    if (r) return r;
  }
  return undefined;
}

/** Locates a top-level field's block and records it for the indexing-error pass. */
function enter(args: Record<string, unknown>, ctx: ExecContext, key: string): LocatedBlock {
  const located = locateBlock(args.block as BlockArg, ctx.meta, ctx.store, ctx.chain);
  ctx.roots.set(key, {
    constraint: args.block ? JSON.stringify(args.block) : "latest",
    deny: args.subgraphError !== "allow",
    errors: errorsAt(ctx.meta, located),
  });
  return located;
}

function snapshotAt(ctx: ExecContext, located: LocatedBlock): Snapshot {
  const n = located.ptr?.number;
  return snapshotOf(
    ctx.store,
    ctx.model,
    n === undefined || n === ctx.meta.block?.number ? null : n,
  );
}

function rootFields(model: QueryModel): Map<string, Resolver> {
  const out = new Map<string, Resolver>();
  for (const ti of model.types.values()) {
    out.set(ti.singular, (_root, args, ctx, info) => {
      const snap = snapshotAt(ctx, enter(args, ctx, info.path.key as string));
      // graph-node compares the id as a value of the id column (hex-decoded for Bytes)
      const key = mapKey(inputKey(args.id, ti.idCol));
      return key === null ? null : (rowById(snap, ti, String(key)) ?? null);
    });
    out.set(ti.plural, (_root, args, ctx, info) => {
      const snap = snapshotAt(ctx, enter(args, ctx, info.path.key as string));
      return runCollection(snap, ti, args as CollectionArgs, ctx.limits);
    });
  }
  out.set("_meta", (_root, args, ctx, info) =>
    metaValue(enter(args, ctx, info.path.key as string), ctx.meta),
  );
  return out;
}

function resolveField(
  model: QueryModel,
  f: FieldInfo,
  ctx: ExecContext,
  row: Row,
  args: Record<string, unknown>,
): unknown {
  const snap = row.snap;
  const v = row.e.get(f.name);
  if (f.name === "id") return row.id;
  if (!f.target) {
    const w = toWire(v);
    if (w === null && f.model.nonNull) throw errors.nonNull(f.name);
    return w;
  }
  const target = model.types.get(f.target)!;
  if (f.derivedFrom) {
    const via = target.fields.get(f.derivedFrom)!;
    const k = mapKey(row.idKey);
    const children =
      k === null ? [] : target.concrete.flatMap((t) => snap.lookup(t, via.name, via.col, k));
    if (f.list) return runCollection(snap, target, args as CollectionArgs, ctx.limits, children);
    if (children.length > 1) throw errors.ambiguousDerived(f.name, target.name, via.name);
    if (!children[0] && f.model.nonNull) throw errors.nonNull(f.name);
    return children[0] ?? null;
  }
  if (f.list) {
    // graph-node joins on the stored ids: each child once, in the collection's order (by id
    // unless orderBy says otherwise), not in the stored list's order
    const seen = new Set<Row>();
    if (v?.kind === "Array") {
      for (const x of v.value) {
        const id = refId(x);
        const r = id === null ? undefined : rowById(snap, target, id);
        if (r) seen.add(r);
      }
    }
    return runCollection(snap, target, args as CollectionArgs, ctx.limits, [...seen]);
  }
  const id = refId(v);
  const child = id === null ? undefined : rowById(snap, target, id);
  if (!child && f.model.nonNull) throw errors.nonNull(f.name);
  return child ?? null;
}

export function installResolvers(schema: GraphQLSchema, model: QueryModel): void {
  const query = schema.getQueryType()!;
  for (const [name, resolve] of rootFields(model)) {
    const field = query.getFields()[name];
    if (field) field.resolve = resolve;
  }
  for (const ti of model.types.values()) {
    const t = schema.getType(ti.name);
    if (t instanceof GraphQLInterfaceType) t.resolveType = (row: Row) => row.type;
    if (!(t instanceof GraphQLObjectType)) continue;
    for (const [name, field] of Object.entries(t.getFields())) {
      const f = ti.fields.get(name);
      if (f)
        field.resolve = (row: Row, args, ctx: ExecContext) =>
          resolveField(model, f, ctx, row, args);
    }
  }
}
