// A bare JSON-RPC client: the seeder sends thousands of requests, and batching them in one
// HTTP round trip (anvil answers a batch in order) is what keeps a month of history fast.

export interface RpcRequest {
  method: string;
  params?: unknown[];
}

export class RpcError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly data: unknown,
    message: string,
  ) {
    super(`${method}: ${message}`);
  }
}

export interface Rpc {
  url: string;
  call<T = unknown>(method: string, params?: unknown[]): Promise<T>;
  batch<T = unknown>(requests: RpcRequest[]): Promise<T[]>;
}

type Reply = {
  id: number;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
};

export function createRpc(url: string): Rpc {
  async function post(body: unknown): Promise<unknown> {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`RPC ${url} answered HTTP ${res.status}`);
    return res.json();
  }
  const unwrap = (reply: Reply, method: string) => {
    if (reply.error) {
      throw new RpcError(method, reply.error.code, reply.error.data, reply.error.message);
    }
    return reply.result;
  };
  return {
    url,
    async call<T>(method: string, params: unknown[] = []) {
      const reply = (await post({ jsonrpc: "2.0", id: 1, method, params })) as Reply;
      return unwrap(reply, method) as T;
    },
    async batch<T>(requests: RpcRequest[]) {
      if (requests.length === 0) return [];
      const body = requests.map((r, id) => ({ jsonrpc: "2.0", id, ...r, params: r.params ?? [] }));
      const replies = (await post(body)) as Reply[];
      const byId = new Map(replies.map((r) => [r.id, r]));
      return requests.map((r, id) => unwrap(byId.get(id)!, r.method) as T);
    },
  };
}

export const hex = (n: bigint | number) => `0x${n.toString(16)}`;
