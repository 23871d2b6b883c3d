// A JSON-RPC proxy in front of a node that pretends the chain ends at a given block: a
// follower behind it indexes the same chain and stops there, as a node that only knew
// that much of the chain would. Raising the cap lets it go on. It runs off the main thread:
// the host blocks the main thread (Atomics.wait) while a handler's eth_call is in flight.
import { Worker } from "node:worker_threads";

const SOURCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { upstream, cap } = workerData;
const head = new Int32Array(cap);
const quantity = (n) => "0x" + n.toString(16);
const forward = async (body) =>
  (await fetch(upstream, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json();
const answer = async (call) => {
  const n = Atomics.load(head, 0);
  if (call.method === "eth_blockNumber") return { jsonrpc: "2.0", id: call.id, result: quantity(n) };
  if (call.method === "eth_getBlockByNumber" && call.params[0] === "latest")
    return forward({ ...call, params: [quantity(n), ...call.params.slice(1)] });
  return forward(call);
};
const server = http.createServer((req, res) => {
  let text = "";
  req.on("data", (c) => (text += c));
  req.on("end", async () => {
    const body = JSON.parse(text);
    const out = Array.isArray(body) ? await Promise.all(body.map(answer)) : await answer(body);
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(out));
  });
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ port: server.address().port }));
`;

export async function startCappedRpc(upstream: string, cap: number) {
  const shared = new SharedArrayBuffer(4);
  const head = new Int32Array(shared);
  head[0] = cap;
  const worker = new Worker(SOURCE, { eval: true, workerData: { upstream, cap: shared } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", (m: { port: number }) => resolve(m.port));
    worker.once("error", reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    setCap(n: number) {
      Atomics.store(head, 0, n);
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
