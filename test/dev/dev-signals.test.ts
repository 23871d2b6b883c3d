// `npm run dev` as a process: SIGTERM and Ctrl-C (SIGINT) stop every child (anvil, esbuild)
// and leave a cache the next start reuses; after a SIGKILL anvil dies too (its parent-death
// signal), the port is free again and the next start says it reuses the cache of the last
// clean stop. One day of history keeps the first (building) start short.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../mocks/devnet/anvil.ts";

const stateDir = mkdtempSync(join(tmpdir(), "watershed-dev-signals-"));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  rmSync(stateDir, { recursive: true, force: true });
});

interface Dev {
  child: ChildProcess;
  output: () => string;
  rpcPort: number;
}

async function startDev(): Promise<Dev> {
  const rpcPort = await freePort();
  const flags = [
    ["--rpc-port", rpcPort],
    ["--graphql-port", await freePort()],
    ["--status-port", await freePort()],
    ["--web-port", await freePort()],
    ["--state-dir", stateDir],
    ["--days", 1],
    ["--seed", 7],
  ].flatMap(([flag, value]) => [String(flag), String(value)]);
  const child = spawn(process.execPath, ["--import", "tsx", "mocks/dev/dev.ts", ...flags], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (out.includes("Ctrl-C stops everything.")) resolve();
      else if (child.exitCode !== null) reject(new Error(`npm run dev exited:\n${out}`));
      else return;
      clearInterval(check);
    }, 100);
  });
  return { child, output: () => out, rpcPort };
}

/** the process's children, grandchildren included */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    // none
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    // a zombie waits for its new parent (init) to reap it: it runs no more
    return !execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).includes(
      "Z",
    );
  } catch {
    return false;
  }
};

async function until(done: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return done();
}

async function stopWith(dev: Dev, signal: NodeJS.Signals) {
  const children = descendants(dev.child.pid!);
  expect(children.length).toBeGreaterThan(0);
  const exited = new Promise<number | null>((resolve) => dev.child.once("exit", resolve));
  dev.child.kill(signal);
  const code = await exited;
  expect(await until(() => children.every((c) => !alive(c)), 10_000)).toBe(true);
  return code;
}

describe("npm run dev and signals", () => {
  it("SIGTERM stops every child and seals the cache; the next start reuses it", async () => {
    const first = await startDev();
    expect(first.output()).toContain("building the cache");
    expect(await stopWith(first, "SIGTERM")).toBe(0);
    expect(existsSync(join(stateDir, "cache-key"))).toBe(true);
    expect(existsSync(join(stateDir, "anvil-state.dump.json"))).toBe(false);

    const second = await startDev();
    expect(second.output()).toContain("starting from the cached chain and store");
    const ready = /ready in [\d.]+ s \((.*)\)/.exec(second.output())?.[1] ?? "";
    for (const span of ["anvil", "store", "dashboard"]) expect(ready).toMatch(`${span} `);
    expect(await stopWith(second, "SIGINT")).toBe(0);
  }, 900_000);

  it("after a SIGKILL anvil is gone and the next start reuses the last clean stop's cache", async () => {
    const dev = await startDev();
    expect(await stopWith(dev, "SIGKILL")).toBeNull();
    const next = await startDev();
    expect(next.output()).toContain("starting from the cached chain and store");
    expect(next.output()).not.toContain("building the cache");
    expect(await stopWith(next, "SIGTERM")).toBe(0);
  }, 900_000);
});
