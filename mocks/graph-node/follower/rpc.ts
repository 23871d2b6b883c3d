// Minimal JSON-RPC client. Transport failures (refused connection, timeout, HTTP 5xx/429)
// are retried with bounded exponential backoff because a local node restarting or a busy
// provider is normal; JSON-RPC errors are answers, so they fail at once.

export interface RpcOptions {
  /** total tries per request, including the first */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
}

export interface RpcCall {
  method: string;
  params: unknown[];
}

export class RpcError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly method: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = "RpcError";
  }
}

interface RpcResponse {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Rpc {
  readonly url: string;
  call<T>(method: string, params: unknown[]): Promise<T>;
  /** one HTTP round trip for many calls; results in call order */
  batch<T>(calls: RpcCall[]): Promise<T[]>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createRpc(url: string, options: RpcOptions = {}): Rpc {
  const attempts = options.attempts ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 100;
  const maxDelayMs = options.maxDelayMs ?? 2_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  let nextId = 1;

  async function post(body: unknown, label: string): Promise<unknown> {
    let lastCause = "";
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (res.status === 429 || res.status >= 500) throw new Error(`HTTP ${res.status}`);
        if (!res.ok)
          throw new RpcError(
            `RPC ${label} to ${url} failed: HTTP ${res.status}`,
            url,
            label,
            false,
          );
        return await res.json();
      } catch (error) {
        if (error instanceof RpcError) throw error;
        const cause = error instanceof Error ? error : new Error(String(error));
        lastCause = (cause.cause as Error | undefined)?.message ?? cause.message;
      }
      if (attempt < attempts) await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new RpcError(
      `RPC ${label} to ${url} failed after ${attempts} attempts: ${lastCause}`,
      url,
      label,
      true,
    );
  }

  function unwrap<T>(response: RpcResponse | undefined, method: string): T {
    if (!response)
      throw new RpcError(`RPC ${method} to ${url}: missing response`, url, method, false);
    if (response.error) {
      const { code, message } = response.error;
      throw new RpcError(
        `RPC ${method} to ${url} returned error ${code}: ${message}`,
        url,
        method,
        false,
      );
    }
    return response.result as T;
  }

  return {
    url,
    async call<T>(method: string, params: unknown[]): Promise<T> {
      const id = nextId++;
      const response = (await post({ jsonrpc: "2.0", id, method, params }, method)) as RpcResponse;
      return unwrap<T>(response, method);
    },
    async batch<T>(calls: RpcCall[]): Promise<T[]> {
      if (calls.length === 0) return [];
      if (calls.length === 1) return [await this.call<T>(calls[0]!.method, calls[0]!.params)];
      const first = nextId;
      nextId += calls.length;
      const body = calls.map((c, i) => ({
        jsonrpc: "2.0",
        id: first + i,
        method: c.method,
        params: c.params,
      }));
      const label = `${calls[0]!.method} (batch of ${calls.length})`;
      const responses = (await post(body, label)) as RpcResponse[];
      if (!Array.isArray(responses))
        throw new RpcError(`RPC ${label} to ${url}: not a batch answer`, url, label, false);
      const byId = new Map(responses.map((r) => [r.id, r]));
      return calls.map((c, i) => unwrap<T>(byId.get(first + i), c.method));
    },
  };
}
