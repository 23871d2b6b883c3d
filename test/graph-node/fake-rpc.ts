// A canned JSON-RPC server for ethereum.call & co. It must run off the main thread: the
// host blocks the main thread (Atomics.wait) while a call is in flight.
import { Worker } from "node:worker_threads";

export interface FakeRpcAnswers {
  /** eth_call result by 4-byte selector; a string starting with "revert" answers an error */
  calls: Record<string, string>;
  balance: string;
  code: string;
}

const SOURCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { calls, balance, code } = workerData;
const seen = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const { id, method, params } = JSON.parse(body);
    seen.push({ method, params });
    parentPort.postMessage({ method, params });
    let reply;
    if (method === "eth_call") {
      const answer = calls[params[0].data.slice(0, 10)];
      reply = answer === undefined || answer.startsWith("revert")
        ? { error: { code: 3, message: "execution reverted" } }
        : { result: answer };
    } else if (method === "eth_getBalance") reply = { result: balance };
    else if (method === "eth_getCode") reply = { result: code };
    else reply = { error: { code: -32601, message: "method not found" } };
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ jsonrpc: "2.0", id, ...reply }));
  });
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ port: server.address().port }));
`;

export async function startFakeRpc(answers: FakeRpcAnswers) {
  const worker = new Worker(SOURCE, { eval: true, workerData: answers });
  const requests: { method: string; params: unknown[] }[] = [];
  const port = await new Promise<number>((resolve) => {
    worker.on("message", (m) => {
      if (m.port) resolve(m.port);
      else requests.push(m);
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => worker.terminate(),
  };
}
