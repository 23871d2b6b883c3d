import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

export interface AnvilOptions {
  /** 0 picks a free port */
  port?: number;
  chainId?: number;
  /** anvil --state: load from and dump to this file on exit (cached devnet) */
  stateFile?: string;
  /** anvil --load-state: start from this dump (without --state) */
  loadStateFile?: string;
  /** anvil --dump-state: write the state here on exit (without --state) */
  dumpStateFile?: string;
  /** anvil ends when this process dies, even by SIGKILL (Linux, through setpriv) */
  dieWithParent?: boolean;
  /** how long to wait for the RPC; loading a large state takes a while (default 15 s) */
  readyTimeoutMs?: number;
  /** seconds between automatic blocks; undefined = mine per transaction */
  blockTime?: number;
  silent?: boolean;
  /** unlocked dev accounts (anvil's default is 10); the simulator needs more agents */
  accounts?: number;
  genesisTimestamp?: number;
}

/** 2026-01-01T00:00:00Z */
export const GENESIS_TIMESTAMP = 1767225600;

export interface AnvilHandle {
  rpcUrl: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The platform binary shipped inside npm's @foundry-rs/anvil-<os>-<arch> package. */
export function anvilBinaryPath(): string {
  const require = createRequire(import.meta.url);
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  const pkg = `@foundry-rs/anvil-${process.platform}-${arch}/package.json`;
  const path = join(dirname(require.resolve(pkg)), "bin", "anvil");
  if (!existsSync(path)) throw new Error(`anvil binary missing at ${path}; run npm install`);
  return path;
}

/**
 * util-linux's setpriv, to set the parent-death signal: an anvil orphaned by a hard kill
 * would keep the RPC port and block the next start.
 */
function setprivPath(): string | undefined {
  if (process.platform !== "linux") return undefined;
  return ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForRpc(rpcUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] });
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `anvil exited early with code ${child.exitCode}: is ${rpcUrl} already taken? (EADDRINUSE)`,
      );
    }
    try {
      const res = await fetch(rpcUrl, {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`anvil did not answer on ${rpcUrl} within ${timeoutMs} ms`);
}

/** Starts anvil on 127.0.0.1 and resolves once it answers JSON-RPC. */
export async function startAnvil(options: AnvilOptions = {}): Promise<AnvilHandle> {
  const port = options.port || (await freePort());
  const args = [
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    "--chain-id",
    String(options.chainId ?? 31337),
  ];
  // A fixed genesis date keeps seeded histories reproducible.
  args.push("--timestamp", String(options.genesisTimestamp ?? GENESIS_TIMESTAMP));
  if (options.accounts) args.push("--accounts", String(options.accounts));
  if (options.stateFile) args.push("--state", options.stateFile);
  if (options.loadStateFile) args.push("--load-state", options.loadStateFile);
  if (options.dumpStateFile) args.push("--dump-state", options.dumpStateFile);
  if (options.blockTime) args.push("--block-time", String(options.blockTime));
  const [command, commandArgs] =
    options.dieWithParent && setprivPath()
      ? [setprivPath()!, ["--pdeathsig", "KILL", "--", anvilBinaryPath(), ...args]]
      : [anvilBinaryPath(), args];
  const child = spawn(command, commandArgs, {
    stdio: ["ignore", options.silent === false ? "inherit" : "ignore", "inherit"],
  });
  const rpcUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitForRpc(rpcUrl, child, options.readyTimeoutMs ?? 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { rpcUrl, port, process: child, stop };
}

async function rpc<T>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method} failed: ${body.error.message}`);
  return body.result as T;
}

/**
 * anvil reloaded from a state dump restarts its clock at --timestamp, before the dumped
 * chain's last block; the next block would go back in time and ERC20Votes checkpoints would
 * revert. Resume the clock one second after the last block instead.
 */
export async function resumeChainClock(rpcUrl: string): Promise<void> {
  const latest = await rpc<{ timestamp: string }>(rpcUrl, "eth_getBlockByNumber", [
    "latest",
    false,
  ]);
  await rpc(rpcUrl, "evm_setTime", [Number(BigInt(latest.timestamp)) + 1]);
}
