// The demo's graph-node, in a Web Worker so loading the recorded store never blocks the page
// from painting: fetches the gzipped store and schema, loads them into the memory store with
// graph-node's snapshot reader (store/snapshot.ts; entities decoded on first read, see
// lazy-store.ts) and answers queries with graph-node's query engine (graphql/engine.ts).
// Protocol: engine-protocol.ts.
import { createQueryEngine, type QueryEngine } from "../graph-node/graphql/engine.ts";
import { parseSubgraphSchema } from "../graph-node/schema/parse-schema.ts";
import { EntityStore } from "../graph-node/store/entity-store.ts";
import type { WorkerReply, WorkerRequest } from "./engine-protocol.ts";
import { fetchStoreText, forEachTextLine } from "./fetch-store.ts";
import { decodeRest, loadLazyStore } from "./lazy-store.ts";

// only a Worker's own globals: the DOM lib's `self` is a Window
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

let engine: Promise<QueryEngine> | null = null;
let loaded: EntityStore | null = null;

// The entities no query has read are decoded once queries pause: the page's first answers
// do not wait for them, and later views find them decoded.
const QUIET_MS = 1500;
let quietTimer: ReturnType<typeof setTimeout> | undefined;
let decoding = false;
function decodeWhenQuiet() {
  clearTimeout(quietTimer);
  quietTimer = setTimeout(() => {
    if (!loaded || decoding) return;
    decoding = true;
    void decodeRest(loaded);
  }, QUIET_MS);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function load(storeUrl: string, schemaUrl: string): Promise<QueryEngine> {
  const started = performance.now();
  const storeText = fetchStoreText(storeUrl);
  storeText.catch(() => {}); // awaited below
  const res = await fetch(schemaUrl);
  if (!res.ok) throw new Error(`${schemaUrl} answered ${res.status}`);
  const sdl = await res.text();
  // The store's download and inflation run on this thread's event loop, which the engine's
  // synchronous schema build would block: let them finish first (measured: 1.6 s when
  // interleaved, against the inflation's own few hundred ms).
  const text = await storeText;
  const fetched = performance.now();
  const store = new EntityStore(parseSubgraphSchema(sdl), "");
  const ready = createQueryEngine({ sdl, store });
  const built = performance.now();
  loadLazyStore(store, (onLine) => forEachTextLine(text, onLine));
  loaded = store;
  scope.postMessage({
    kind: "loaded",
    engineMs: Math.round(built - fetched),
    fetchMs: Math.round(fetched - started),
    loadMs: Math.round(performance.now() - built),
    head: store.head?.number ?? null,
  });
  return ready;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === "load") {
    engine ??= load(request.storeUrl, request.schemaUrl);
    engine.catch((error: unknown) => scope.postMessage({ kind: "failed", error: message(error) }));
    return;
  }
  const { id } = request;
  const answer = (result: WorkerReply & { kind: "result" }) => scope.postMessage(result);
  if (!engine) {
    answer({ kind: "result", id, result: { errors: [{ message: "demo data not loading" }] } });
    return;
  }
  engine
    .then((e) => e.execute(request.request))
    .then(
      (result) => {
        answer({ kind: "result", id, result });
        decodeWhenQuiet();
      },
      (error: unknown) =>
        answer({
          kind: "result",
          id,
          result: { errors: [{ message: `demo data failed to load: ${message(error)}` }] },
        }),
    );
};
