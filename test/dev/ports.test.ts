// A taken port stops `npm run dev` before anything slow starts, naming the port, what it
// serves and the flag or variable that moves it.
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../mocks/devnet/anvil.ts";

let holder: Server;
let held: number;

beforeAll(async () => {
  held = await freePort();
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(held, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

describe("npm run dev with a port in use", () => {
  it("exits at once naming the port and its flag", async () => {
    const ports = ["rpc", "graphql", "status"].map(async (name) => [
      `--${name}-port`,
      String(await freePort()),
    ]);
    const args = (await Promise.all(ports)).flat();
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "mocks/dev/dev.ts", ...args, "--web-port", String(held)],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `port ${held} (dashboard) is already in use: choose another with --web-port N or WATERSHED_WEB_PORT=N`,
    );
    // nothing was started: no seeding, no anvil
    expect(run.stdout).not.toMatch(/seeding|anvil/);
  });
});
