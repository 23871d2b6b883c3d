// The `npm run devnet` entry point as a user runs it: prints the addresses, writes the
// deployment file, and on Ctrl-C (SIGINT to its process group) leaves no anvil behind.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../mocks/devnet/anvil.ts";
import { CONTRACT_NAMES, type Deployment } from "../../mocks/devnet/deployment.ts";

const dir = mkdtempSync(join(tmpdir(), "watershed-devnet-"));
let child: ChildProcess | undefined;

afterAll(() => {
  // only if an assertion failed midway: don't leave the group running
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // the group is already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

function waitFor(proc: ChildProcess, output: () => string, text: string, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${ms} ms:\n${output()}`)),
      ms,
    );
    const check = () => {
      if (output().includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout?.on("data", check);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`devnet exited with ${code}:\n${output()}`));
    });
  });
}

describe("devnet CLI", () => {
  it("deploys, reports, writes the deployment and stops cleanly on SIGINT", async () => {
    const port = await freePort();
    const out = join(dir, "deployment.json");
    let stdout = "";
    // detached: its own process group, so SIGINT reaches npx, tsx and node like Ctrl-C does
    child = spawn("npx", ["tsx", "mocks/devnet/devnet.ts", "--port", String(port), "--out", out], {
      cwd: join(import.meta.dirname, "../.."),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const started = Date.now();
    await waitFor(child, () => stdout, "Ctrl-C stops the devnet", 60_000);
    console.log(
      `devnet CLI ready after ${Date.now() - started} ms (incl. npx, tsx and build check)`,
    );

    const ready = /devnet ready in ([\d.]+) s \(chain (\d+)\)/.exec(stdout);
    expect(ready, stdout).not.toBeNull();
    const deploySeconds = Number(ready![1]);
    console.log(`devnet deploy + bootstrap took ${deploySeconds} s (as printed)`);
    expect(deploySeconds).toBeLessThan(30);
    expect(stdout).toContain(`RPC         http://127.0.0.1:${port}`);

    const d = JSON.parse(readFileSync(out, "utf8")) as Deployment;
    expect(d.chainId).toBe(31337);
    expect(d.rpcUrl).toBe(`http://127.0.0.1:${port}`);
    expect(d.governanceActive).toBe(true);
    expect(Object.keys(d.contracts)).toEqual([...CONTRACT_NAMES]);
    for (const name of CONTRACT_NAMES) {
      const { address, startBlock } = d.contracts[name];
      expect(address).toMatch(/^0x[0-9a-f]{40}$/i);
      // the printed line and the file agree
      expect(stdout).toMatch(new RegExp(`${name}\\s+${address}\\s+\\(block ${startBlock}\\)`));
    }
    expect(new Set(CONTRACT_NAMES.map((n) => d.contracts[n].address)).size).toBe(
      CONTRACT_NAMES.length,
    );
    expect(await portOpen(port)).toBe(true);

    const exited = new Promise<[number | null, string | null]>((resolve) =>
      child!.once("exit", (code, signal) => resolve([code, signal])),
    );
    process.kill(-child.pid!, "SIGINT");
    // devnet.ts exits 0 on SIGINT; npx, also signalled, may report the signal itself instead
    const [code, signal] = await exited;
    expect(code === 0 || signal === "SIGINT", `exit ${code} ${signal}`).toBe(true);
    // anvil exits with the devnet: the port closes and no anvil for it remains
    const deadline = Date.now() + 5_000;
    while ((await portOpen(port)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await portOpen(port)).toBe(false);
    const processes = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
    expect(processes.split("\n").filter((l) => l.includes(`--port ${port}`))).toEqual([]);
  });
});
