// The demo's graph-node, in a Web Worker so loading the recorded store never blocks the page
// from painting: fetches the gzipped store's core and the schema, loads them into the memory
// store with graph-node's snapshot reader (store/snapshot.ts; entities decoded on first read,
// see lazy-store.ts) and answers queries with graph-node's query engine (graphql/engine.ts).
// The large entity types come in parts of their own (store-chunks.ts), fetched before the
// first query that reads them (query-types.ts), and all of them once queries pause.
// Protocol: engine-protocol.ts.
import { type DocumentNode, parse } from "graphql";
import { createQueryEngine, type QueryEngine } from "../graph-node/graphql/engine.ts";
import { parseSubgraphSchema } from "../graph-node/schema/parse-schema.ts";
import { EntityStore } from "../graph-node/store/entity-store.ts";
import type { DemoData } from "./demo-config.ts";
import type { ExecuteRequest, WorkerReply, WorkerRequest } from "./engine-protocol.ts";
import { fetchStoreText, forEachTextLine } from "./fetch-store.ts";
import { addTypeLines, decodeRest, loadLazyStore } from "./lazy-store.ts";
import { queryTypes } from "./query-types.ts";

// only a Worker's own globals: the DOM lib's `self` is a Window
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

interface Loaded {
  engine: QueryEngine;
  store: EntityStore;
  /** entity type -> URL of its part, until it is requested */
  pending: Map<string, string>;
  /** entity type -> its part loaded */
  parts: Map<string, Promise<void>>;
}

let loading: Promise<Loaded> | null = null;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function load(data: DemoData): Promise<Loaded> {
  const started = performance.now();
  const coreText = fetchStoreText(data.core);
  coreText.catch(() => {}); // awaited below
  const res = await fetch(data.schema);
  if (!res.ok) throw new Error(`${data.schema} answered ${res.status}`);
  const sdl = await res.text();
  // The store's download and inflation run on this thread's event loop, which the engine's
  // synchronous schema build would block: let them finish first (measured: 1.6 s when
  // interleaved, against the inflation's own few hundred ms).
  const text = await coreText;
  const fetched = performance.now();
  const store = new EntityStore(parseSubgraphSchema(sdl), "");
  const engine = createQueryEngine({ sdl, store });
  const built = performance.now();
  loadLazyStore(store, (onLine) => forEachTextLine(text, onLine));
  const pending = new Map(Object.entries(data.types));
  scope.postMessage({
    kind: "loaded",
    engineMs: Math.round(built - fetched),
    fetchMs: Math.round(fetched - started),
    loadMs: Math.round(performance.now() - built),
    head: store.head?.number ?? null,
    deferred: pending.size,
  });
  return { engine, store, pending, parts: new Map() };
}

/** Starts loading the parts of `types` not requested yet; resolves once all of them are in. */
function partsFor(loaded: Loaded, types: Set<string> | "all"): Promise<unknown> {
  const wanted = types === "all" ? [...loaded.pending.keys()] : [...types];
  for (const type of wanted) {
    const url = loaded.pending.get(type);
    if (url === undefined) continue;
    loaded.pending.delete(type);
    const started = performance.now();
    const part = fetchStoreText(url).then((text) => {
      addTypeLines(loaded.store, type, (onLine) => forEachTextLine(text, onLine));
      scope.postMessage({ kind: "part", type, ms: Math.round(performance.now() - started) });
    });
    loaded.parts.set(type, part);
  }
  const all = types === "all" ? [...loaded.parts.keys()] : wanted;
  return Promise.all(all.map((type) => loaded.parts.get(type)));
}

// a query that does not parse reads no type: the engine answers it with graph-node's error
const parsed = new Map<string, DocumentNode | null>();
function typesOf(engine: QueryEngine, { query, variables }: ExecuteRequest): Set<string> {
  if (typeof query !== "string") return new Set();
  let document = parsed.get(query);
  if (document === undefined) {
    try {
      document = parse(query);
    } catch {
      document = null;
    }
    if (parsed.size >= 200) parsed.clear();
    parsed.set(query, document);
  }
  if (!document) return new Set();
  const values = variables && typeof variables === "object" ? variables : {};
  return queryTypes(engine.schema, document, values as Record<string, unknown>);
}

// The parts no query asked for yet come in once queries pause, and then the entities no
// query has read are decoded: the page's first answers wait for neither, and later views
// find both done.
const QUIET_MS = 1500;
let quietTimer: ReturnType<typeof setTimeout> | undefined;
let finishing = false;
function finishWhenQuiet(loaded: Loaded) {
  clearTimeout(quietTimer);
  quietTimer = setTimeout(() => {
    if (finishing) return;
    finishing = true;
    void partsFor(loaded, "all")
      .then(() => decodeRest(loaded.store))
      .catch((error: unknown) => scope.postMessage({ kind: "failed", error: message(error) }));
  }, QUIET_MS);
}

async function execute(request: ExecuteRequest) {
  if (!loading) return { errors: [{ message: "demo data not loading" }] };
  let loaded: Loaded;
  try {
    loaded = await loading;
    await partsFor(loaded, typesOf(loaded.engine, request));
  } catch (error) {
    return { errors: [{ message: `demo data failed to load: ${message(error)}` }] };
  }
  const result = await loaded.engine.execute(request);
  finishWhenQuiet(loaded);
  return result;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === "load") {
    loading ??= load(request.data);
    loading.catch((error: unknown) => scope.postMessage({ kind: "failed", error: message(error) }));
    return;
  }
  const { id } = request;
  void execute(request.request)
    .catch((error: unknown) => ({ errors: [{ message: `demo engine failed: ${message(error)}` }] }))
    .then((result) => scope.postMessage({ kind: "result", id, result }));
};
